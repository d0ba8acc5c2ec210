"""Appointment reminders: planned once per appointment and offset, sent as due.

``create_due_reminders`` is the periodic job. Each run

1. cancels reminders of cancelled appointments and re-times those of moved
   ones (a queued, unsent message is withdrawn and re-planned);
2. plans a reminder row per upcoming appointment and offset — the unique
   (appointment, offset) key makes re-runs harmless. When an appointment
   reaches the server so late that several reminders are already overdue,
   only the nearest one is sent (a 24 h reminder two hours before the visit
   is noise; the 3 h one still goes);
3. queues one message per phone (or e-mail) and wording for every due
   reminder, so a guardian whose phone serves three children gets one SMS
   listing them all. A reminder a day ahead uses ``appointment_reminder``, one
   hours ahead ``appointment_reminder_3h`` (``senders.reminder_key``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import lagos_today
from shared.db.base import new_id
from shared.db.models import Appointment, AppointmentReminder, Hospital, Message, Patient
from shared.db.queries.calls import called
from shared.domain.enums import (
    AppointmentStatus,
    Channel,
    Language,
    MessageStatus,
    ReminderStatus,
)
from shared.domain.messaging.policy import (
    CALL_TODAY,
    LADDER,
    NO_CHANNEL,
    Reachability,
    Visit,
    household_lines,
    ladder,
)
from shared.domain.messaging.senders import REMINDER_DAY_BEFORE, REMINDER_SAME_DAY, reminder_key
from shared.errors import FieldValidationError
from sync_server.messaging.outbox import PRIORITY_REMINDER, queue_message
from sync_server.messaging.templates import find_template
from sync_server.sync.changes import record_written, set_actor

DEFAULT_OFFSETS = (24 * 60, 3 * 60)
MIN_LEAD = dt.timedelta(minutes=30)
#: Reminders are planned this long before the first one is due, so desks see them early.
PLAN_AHEAD = dt.timedelta(days=2)
ACTOR = "job:reminders"
_UNDELIVERED = (MessageStatus.FAILED, MessageStatus.UNDELIVERABLE, MessageStatus.SUPPRESSED)
_Row = sa.Row[tuple[AppointmentReminder, Appointment, Patient, Hospital]]
_LIVE = (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED)
_OPEN = (ReminderStatus.PENDING, ReminderStatus.QUEUED)


def create_due_reminders(
    session_factory: sessionmaker[Session],
    now: dt.datetime,
    offsets: Sequence[int] = DEFAULT_OFFSETS,
) -> int:
    """Run the three steps in one transaction; returns the number of messages queued."""
    with session_factory.begin() as session:
        set_actor(session, ACTOR)
        return run_reminders(session, now, offsets)


def run_reminders(
    session: Session, now: dt.datetime, offsets: Sequence[int] = DEFAULT_OFFSETS
) -> int:
    """The job's work inside the caller's transaction."""
    cancel_stale(session)
    escalate_failed(session, now)
    plan(session, now, offsets)
    return queue_due(session, now)


def escalate_failed(session: Session, now: dt.datetime) -> None:
    """Step down the ladder when a reminder's message failed; the desk calls after the last."""
    rows = session.execute(
        sa.select(AppointmentReminder, Patient)
        .join(Message, Message.id == AppointmentReminder.message_id)
        .join(Appointment, Appointment.id == AppointmentReminder.appointment_id)
        .join(Patient, Patient.id == Appointment.patient_id)
        .where(AppointmentReminder.status == ReminderStatus.QUEUED)
        .where(Message.status.in_(_UNDELIVERED))
    ).all()
    for reminder, patient in rows:
        tried = LADDER[: LADDER.index(reminder.channel) + 1]
        step = ladder(_templated(session, reachability(patient)), now, tried=tried, urgent=True)
        if not isinstance(step, Channel):
            reminder.status, reminder.status_reason = ReminderStatus.FAILED, CALL_TODAY
        else:
            reminder.channel, reminder.status, reminder.message_id = (
                step,
                ReminderStatus.PENDING,
                None,
            )


