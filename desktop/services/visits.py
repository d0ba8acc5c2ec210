"""Front-desk actions on the day's appointments: check-in, walk-ins, no-show, completion.

Each is one small function taking the session and the local writer, so the
row change and its outbox mutation land in the caller's one transaction.
Completing a visit and closing a follow-up are the shared commands
(``shared.domain.visits``); these functions only hand them the desk's writer.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from desktop.services.appointments import live_patient
from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Appointment
from shared.domain.appointments import AppointmentRequest, check_transition
from shared.domain.enums import AppointmentKind, AppointmentStatus, RecoveryOutcome
from shared.domain.patients import parse
from shared.domain.visits import CompletedVisit
from shared.domain.visits import close_follow_up as close_follow_up_command
from shared.domain.visits import complete_visit as complete_visit_command
from shared.errors import NotFoundError

#: How long a walk-in's visit is assumed to take when it is registered.
WALK_IN_MINUTES = 15


def _appointment(session: Session, appointment_id: uuid.UUID) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or appointment.deleted_at is not None:
        raise NotFoundError("That appointment no longer exists.")
    return appointment


def check_in(
    session: Session,
    writer: LocalWriter,
    *,
    appointment_id: uuid.UUID,
    now: dt.datetime | None = None,
) -> None:
    """The patient has arrived: they join the waiting queue (a second click changes nothing)."""
    appointment = _appointment(session, appointment_id)
    if appointment.status is AppointmentStatus.CHECKED_IN:
        return
    check_transition(appointment.status, AppointmentStatus.CHECKED_IN)
    writer.update(appointment, status=AppointmentStatus.CHECKED_IN, checked_in_at=now or utcnow())


def mark_no_show(session: Session, writer: LocalWriter, *, appointment_id: uuid.UUID) -> None:
    appointment = _appointment(session, appointment_id)
    check_transition(appointment.status, AppointmentStatus.NO_SHOW)
    writer.update(appointment, status=AppointmentStatus.NO_SHOW)


def walk_in(
    session: Session,
    writer: LocalWriter,
    *,
    patient_id: uuid.UUID | None,
    clinician_id: uuid.UUID | None = None,
    department_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> Appointment:
    """A patient who came without a booking: a walk-in visit from now, already checked in.

    No clash check: the patient is already in the building and simply joins
    the queue; the clinician sees them between bookings.
    """
    now = now or utcnow()
    request = parse(
        AppointmentRequest,
        {
            "patient_id": patient_id,
            "clinician_id": clinician_id,
            "department_id": department_id,
            "starts_at": now,
            "duration_minutes": WALK_IN_MINUTES,
            "kind": AppointmentKind.WALK_IN,
        },
    )
    patient = live_patient(session, request.patient_id)
    return writer.insert(
        Appointment,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        clinician_id=request.clinician_id,
        department_id=request.department_id,
        starts_at=request.starts_at,
        ends_at=request.ends_at,
        kind=AppointmentKind.WALK_IN,
        status=AppointmentStatus.CHECKED_IN,
        checked_in_at=now,
    )


def complete_visit(
    _session: Session, writer: LocalWriter, *, appointment_id: uuid.UUID, note: str | None = None
) -> CompletedVisit:
    """The clinician has seen the patient: the visit is completed, with staff's optional note."""
    return complete_visit_command(writer, appointment_id=appointment_id, note=note)


def close_follow_up(
    _session: Session,
    writer: LocalWriter,
    *,
    feedback_id: uuid.UUID,
    outcome: str,
    result: RecoveryOutcome,
) -> None:
    """Staff called the unhappy patient back: closed with what was done, by whoever is signed in."""
    close_follow_up_command(
        writer, feedback_id=feedback_id, outcome=outcome, result=result, closed_by_id=writer.actor
    )
