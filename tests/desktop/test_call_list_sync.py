"""A reminder the server could not send reaches every desk's call list; one desk's call clears it.

Real PostgreSQL, the real reminder job, desks syncing over real HTTP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.call_list import CallReason, calls_due, record_call
from shared.clock import utcnow
from shared.db.models import Appointment, PatientCommunication
from shared.domain.access import Principal
from shared.domain.enums import AppointmentStatus, CallOutcome
from sync_server.messaging.reminders import run_reminders
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


def _booking_nobody_can_be_reminded_of(
    sessions: sessionmaker[Session], hospital: HospitalWorld
) -> Appointment:
    """A patient who consented to no channel, booked for tomorrow; the job plans its reminders."""
    with sessions.begin() as session:
        patient = factories.patient(
            session, hospital_id=hospital.hospital_id, first_name="Ngozi", consent_sms=False
        )
        visit = factories.appointment(
            session,
            hospital_id=hospital.hospital_id,
            patient_id=patient.id,
            clinician_id=hospital.clinician_id,
            starts_at=utcnow().replace(microsecond=0) + dt.timedelta(days=1),
        )
        record_change(session, patient, actor="test")
        record_change(session, visit, actor="test")
        run_reminders(session, utcnow())
        return visit


def _due(desk: Desk) -> list[tuple[object, CallReason]]:
    with desk.sessions() as session:
        return [(c.appointment_id, c.reason) for c in calls_due(session)]


def test_a_call_recorded_at_one_desk_clears_the_list_everywhere(
    world: HospitalWorld,  # noqa: F811
    pg_sessions: sessionmaker[Session],  # noqa: F811
    make_desk: Callable[[Principal], Desk],  # noqa: F811
) -> None:
    visit = _booking_nobody_can_be_reminded_of(pg_sessions, world)
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    assert _due(a) == _due(b) == [(visit.id, CallReason.NO_CONSENT)]

    with a.write() as writer:
        record_call(
            writer.session,
            writer,
            appointment_id=visit.id,
            outcome=CallOutcome.CONFIRMED,
            note="coming with her husband",
        )
    assert _due(a) == []
    report = a.sync.sync_once()
    assert (report.pushed, report.rejected) == (2, 0)

    with pg_sessions() as session:
        logged = session.scalars(
            sa.select(PatientCommunication).where(PatientCommunication.appointment_id == visit.id)
        ).one()
        assert logged.call_outcome is CallOutcome.CONFIRMED
        assert logged.summary.endswith("coming with her husband")
        assert session.get_one(Appointment, visit.id).status is AppointmentStatus.CONFIRMED
    b.sync.sync_once()
    assert _due(b) == []