def call_list(
    session: Session, hospital_id: uuid.UUID, today: dt.date | None = None
) -> list[AppointmentReminder]:
    """Reminders no channel delivered: the front desk phones these patients today.

    A reminder leaves the list once a desk has recorded a call about its
    booking, by the rule every desk's list follows (:func:`called`).
    """
    return list(
        session.scalars(
            sa.select(AppointmentReminder).where(
                AppointmentReminder.hospital_id == hospital_id,
                AppointmentReminder.status.in_([ReminderStatus.FAILED, ReminderStatus.SKIPPED]),
                AppointmentReminder.status_reason.in_([CALL_TODAY, NO_CHANNEL]),
                ~called(AppointmentReminder.appointment_id, today or lagos_today()),
            )
        )
    )


def cancel_stale(session: Session) -> None:
    rows = session.execute(
        sa.select(AppointmentReminder, Appointment)
        .join(Appointment, Appointment.id == AppointmentReminder.appointment_id)
        .where(AppointmentReminder.status.in_(_OPEN))
    ).all()
    for reminder, appointment in rows:
        if appointment.status not in _LIVE or appointment.deleted_at is not None:
            _withdraw(session, reminder)
            reminder.status, reminder.status_reason = ReminderStatus.CANCELLED, "appointment ended"
            continue
        due = appointment.starts_at - dt.timedelta(minutes=reminder.offset_minutes)
        if reminder.due_at != due:
            _withdraw(session, reminder)
            reminder.due_at, reminder.status = due, ReminderStatus.PENDING


def _withdraw(session: Session, reminder: AppointmentReminder) -> None:
    """Cancel the reminder's unsent message; its household partners are re-planned."""
    if reminder.message_id is None:
        return
    message = session.get(Message, reminder.message_id, with_for_update=True)
    if message is not None and message.status is MessageStatus.QUEUED:
        message.status = MessageStatus.CANCELLED
        partners = session.scalars(
            sa.select(AppointmentReminder).where(
                AppointmentReminder.message_id == message.id, AppointmentReminder.id != reminder.id
            )
        )
        for partner in partners:
            partner.status, partner.message_id = ReminderStatus.PENDING, None
    reminder.message_id = None


def plan(session: Session, now: dt.datetime, offsets: Sequence[int]) -> None:
    horizon = now + dt.timedelta(minutes=max(offsets)) + PLAN_AHEAD
    rows = session.execute(
        sa.select(Appointment, Patient)
        .join(Patient, Patient.id == Appointment.patient_id)
        .where(
            Appointment.status.in_(_LIVE),
            Appointment.deleted_at.is_(None),
            Appointment.starts_at > now + MIN_LEAD,
            Appointment.starts_at <= horizon,
        )
    ).all()
    for appointment, patient in rows:
        channel = pick_channel(session, patient)
        overdue = [o for o in offsets if appointment.starts_at - dt.timedelta(minutes=o) <= now]
        nearest = min(overdue, default=None)
        for offset in offsets:
            status, reason = ReminderStatus.PENDING, None
            if channel is None:
                status, reason = ReminderStatus.SKIPPED, NO_CHANNEL
            elif offset in overdue and offset != nearest:
                status, reason = ReminderStatus.SKIPPED, "too late for this reminder"
            _insert(session, appointment, offset, channel or Channel.SMS, status, reason)


