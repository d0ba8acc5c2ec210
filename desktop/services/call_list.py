"""The desk's "call today" list: patients the reminders could not reach, and what came of the call.

A booking lands here when the server gave up on its reminder (no channel
delivered it, or the patient consented to none) or marked it for
rescheduling after a clash. Each call is recorded as a contact-log row
naming the appointment and the outcome; it syncs like any other desk
write, and it is what takes the booking off the list. "No answer" only
clears it for the rest of the day, so the desk tries again tomorrow.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.services.appointments import day_bounds, live_appointment
from desktop.store.writes import LocalWriter
from shared.clock import lagos_today, utcnow
from shared.db import models as m
from shared.db.queries.calls import called
from shared.domain.enums import (
    AppointmentStatus,
    CallOutcome,
    Direction,
    LogChannel,
    ReminderStatus,
)
from shared.domain.messaging.policy import NO_CHANNEL
from shared.errors import FieldValidationError

_LIVE = (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED)
SUBJECT = "Appointment reminder call"
#: What the contact log says about each outcome (stored text, read by staff later).
SUMMARIES: dict[CallOutcome, str] = {
    CallOutcome.CONFIRMED: "Reached; the patient confirmed the appointment",
    CallOutcome.WILL_RESCHEDULE: "Reached; the patient will reschedule",
    CallOutcome.NO_ANSWER: "No answer",
    CallOutcome.WRONG_NUMBER: "Wrong number",
}


class CallReason(StrEnum):
    """Why a booking is on the list, so the caller knows what to say."""

    NOT_DELIVERED = "not_delivered"
    NO_CONSENT = "no_consent"
    NEEDS_RESCHEDULE = "needs_reschedule"


@dataclass(frozen=True, slots=True)
class CallDue:
    appointment_id: uuid.UUID
    patient_name: str
    patient_number: str
    phone: str | None
    starts_at: dt.datetime
    provider: str
    reason: CallReason
    #: Why the booking must move, as the server or the desk wrote it down.
    detail: str | None = None


def calls_due(session: Session, today: dt.date | None = None) -> list[CallDue]:
    """Live bookings from today on that need a phone call and have not had one, soonest first."""
    today = today or lagos_today()
    start, _ = day_bounds(today)
    undelivered = _undelivered_reminders()
    dept = aliased(m.Department)
    query = (
        sa.select(
            m.Appointment,
            m.Patient,
            sa.func.coalesce(m.Clinician.full_name, dept.name, "").label("provider"),
            undelivered.c.no_consent,
        )
        .join(m.Patient, m.Patient.id == m.Appointment.patient_id)
        .outerjoin(m.Clinician, m.Clinician.id == m.Appointment.clinician_id)
        .outerjoin(dept, dept.id == m.Appointment.department_id)
        .outerjoin(undelivered, undelivered.c.appointment_id == m.Appointment.id)
        .where(m.Appointment.status.in_(_LIVE), m.Appointment.deleted_at.is_(None))
        .where(m.Appointment.starts_at >= start)
        .where(sa.or_(undelivered.c.appointment_id.is_not(None), m.Appointment.needs_reschedule))
        .where(~called(m.Appointment.id, today))
        .order_by(m.Appointment.starts_at)
    )
    return [
        CallDue(
            appointment_id=appt.id,
            patient_name=f"{patient.first_name} {patient.last_name}",
            patient_number=patient.patient_number,
            phone=patient.phone,
            starts_at=appt.starts_at,
            provider=provider,
            reason=_reason(appt.needs_reschedule, bool(no_consent)),
            detail=appt.reschedule_reason if appt.needs_reschedule else None,
        )
        for appt, patient, provider, no_consent in session.execute(query)
    ]


def _undelivered_reminders() -> sa.Subquery:
    """Per appointment: has a reminder the server put on the call list, and was it for consent."""
    reminder = m.AppointmentReminder
    no_consent = sa.and_(
        reminder.status == ReminderStatus.SKIPPED, reminder.status_reason == NO_CHANNEL
    )
    return (
        sa.select(
            reminder.appointment_id,
            sa.func.max(sa.case((no_consent, 1), else_=0)).label("no_consent"),
        )
        .where(reminder.deleted_at.is_(None))
        .where(sa.or_(reminder.status == ReminderStatus.FAILED, no_consent))
        .group_by(reminder.appointment_id)
        .subquery()
    )


def _reason(needs_reschedule: bool, no_consent: bool) -> CallReason:
    if needs_reschedule:
        return CallReason.NEEDS_RESCHEDULE
    return CallReason.NO_CONSENT if no_consent else CallReason.NOT_DELIVERED


def record_call(
    session: Session,
    writer: LocalWriter,
    *,
    appointment_id: uuid.UUID,
    outcome: CallOutcome | str,
    note: str = "",
    now: dt.datetime | None = None,
) -> m.PatientCommunication:
    """Log the call and act on what the patient said; the caller commits.

    A confirmation confirms a scheduled booking; "will reschedule" marks the
    booking for moving, which the Appointments screen clears when it is moved.
    """
    try:
        outcome = CallOutcome(outcome)
    except ValueError:
        raise FieldValidationError("call_outcome", f"{outcome!r} is not a call outcome") from None
    appt = live_appointment(session, appointment_id)
    note = note.strip()
    entry = writer.insert(
        m.PatientCommunication,
        hospital_id=appt.hospital_id,
        patient_id=appt.patient_id,
        channel=LogChannel.CALL,
        direction=Direction.OUTBOUND,
        subject=SUBJECT,
        summary=f"{SUMMARIES[outcome]}: {note}" if note else SUMMARIES[outcome],
        occurred_at=now or utcnow(),
        appointment_id=appt.id,
        call_outcome=outcome,
    )
    if outcome is CallOutcome.CONFIRMED and appt.status is AppointmentStatus.SCHEDULED:
        writer.update(appt, status=AppointmentStatus.CONFIRMED)
    elif outcome is CallOutcome.WILL_RESCHEDULE:
        writer.update(appt, needs_reschedule=True, reschedule_reason="the patient asked by phone")
    return entry
