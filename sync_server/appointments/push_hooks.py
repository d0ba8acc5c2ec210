"""Pushed bookings: the clinician clash check, and a completed visit's ``last_visit_at``.

Two desks offline can each book one clinician for overlapping times, and
neither could have seen the other's booking. The later arrival is kept (the
patient was told a time) but marked ``needs_reschedule`` with the clash named,
so staff call the patient; the desk is told with a note.

How a pushed edit may move a booking's status (and that a visit is completed
once) is the appointments row validator's job, which push runs on the stored
row before anything is merged. Once a completion is applied, the patient's
``last_visit_at`` is moved on to the visit's time if the desk did not (an
older desk, or one whose patient edit lost a race), by the same rule the
desk's command follows (``shared.domain.visits``).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import as_utc
from shared.db.models import Appointment, Clinician, Patient
from shared.domain.appointments import Booking, booking_of, clash_message, find_clash
from shared.domain.enums import AppointmentStatus
from shared.domain.visits import visit_time
from sync_server.sync import rules
from sync_server.sync.changes import SERVER_CLOCK


def register_push_hooks() -> None:
    rules.register(Appointment.__tablename__, after_apply=flag_clash)
    rules.register(Appointment.__tablename__, after_apply=note_last_visit)


def note_last_visit(session: Session, row: Appointment, _inserted: bool) -> None:
    """A completed visit moves its patient's last visit forward (never back)."""
    if row.status != AppointmentStatus.COMPLETED or row.deleted_at is not None:
        return None
    patient = session.get(Patient, row.patient_id, with_for_update=True)
    seen = visit_time(row)
    if patient is None or (patient.last_visit_at and as_utc(patient.last_visit_at) >= seen):
        return None
    patient.last_visit_at = seen
    patient.field_clocks = {**patient.field_clocks, "last_visit_at": SERVER_CLOCK.now()}
    return None


def flag_clash(session: Session, row: Appointment, _inserted: bool) -> rules.Note | None:
    """Mark ``row`` to be moved if it clashes with a booking that holds the clinician's time."""
    if row.clinician_id is None or row.deleted_at is not None:
        return None
    new = Booking(row.id, as_utc(row.starts_at), as_utc(row.ends_at), row.status)
    if not new.holds_time():
        return None
    session.get(Clinician, row.clinician_id, with_for_update=True)
    clash = find_clash([booking_of(b) for b in overlapping(session, row)], new)
    if clash is None:
        return None
    reason = clash_message(clash)
    if not row.needs_reschedule:
        stamp = SERVER_CLOCK.now()
        row.needs_reschedule = True
        row.reschedule_reason = reason[0].upper() + reason[1:]
        row.field_clocks = {
            **row.field_clocks,
            "needs_reschedule": stamp,
            "reschedule_reason": stamp,
        }
    return rules.Note("needs_reschedule", f"Kept, but needs rescheduling: {reason}.")


def overlapping(session: Session, row: Appointment) -> list[Appointment]:
    """The clinician's other live bookings in the hospital that overlap ``row`` in time."""
    query = sa.select(Appointment).where(
        Appointment.clinician_id == row.clinician_id,
        Appointment.hospital_id == row.hospital_id,
        Appointment.id != row.id,
        Appointment.deleted_at.is_(None),
        Appointment.starts_at < row.ends_at,
        Appointment.ends_at > row.starts_at,
    )
    return list(session.scalars(query))