def _insert(
    session: Session,
    appointment: Appointment,
    offset: int,
    channel: Channel,
    status: ReminderStatus,
    reason: str | None,
) -> None:
    inserted = session.execute(
        insert(AppointmentReminder)
        .values(
            id=new_id(),
            hospital_id=appointment.hospital_id,
            appointment_id=appointment.id,
            offset_minutes=offset,
            channel=channel,
            due_at=appointment.starts_at - dt.timedelta(minutes=offset),
            status=status,
            status_reason=reason,
        )
        .on_conflict_do_nothing(index_elements=["appointment_id", "offset_minutes"])
        .returning(AppointmentReminder.id)
    ).scalar()
    if inserted is not None:
        # Written by the INSERT above, not the unit of work: the listener never sees it.
        record_written(session, session.get_one(AppointmentReminder, inserted), actor=ACTOR)


def reachability(patient: Patient) -> Reachability:
    return Reachability(
        sms=bool(patient.consent_sms and patient.phone),
        whatsapp=bool(patient.consent_whatsapp and patient.phone),
        email=bool(patient.consent_email and patient.email),
    )


def pick_channel(session: Session, patient: Patient) -> Channel | None:
    """The preferred channel if consented and templated, else the ladder's first that is."""
    reach = reachability(patient)
    for channel in (patient.preferred_channel, *LADDER):
        if reach.allows(channel) and _has_template(session, channel):
            return channel
    return None


def _templated(session: Session, reach: Reachability) -> Reachability:
    """Only channels the patient can receive *and* a reminder template exists for."""
    ok = {c: reach.allows(c) and _has_template(session, c) for c in Channel}
    return Reachability(sms=ok[Channel.SMS], whatsapp=ok[Channel.WHATSAPP], email=ok[Channel.EMAIL])


def _has_template(session: Session, channel: Channel) -> bool:
    """Both wordings (a day ahead, hours ahead) exist, so any due reminder can be queued."""
    try:
        for key in (REMINDER_DAY_BEFORE, REMINDER_SAME_DAY):
            find_template(session, key, channel, Language.ENGLISH)
    except FieldValidationError:
        return False
    return True


def queue_due(session: Session, now: dt.datetime) -> int:
    rows = session.execute(
        sa.select(AppointmentReminder, Appointment, Patient, Hospital)
        .join(Appointment, Appointment.id == AppointmentReminder.appointment_id)
        .join(Patient, Patient.id == Appointment.patient_id)
        .join(Hospital, Hospital.id == Appointment.hospital_id)
        .where(AppointmentReminder.status == ReminderStatus.PENDING)
        .where(AppointmentReminder.due_at <= now)
        .order_by(Hospital.id, AppointmentReminder.channel, Appointment.starts_at)
    ).all()
    households: dict[tuple[object, ...], list[_Row]] = {}
    for row in rows:
        households.setdefault(_household_key(row), []).append(row)
    for group in households.values():
        _queue_household(session, group)
    return len(households)


def _household_key(
    row: _Row,
) -> tuple[object, ...]:
    reminder, _, patient, hospital = row
    key = reminder_key(reminder.offset_minutes)
    return (hospital.id, reminder.channel, _address(patient, reminder.channel), key)


def _address(patient: Patient, channel: Channel) -> str:
    return (patient.email if channel is Channel.EMAIL else patient.phone) or ""


def _queue_household(
    session: Session,
    group: list[_Row],
) -> None:
    first_reminder, _, first_patient, hospital = group[0]
    template = find_template(
        session,
        reminder_key(first_reminder.offset_minutes),
        first_reminder.channel,
        first_patient.preferred_language,
    )
    visits = [Visit(p.first_name, a.starts_at, hospital.name) for _, a, p, _ in group]
    message = queue_message(
        session,
        template=template,
        address=_address(first_patient, first_reminder.channel),
        values={
            "hospital_name": hospital.name,
            "hospital_phone": hospital.phone or "the hospital",
            "appointments": household_lines(visits),
        },
        priority=PRIORITY_REMINDER,
        hospital_id=hospital.id,
        patient_id=first_patient.id,
    )
    for reminder, *_ in group:
        reminder.status, reminder.message_id = ReminderStatus.QUEUED, message.id
