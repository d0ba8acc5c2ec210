"""Crash safety: lost answers, re-sent batches and cut downloads lose and repeat nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.tables import OutboxMutation
from desktop.sync.client import SyncOfflineError
from shared.db.models import Patient
from shared.sync.protocol import PullResponse, PushRequest, PushResponse, SnapshotPage, SyncApi
from tests.integration.sync.conftest import Desk, HospitalWorld
from tests.integration.sync.test_roundtrip import register


@dataclass
class FaultyLink:
    """The real client, with the connection cut at chosen moments.

    ``lose_push_answers``: the server applies and commits the batch, then the
    answer never reaches the desk (the process died, or the link dropped).
    ``cut_snapshot_after``: the download stops after that many pages.
    """

    real: SyncApi
    lose_push_answers: int = 0
    cut_snapshot_after: int | None = None
    snapshot_calls: list[str | None] = field(default_factory=list)

    def push(self, request: PushRequest) -> PushResponse:
        response = self.real.push(request)
        if self.lose_push_answers:
            self.lose_push_answers -= 1
            raise SyncOfflineError("connection reset after the server committed")
        return response

    def pull(self, cursor: int, limit: int) -> PullResponse:
        return self.real.pull(cursor, limit)

    def snapshot(
        self, table: str | None, after: uuid.UUID | None, limit: int, cursor: int | None
    ) -> SnapshotPage:
        if (
            self.cut_snapshot_after is not None
            and len(self.snapshot_calls) >= self.cut_snapshot_after
        ):
            raise SyncOfflineError("link dropped mid-download")
        self.snapshot_calls.append(table)
        return self.real.snapshot(table, after, limit, cursor)


def count(session: Session) -> int:
    return int(session.scalar(sa.select(sa.func.count()).select_from(Patient)) or 0)


def test_a_lost_push_answer_and_the_resent_batch_apply_once(
    world: HospitalWorld,
    make_desk: Callable[..., Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    desk = make_desk(world.principal(0))
    for n in range(3):
        register(desk, world, f"IKJ1-00010{n}")
    link = FaultyLink(desk.api, lose_push_answers=2)
    desk.sync.api = link
    for _ in range(2):
        with pytest.raises(SyncOfflineError):
            desk.sync.sync_once()
        assert desk.sync.status().pending == 3  # nothing marked done without an answer
    with desk.write() as writer:  # work continues offline meanwhile
        patient = writer.session.scalars(sa.select(Patient)).first()
        assert patient is not None
        writer.update(patient, phone="+2348035550000")
    desk.sync.sync_once()
    with pg_sessions() as session:
        assert count(session) == 3
        assert session.get(Patient, patient.id).phone == "+2348035550000"  # type: ignore[union-attr]
    with desk.sessions() as session:
        outcomes = set(session.scalars(sa.select(OutboxMutation.outcome)))
    assert outcomes == {"applied"}


def test_a_cut_initial_download_resumes_where_it_stopped(
    world: HospitalWorld, make_desk: Callable[..., Desk], pg_sessions: sessionmaker[Session]
) -> None:
    source = make_desk(world.principal(0))
    for n in range(7):
        register(source, world, f"IKJ1-00020{n}")
    source.sync.sync_once()
    fresh = make_desk(world.principal(1), download=False)
    fresh.sync.page = 2
    link = FaultyLink(fresh.api, cut_snapshot_after=4)
    fresh.sync.api = link
    with pytest.raises(SyncOfflineError):
        fresh.sync.sync_once()
    cut_at = list(link.snapshot_calls)
    link.cut_snapshot_after = None
    fresh.sync.sync_once()
    resumed = link.snapshot_calls[len(cut_at) :]
    assert resumed and None not in resumed  # continued where it stopped, did not restart
    with pg_sessions() as session:
        server_ids = set(session.scalars(sa.select(Patient.id)))
    with fresh.sessions() as session:
        assert set(session.scalars(sa.select(Patient.id))) == server_ids
        assert count(session) == 7
