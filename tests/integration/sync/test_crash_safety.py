"""Crash safety: lost answers, re-sent batches and cut downloads lose and repeat nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.tables import OutboxMutation
from desktop.sync.client import HttpSyncClient, SyncOfflineError
from shared.db.models import Patient
from shared.domain.enums import Sex
from shared.sync.protocol import PullResponse, PushRequest, PushResponse, SnapshotPage, SyncApi
from sync_server.sync.tables import SyncChange
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer
from tests.integration.sync.test_roundtrip import register
from tests.integration.sync.test_rules import _mutation


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


def test_a_resent_batch_gets_the_first_answers_again_and_changes_nothing(
    world: HospitalWorld, sync_server: SyncServer, pg_sessions: sessionmaker[Session]
) -> None:
    here = {
        "hospital_id": str(world.hospital_id),
        "first_name": "Musa",
        "last_name": "Bello",
        "sex": "male",
    }
    batch = PushRequest(
        mutations=[
            _mutation(1, "patients", {**here, "patient_number": "IKJ1-000301"}),
            _mutation(2, "payouts", {"hospital_id": str(world.hospital_id)}),
            _mutation(3, "patients", {**here, "patient_number": "IKJ1-000302"}),
        ]
    )
    client = HttpSyncClient(sync_server.url, sync_server.token(world.principal(0)))
    try:
        first = client.push(batch)
        with pg_sessions() as session:
            logged = session.scalar(sa.select(sa.func.count()).select_from(SyncChange))
        again = client.push(batch)
    finally:
        client.close()
    assert [(r.outcome, r.code) for r in first.results] == [
        ("applied", None),
        ("rejected", "read_only"),
        ("applied", None),
    ]
    assert again.results == first.results and again.last_applied_seq == 3
    with pg_sessions() as session:
        assert count(session) == 2
        assert session.scalar(sa.select(sa.func.count()).select_from(SyncChange)) == logged


class CutInTable(FaultyLink):
    """The link drops once the download is inside ``table`` (its second page)."""

    def __init__(self, real: SyncApi, table: str) -> None:
        super().__init__(real)
        self.table = table
        self.cut = True

    def snapshot(
        self, table: str | None, after: uuid.UUID | None, limit: int, cursor: int | None
    ) -> SnapshotPage:
        if self.cut and table == self.table and after is not None:
            raise SyncOfflineError("link dropped mid-table")
        return super().snapshot(table, after, limit, cursor)


def indexes(desk: Desk, table: str) -> set[str]:
    with desk.sessions() as session:
        query = sa.text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t")
        return set(session.scalars(query, {"t": table}))


@pytest.mark.parametrize("recovery", ["resume", "reset"])
def test_a_download_cut_inside_a_table_ends_with_all_its_indexes(
    world: HospitalWorld, make_desk: Callable[..., Desk], recovery: str
) -> None:
    source = make_desk(world.principal(0))
    for n in range(7):
        register(source, world, f"IKJ1-00070{n}")
    source.sync.sync_once()
    fresh = make_desk(world.principal(1), download=False)
    before = indexes(fresh, "patients")
    fresh.sync.page = 3
    link = CutInTable(fresh.api, "patients")
    fresh.sync.api = link
    with pytest.raises(SyncOfflineError):
        fresh.sync.sync_once()
    assert indexes(fresh, "patients") < before  # loading without its secondary indexes
    link.cut = False
    if recovery == "reset":
        fresh.sync.reset_download()
        assert indexes(fresh, "patients") == before
    fresh.sync.sync_once()
    assert indexes(fresh, "patients") == before
    with fresh.sessions() as session:
        assert count(session) == 7


def test_a_download_again_keeps_unsent_work_on_top_of_the_servers_rows(
    world: HospitalWorld, make_desk: Callable[..., Desk], pg_sessions: sessionmaker[Session]
) -> None:
    """Recovery re-downloads over the desk's own rows: nothing local is lost or overwritten."""
    desk = make_desk(world.principal(0))
    other = make_desk(world.principal(1))
    for n in range(5):
        register(desk, world, f"IKJ1-00040{n}", address="1 Marina")
    desk.sync.sync_once()
    other.sync.sync_once()
    with desk.write() as writer:  # unsent: the link is down
        patient = writer.session.scalars(sa.select(Patient).order_by(Patient.id)).first()
        assert patient is not None
        writer.update(patient, address="12 Allen Avenue")
        unsent = writer.insert(
            Patient,
            hospital_id=world.hospital_id,
            patient_number="IKJ1-000499",
            first_name="Tunde",
            last_name="Bakare",
            sex=Sex.MALE,
        )
    with other.write() as writer:
        theirs = writer.session.get(Patient, patient.id)
        assert theirs is not None
        writer.update(theirs, phone="+2348035550101")
    other.sync.sync_once()
    desk.sync.page = 2  # several pages, each landing on rows the desk already has
    desk.sync.reset_download()
    assert desk.sync.initial_download() >= 6
    with desk.sessions() as session:
        mine = session.get(Patient, patient.id)
        assert mine is not None
        assert (mine.address, mine.phone) == ("12 Allen Avenue", "+2348035550101")
        assert session.get(Patient, unsent.id) is not None
        assert count(session) == 6
        assert desk.sync.status().pending == 2
    desk.sync.sync_once()
    with pg_sessions() as session:
        on_server = session.get(Patient, patient.id)
        assert on_server is not None and on_server.address == "12 Allen Avenue"
        assert count(session) == 6


def test_a_download_again_over_a_current_copy_rewrites_only_what_changed(
    world: HospitalWorld, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk(world.principal(0))
    other = make_desk(world.principal(1))
    for n in range(6):
        register(desk, world, f"IKJ1-00050{n}")
    desk.sync.sync_once()
    other.sync.sync_once()
    with other.write() as writer:
        changed = writer.session.scalars(sa.select(Patient).order_by(Patient.id)).first()
        assert changed is not None
        writer.update(changed, phone="+2348035550202")
    other.sync.push_all()  # the desk has not pulled it: its copy is current but for this row
    with desk.engine.begin() as conn:  # count the rows the download writes
        conn.exec_driver_sql("CREATE TABLE rewritten (id TEXT)")
        conn.exec_driver_sql(
            "CREATE TRIGGER count_rewrites AFTER UPDATE ON patients "
            "BEGIN INSERT INTO rewritten VALUES (new.id); END"
        )
    desk.sync.reset_download()
    assert desk.sync.initial_download() >= 6
    with desk.engine.connect() as conn:
        rewritten = conn.exec_driver_sql("SELECT id FROM rewritten").scalars().all()
    assert rewritten == [changed.id.hex]
    with desk.sessions() as session:
        mine = session.get(Patient, changed.id)
        assert mine is not None and mine.phone == "+2348035550202"
