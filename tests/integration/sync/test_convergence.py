"""Randomized convergence: three desks and the server, random edits while randomly offline.

Each seed replays a different interleaving of creates, edits and deletes on
three desks that go offline and come back at random. After everyone syncs,
every desk's patients equal the server's, every mutation was answered, none
was lost (every created patient exists on the server) and none was applied
twice (each device's high-water mark equals its last outbox number).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.tables import OutboxMutation
from shared.db.models import Patient
from shared.domain.access import Principal
from shared.domain.enums import Sex
from shared.sync.codec import encode_value
from sync_server.sync.tables import DeviceSyncProgress
from tests.integration.sync.conftest import Desk, HospitalWorld

COMPARED = ("id", "first_name", "phone", "address", "deleted_at", "server_seq")
NAMES = ("Tunde", "Halima", "Emeka", "Funke", "Ibrahim", "Chioma")


def snapshot(session: Session) -> list[tuple[Any, ...]]:
    columns = [getattr(Patient, c) for c in COMPARED]
    return [tuple(r) for r in session.execute(sa.select(*columns).order_by(Patient.id))]


def assert_own_edits_visible(desk: Desk) -> None:
    """No flicker: a pull never shows older server state over an edit still waiting to go."""
    with desk.sessions() as session:
        waiting = session.scalars(
            sa.select(OutboxMutation)
            .where(OutboxMutation.acked_at.is_(None))
            .order_by(OutboxMutation.seq)
        )
        expected = {(m.row_id, f): v for m in waiting for f, v in m.fields.items()}
        for (row_id, field), value in expected.items():
            row = session.get(Patient, row_id)
            assert row is not None and encode_value(getattr(row, field)) == value, field


class Simulation:
    def __init__(self, world: HospitalWorld, desks: list[Desk], rng: random.Random) -> None:
        self.world = world
        self.desks = desks
        self.rng = rng
        self.online = [True] * len(desks)
        self.counters = [0] * len(desks)
        self.created: set[Any] = set()

    def step(self) -> None:
        index = self.rng.randrange(len(self.desks))
        action = self.rng.choices(["create", "edit", "delete", "sync", "toggle"], [2, 6, 1, 5, 1])[
            0
        ]
        getattr(self, action)(index)
        assert_own_edits_visible(self.desks[index])

    def create(self, index: int) -> None:
        self.counters[index] += 1
        with self.desks[index].write() as writer:
            patient = writer.insert(
                Patient,
                hospital_id=self.world.hospital_id,
                patient_number=f"{self.world.prefixes[index]}-{self.counters[index]:06d}",
                first_name=self.rng.choice(NAMES),
                last_name="Okafor",
                sex=Sex.FEMALE,
            )
        self.created.add(patient.id)

    def _pick(self, session: Session) -> Patient | None:
        rows = list(session.scalars(sa.select(Patient).where(Patient.deleted_at.is_(None))))
        return self.rng.choice(rows) if rows else None

    def edit(self, index: int) -> None:
        desk = self.desks[index]
        with desk.write() as writer:
            patient = self._pick(writer.session)
            if patient is not None:
                field = self.rng.choice(["first_name", "phone", "address"])
                value = {
                    "first_name": self.rng.choice(NAMES),
                    "phone": f"+23480{self.rng.randrange(10**8):08d}",
                    "address": f"{self.rng.randrange(1, 99)} Awolowo Road",
                }[field]
                writer.update(patient, **{field: value})

    def delete(self, index: int) -> None:
        with self.desks[index].write() as writer:
            patient = self._pick(writer.session)
            if patient is not None:
                writer.delete(patient)

    def sync(self, index: int) -> None:
        """A full round, or only its push or only its pull (local edits wait in between)."""
        if not self.online[index]:
            return
        engine = self.desks[index].sync
        self.rng.choice([engine.sync_once, engine.push_all, engine.pull_all])()

    def toggle(self, index: int) -> None:
        self.online[index] = not self.online[index]

    def settle(self) -> None:
        for _ in range(2):
            for desk in self.desks:
                desk.sync.sync_once()


@pytest.mark.parametrize("seed", [11, 42, 2026])
def test_random_offline_edits_converge(
    seed: int,
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    desks = [make_desk(world.principal(i)) for i in range(3)]
    simulation = Simulation(world, desks, random.Random(seed))
    for _ in range(60):
        simulation.step()
    simulation.settle()
    with pg_sessions() as session:
        server = snapshot(session)
        progress = {
            p.device_id: p.last_applied_seq for p in session.scalars(sa.select(DeviceSyncProgress))
        }
    assert {row[0] for row in server} == simulation.created
    for desk in desks:
        with desk.sessions() as session:
            assert snapshot(session) == server
            last = session.scalar(sa.select(sa.func.max(OutboxMutation.seq))) or 0
            unanswered = session.scalar(
                sa.select(sa.func.count()).where(OutboxMutation.outcome.is_(None))
            )
            rejected = session.scalar(
                sa.select(sa.func.count()).where(OutboxMutation.outcome == "rejected")
            )
        assert unanswered == 0 and rejected == 0
        assert progress.get(desk.principal.device_id, 0) == last
