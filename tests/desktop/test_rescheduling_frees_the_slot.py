"""After "will reschedule", every desk and the server agree the booking's time is free.

Real PostgreSQL, desks syncing over real HTTP: one desk records the call, another
desk sees the slot free, books it, and the server accepts that booking unflagged.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.appointments import book_appointment, suggest_slots
from desktop.services.call_list import record_call
from desktop.services.schedule import Grouping, provider_week
from shared.clock import LAGOS, lagos_today
from shared.db.models import Appointment
from shared.domain.access import Principal
from shared.domain.enums import CallOutcome
from shared.errors import ConflictError
from sync_server.sync.changes import record_change
from tests import factories
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    Desk,
    HospitalWorld,
    desk_template,
    make_desk,
    pg_sessions,
    sync_server,
    world,
)

TOMORROW = lagos_today() + dt.timedelta(days=1)
TEN = dt.datetime.combine(TOMORROW, dt.time(10, 0), LAGOS).astimezone(dt.UTC)


def _booked_at_ten(sessions: sessionmaker[Session], hospital: HospitalWorld) -> uuid.UUID:
    """A 20-minute booking tomorrow at 10:00 with the hospital's clinician."""
    with sessions.begin() as session:
        patient = factories.patient(session, hospital_id=hospital.hospital_id)
        visit = factories.appointment(
            session,
            hospital_id=hospital.hospital_id,
            patient_id=patient.id,
            clinician_id=hospital.clinician_id,
            starts_at=TEN,
        )
        record_change(session, patient, actor="test")
        record_change(session, visit, actor="test")
        return visit.id


def _next_caller(sessions: sessionmaker[Session], hospital: HospitalWorld) -> uuid.UUID:
    with sessions.begin() as session:
        patient = factories.patient(session, hospital_id=hospital.hospital_id, first_name="Bisi")
        record_change(session, patient, actor="test")
        return patient.id


def _ten_is_offered(desk: Desk, hospital: HospitalWorld) -> bool:
    with desk.sessions() as session:
        slots = suggest_slots(session, clinician_id=hospital.clinician_id, day=TOMORROW, limit=100)
    return TEN in slots


def _free_tomorrow(desk: Desk, hospital: HospitalWorld) -> int | None:
    with desk.sessions() as session:
        week = provider_week(session, Grouping.CLINICIAN, TOMORROW, today=TOMORROW)
    (row,) = [r for r in week.rows if r.provider.id == hospital.clinician_id]
    return row.free[0]


def _book_at_ten(desk: Desk, hospital: HospitalWorld, patient_id: uuid.UUID) -> uuid.UUID:
    with desk.write() as writer:
        data = {"patient_id": patient_id, "clinician_id": hospital.clinician_id, "starts_at": TEN}
        return book_appointment(writer.session, writer, data=data).id


def test_a_booking_the_patient_will_move_frees_its_time_on_desks_and_server(
    world: HospitalWorld,  # noqa: F811
    pg_sessions: sessionmaker[Session],  # noqa: F811
    make_desk: Callable[[Principal], Desk],  # noqa: F811
) -> None:
    visit = _booked_at_ten(pg_sessions, world)
    bisi = _next_caller(pg_sessions, world)
    a = make_desk(world.principal(0))
    held = _free_tomorrow(a, world)
    assert not _ten_is_offered(a, world)
    with pytest.raises(ConflictError):
        _book_at_ten(a, world, bisi)

    with a.write() as writer:
        record_call(
            writer.session, writer, appointment_id=visit, outcome=CallOutcome.WILL_RESCHEDULE
        )
    assert a.sync.sync_once().rejected == 0

    b = make_desk(world.principal(1))
    assert _ten_is_offered(b, world)
    assert _free_tomorrow(b, world) == (held or 0) + 2  # 10:00 and 10:15 are free again
    booked = _book_at_ten(b, world, bisi)
    assert b.sync.sync_once().rejected == 0
    with pg_sessions() as session:
        assert session.get_one(Appointment, booked).needs_reschedule is False
        assert session.get_one(Appointment, visit).needs_reschedule is True
