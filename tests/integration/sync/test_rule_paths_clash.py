"""The clinician clash rule gives one answer on the desk, over REST and on push.

The desk and the REST API refuse a clashing booking; a booking pushed by a
desk that could not see the clash offline is kept but marked to be moved.
All three name the same booking in the same sentence, and all three agree
on what does not clash: a booking that ends as the new one starts, a
cancelled one, and one already marked to be moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.appointments import book_appointment, cancel_appointment
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Appointment, Patient
from shared.domain.access import Principal
from shared.domain.enums import AppointmentStatus
from shared.errors import ConflictError
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer
from tests.integration.sync.test_roundtrip import register

NINE = dt.datetime.combine(utcnow().date() + dt.timedelta(days=2), dt.time(8), dt.UTC)


def at(minutes: int) -> dt.datetime:
    return NINE + dt.timedelta(minutes=minutes)


def booking(world: HospitalWorld, patient: Patient, start: dt.datetime) -> dict[str, Any]:
    return {
        "patient_id": str(patient.id),
        "clinician_id": str(world.clinician_id),
        "starts_at": start.isoformat(),
        "duration_minutes": 30,
    }


def desk_answer(desk: Desk, data: dict[str, Any]) -> str | None:
    """The desk's refusal, or None if it would book (nothing is saved either way)."""
    assert desk.principal.device_id is not None
    with desk.sessions() as session:
        writer = LocalWriter(session, device_id=desk.principal.device_id, clock=desk.clock)
        try:
            book_appointment(session, writer, data=data)
        except ConflictError as exc:
            assert exc.field == "starts_at"
            return exc.message
        finally:
            session.rollback()
    return None


def rest_answer(
    server: SyncServer, sessions: sessionmaker[Session], principal: Principal, data: dict[str, Any]
) -> str | None:
    """The REST API's refusal, or None if it booked (the booking is then cancelled)."""
    headers = {"Authorization": f"Bearer {server.token(principal)}"}
    with httpx.Client(base_url=server.url, headers=headers) as client:
        response = client.post("/api/crm/patients/appointments", json=data)
    if response.status_code == 201:
        with sessions.begin() as session:
            booked = session.get_one(Appointment, response.json()["appointment"]["id"])
            booked.status = AppointmentStatus.CANCELLED
        return None
    assert response.status_code == 409, response.text
    error = response.json()["error"]
    assert error["field"] == "starts_at"
    return str(error["message"])


def push_answer(desk: Desk, data: dict[str, Any]) -> str | None:
    """What the server says of the same booking pushed by a desk that could not see the clash."""
    with desk.write() as writer:
        row = book_appointment(writer.session, writer, data=data)
    desk.sync.sync_once()
    with desk.sessions() as session:
        answer = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.row_id == row.id)
        ).one()
    if answer.reason_code is None:
        assert answer.outcome == "applied"
        return None
    assert (answer.outcome, answer.reason_code) == ("merged", "needs_reschedule")
    prefix, suffix = "Kept, but needs rescheduling: ", "."
    assert answer.reason is not None and answer.reason.startswith(prefix)
    return answer.reason.removeprefix(prefix).removesuffix(suffix)


@pytest.fixture
def paths(
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    make_desk: Callable[[Principal], Desk],
) -> Paths:
    """Desk ``a`` knows the clinician's 09:00 booking; desk ``b`` went offline before it."""
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000061")
    a.sync.sync_once()
    b.sync.sync_once()
    with a.write() as writer:
        book_appointment(writer.session, writer, data=booking(world, patient, at(0)))
    a.sync.sync_once()
    return Paths(world, sync_server, pg_sessions, a, b, patient)


@dataclass(frozen=True)
class Paths:
    """The three ways a booking reaches the copy of record, over one hospital."""

    world: HospitalWorld
    server: SyncServer
    sessions: sessionmaker[Session]
    a: Desk
    b: Desk
    patient: Patient

    def answers(self, start: int) -> tuple[str | None, str | None, str | None]:
        data = booking(self.world, self.patient, at(start))
        return (
            desk_answer(self.a, data),
            rest_answer(self.server, self.sessions, self.world.principal(0), data),
            push_answer(self.b, data),
        )


def test_an_overlapping_booking_is_named_the_same_on_every_path(paths: Paths) -> None:
    desk, rest, push = paths.answers(15)
    assert desk is not None and desk.startswith("the clinician already has an appointment from")
    assert desk == rest == push
    with paths.sessions() as session:
        flagged = session.scalars(sa.select(Appointment).where(Appointment.needs_reschedule)).one()
    assert flagged.starts_at == at(15) and flagged.reschedule_reason == desk[0].upper() + desk[1:]


def test_a_booking_starting_as_another_ends_clashes_on_no_path(paths: Paths) -> None:
    assert paths.answers(30) == (None, None, None)


def first_booking(desk: Desk) -> Appointment:
    with desk.sessions() as session:
        return session.scalars(sa.select(Appointment)).one()


def test_a_cancelled_booking_frees_the_time_on_every_path(paths: Paths) -> None:
    first = first_booking(paths.a)
    with paths.a.write() as writer:
        cancel_appointment(writer.session, writer, appointment_id=first.id, reason="Unwell")
    paths.a.sync.sync_once()
    assert paths.answers(15) == (None, None, None)


def test_a_booking_marked_to_be_moved_holds_no_time_on_any_path(paths: Paths) -> None:
    first = first_booking(paths.a)
    with paths.a.write() as writer:
        row = writer.session.get_one(Appointment, first.id)
        writer.update(row, needs_reschedule=True, reschedule_reason="the patient asked by phone")
    paths.a.sync.sync_once()
    assert paths.answers(15) == (None, None, None)
