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

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.appointments import book_appointment, cancel_appointment
from desktop.store.tables import OutboxMutation
from shared.clock import utcnow
from shared.db.models import Appointment, Patient
from shared.domain.access import Principal
from shared.domain.enums import AppointmentStatus
from shared.errors import ConflictError
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer
from tests.integration.sync.rule_paths import Site, dry_run
from tests.integration.sync.test_roundtrip import register

NINE = dt.datetime.combine(utcnow().date() + dt.timedelta(days=2), dt.time(8), dt.UTC)
NOTE = "Kept, but needs rescheduling: "


def at(minutes: int) -> dt.datetime:
    return NINE + dt.timedelta(minutes=minutes)


@dataclass(frozen=True)
class Paths:
    """Desk ``a`` knows the clinician's 09:00 booking; desk ``b`` went offline before it."""

    site: Site
    patient: Patient

    def answers(self, start: int) -> tuple[str | None, str | None, str | None]:
        data = {
            "patient_id": str(self.patient.id),
            "clinician_id": str(self.site.world.clinician_id),
            "starts_at": at(start).isoformat(),
            "duration_minutes": 30,
        }
        return self.desk(data), self.rest(data), self.push(data)

    def desk(self, data: dict[str, Any]) -> str | None:
        with dry_run(self.site.a) as (session, writer):
            try:
                book_appointment(session, writer, data=data)
            except ConflictError as exc:
                assert exc.field == "starts_at"
                return exc.message
        return None

    def rest(self, data: dict[str, Any]) -> str | None:
        """The API's refusal, or None if it booked (the booking is then cancelled)."""
        with self.site.api() as client:
            response = client.post("/api/crm/patients/appointments", json=data)
        if response.status_code == 201:
            with self.site.sessions.begin() as session:
                booked = session.get_one(Appointment, response.json()["appointment"]["id"])
                booked.status = AppointmentStatus.CANCELLED
            return None
        assert response.status_code == 409, response.text
        error = response.json()["error"]
        assert error["field"] == "starts_at"
        return str(error["message"])

    def push(self, data: dict[str, Any]) -> str | None:
        with self.site.b.write() as writer:
            row = book_appointment(writer.session, writer, data=data)
        self.site.b.sync.sync_once()
        with self.site.b.sessions() as session:
            query = sa.select(OutboxMutation).where(OutboxMutation.row_id == row.id)
            answer = session.scalars(query).one()
        if answer.reason_code is None:
            assert answer.outcome == "applied"
            return None
        assert (answer.outcome, answer.reason_code) == ("merged", "needs_reschedule")
        assert answer.reason is not None and answer.reason.startswith(NOTE)
        return answer.reason.removeprefix(NOTE).removesuffix(".")

    def first_booking(self) -> Appointment:
        with self.site.a.sessions() as session:
            return session.scalars(sa.select(Appointment)).one()


@pytest.fixture
def paths(
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    make_desk: Callable[[Principal], Desk],
) -> Paths:
    site = Site.of(world, sync_server, pg_sessions, make_desk)
    patient = register(site.a, world, "IKJ1-000061")
    site.a.sync.sync_once()
    site.b.sync.sync_once()
    first = {
        "patient_id": patient.id,
        "clinician_id": world.clinician_id,
        "starts_at": at(0),
        "duration_minutes": 30,
    }
    with site.a.write() as writer:
        book_appointment(writer.session, writer, data=first)
    site.a.sync.sync_once()
    return Paths(site, patient)


def test_an_overlapping_booking_is_named_the_same_on_every_path(paths: Paths) -> None:
    desk, rest, push = paths.answers(15)
    assert desk is not None and desk.startswith("the clinician already has an appointment from")
    assert desk == rest == push
    with paths.site.sessions() as session:
        flagged = session.scalars(sa.select(Appointment).where(Appointment.needs_reschedule)).one()
    assert flagged.starts_at == at(15) and flagged.reschedule_reason == desk[0].upper() + desk[1:]


def test_a_booking_starting_as_another_ends_clashes_on_no_path(paths: Paths) -> None:
    assert paths.answers(30) == (None, None, None)


def test_a_cancelled_booking_frees_the_time_on_every_path(paths: Paths) -> None:
    first = paths.first_booking()
    with paths.site.a.write() as writer:
        cancel_appointment(writer.session, writer, appointment_id=first.id, reason="Unwell")
    paths.site.a.sync.sync_once()
    assert paths.answers(15) == (None, None, None)


def test_a_booking_marked_to_be_moved_holds_no_time_on_any_path(paths: Paths) -> None:
    first = paths.first_booking()
    with paths.site.a.write() as writer:
        row = writer.session.get_one(Appointment, first.id)
        writer.update(row, needs_reschedule=True, reschedule_reason="the patient asked by phone")
    paths.site.a.sync.sync_once()
    assert paths.answers(15) == (None, None, None)
