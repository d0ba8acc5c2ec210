"""The desk's "call today" list: patients the reminders could not reach, and what came of the call.

A booking lands here when the server gave up on its reminder (no channel
delivered it, or the patient consented to none) or marked it for
rescheduling after a clash. Each call is recorded as a contact-log row
naming the appointment and the outcome; it syncs like any other desk
write, and it is what takes the booking off the list. "No answer" only
clears it for the rest of the day, so the desk tries again tomorrow.

A reward this desk gave offline and the server refused at sync (the
patient's points across every desk did not cover it, or another desk took
the last one) is listed too, on this desk only, since it is the one that
told the patient yes: the call sorts it out with them, and a call with an
answer, logged under :data:`REFUSED_SUBJECT`, takes it off.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.services.appointments import day_bounds, live_appointment
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.clock import lagos_today, utcnow
from shared.db import models as m
from shared.db.queries.calls import called, called_about
from shared.domain.enums import (
    AppointmentStatus,
    CallOutcome,
    Direction,
    LedgerKind,
    LogChannel,
    ReminderStatus,
)
from shared.domain.messaging.policy import NO_CHANNEL
from shared.errors import FieldValidationError

_LIVE = (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED)
SUBJECT = "Appointment reminder call"
REFUSED_SUBJECT = "Reward refused at sync"
#: What the contact log says about each outcome (stored text, read by staff later).
SUMMARIES: dict[CallOutcome, str] = {
    CallOutcome.CONFIRMED: "Reached; the patient confirmed the appointment",
    CallOutcome.WILL_RESCHEDULE: "Reached; the patient will reschedule",
    CallOutcome.NO_ANSWER: "No answer",
    CallOutcome.WRONG_NUMBER: "Wrong number",
}
REWARD_SUMMARIES: dict[CallOutcome, str] = {
    CallOutcome.CONFIRMED: "Reached; the refused reward was sorted out with the patient",
    CallOutcome.NO_ANSWER: "No answer",
    CallOutcome.WRONG_NUMBER: "Wrong number",
}


class CallReason(StrEnum):
    """Why a booking is on the list, so the caller knows what to say."""

    NOT_DELIVERED = "not_delivered"
    NO_CONSENT = "no_consent"
    NEEDS_RESCHEDULE = "needs_reschedule"
    REWARD_REFUSED = "reward_refused"


@dataclass(frozen=True, slots=True)
class CallDue:
    #: The booking the call is about (None for a refused reward).
    appointment_id: uuid.UUID | None
    patient_name: str
    patient_number: str
    phone: str | None
    #: When the booking starts, or when the server refused the reward.
    starts_at: dt.datetime
    provider: str
    reason: CallReason
    #: Why the booking must move, or why the reward was refused, in the words given.
    detail: str | None = None
    patient_id: uuid.UUID | None = None


def calls_due(session: Session, today: dt.date | None = None) -> list[CallDue]:
    """Who to call: refused rewards first (the patient was told yes), then bookings by time."""
    today = today or lagos_today()
    return [*_refused_rewards(session, today), *_bookings(session, today)]


def _refused_rewards(session: Session, today: dt.date) -> list[CallDue]:
    """Redemptions made here that the server refused, until a call about them is logged."""
    refused = session.scalars(
        sa.select(OutboxMutation)
        .where(
            OutboxMutation.outcome == "rejected",
            OutboxMutation.table_name == m.LoyaltyLedgerEntry.__tablename__,
        )
        .order_by(OutboxMutation.seq)
    )
    out = []
    for mutation in refused:
        if mutation.fields.get("kind") != LedgerKind.REDEEM.value:
            continue
        patient = session.get(m.Patient, uuid.UUID(str(mutation.fields.get("patient_id"))))
        answered = mutation.acked_at or mutation.created_at
        if patient is None or session.scalar(
            sa.select(called_about(patient.id, REFUSED_SUBJECT, answered, today))
        ):
            continue
        out.append(
            CallDue(
                appointment_id=None,
                patient_name=f"{patient.first_name} {patient.last_name}",
                patient_number=patient.patient_number,
                phone=patient.phone,
                starts_at=answered,
                provider="",
                reason=CallReason.REWARD_REFUSED,
                detail=mutation.reason,
                patient_id=patient.id,
            )
        )
    return out


def _bookings(session: Session, today: dt.date) -> list[CallDue]:
    """Live bookings from today on that need a phone call and have not had one, soonest first."""
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
    outcome = _outcome(outcome)
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


def record_reward_call(
    session: Session,
    writer: LocalWriter,
    *,
    patient_id: uuid.UUID,
    outcome: CallOutcome | str,
    note: str = "",
    now: dt.datetime | None = None,
) -> m.PatientCommunication:
    """Log the call about a refused reward; with an answer it leaves the list."""
    outcome = _outcome(outcome)
    if outcome is CallOutcome.WILL_RESCHEDULE:
        raise FieldValidationError("call_outcome", "a refused reward has no booking to move")
    patient = session.get(m.Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise FieldValidationError("patient", "that patient no longer exists")
    summary = REWARD_SUMMARIES[outcome]
    return writer.insert(
        m.PatientCommunication,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        channel=LogChannel.CALL,
        direction=Direction.OUTBOUND,
        subject=REFUSED_SUBJECT,
        summary=f"{summary}: {note.strip()}" if note.strip() else summary,
        occurred_at=now or utcnow(),
        call_outcome=outcome,
    )


def _outcome(outcome: CallOutcome | str) -> CallOutcome:
    try:
        return CallOutcome(outcome)
    except ValueError:
        raise FieldValidationError("call_outcome", f"{outcome!r} is not a call outcome") from None
