"""Each appointment's reminder status, as the desk shows it next to the booking.

The server plans and sends reminders; the desk only sees the synced
``appointment_reminders`` rows and the ``messages`` they queued. A reminder
row says "queued" until it fails over to another channel or lands on the call
list, so what actually happened to a queued one (sent, delivered, failed,
refused because the patient opted out) is read from its message.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import AppointmentReminder, Message
from shared.domain.enums import Channel, MessageStatus, ReminderStatus
from shared.domain.messaging.policy import NO_CHANNEL

R = ReminderStatus
#: What a queued reminder's message status means to the desk (``None``: withdrawn).
FROM_MESSAGE: dict[MessageStatus, ReminderStatus | None] = {
    MessageStatus.QUEUED: R.QUEUED,
    MessageStatus.SENDING: R.QUEUED,
    MessageStatus.SENT: R.SENT,
    MessageStatus.DELIVERED: R.DELIVERED,
    MessageStatus.READ: R.DELIVERED,
    MessageStatus.FAILED: R.FAILED,
    MessageStatus.UNDELIVERABLE: R.FAILED,
    MessageStatus.SUPPRESSED: R.OPTED_OUT,
    MessageStatus.CANCELLED: None,
}


def reminder_state(
    status: ReminderStatus, reason: str | None, message: MessageStatus | None
) -> ReminderStatus | None:
    """One reminder's status for the desk, or ``None`` when it no longer matters.

    A reminder skipped because no channel has the patient's consent reads as
    opted out; one skipped as too late, or cancelled with its booking, says nothing.
    """
    if status is R.QUEUED and message is not None:
        return FROM_MESSAGE[message]
    if status is R.SKIPPED:
        return R.OPTED_OUT if reason == NO_CHANNEL else None
    if status is R.CANCELLED:
        return None
    return status


def reminder_statuses(
    session: Session, appointment_ids: Collection[uuid.UUID] | sa.Select[tuple[uuid.UUID]]
) -> dict[uuid.UUID, ReminderStatus]:
    """Appointment id -> the status of its latest reminder that has been acted on.

    Reminders are read earliest-due first and each later one replaces the
    earlier, except a later one still only planned: "the day-before SMS
    failed" stays visible until the next reminder actually goes.

    A screen passes the query that selects its appointments rather than their
    ids, so a busy week is one statement instead of thousands of parameters.
    """
    rows = session.execute(
        sa.select(
            AppointmentReminder.appointment_id,
            AppointmentReminder.status,
            AppointmentReminder.status_reason,
            Message.status,
        )
        .outerjoin(Message, Message.id == AppointmentReminder.message_id)
        .where(AppointmentReminder.appointment_id.in_(appointment_ids))
        .where(AppointmentReminder.deleted_at.is_(None))
        .order_by(AppointmentReminder.due_at)
    )
    result: dict[uuid.UUID, ReminderStatus] = {}
    for appointment_id, status, reason, message in rows:
        state = reminder_state(status, reason, message)
        if state is None or (state is R.PENDING and appointment_id in result):
            continue
        result[appointment_id] = state
    return result


@dataclass(frozen=True, slots=True)
class ReminderLine:
    """One reminder of a booking: when it is (or was) due, on which channel, and what it did."""

    due_at: dt.datetime
    channel: Channel
    status: ReminderStatus


def reminders_of(session: Session, appointment_id: uuid.UUID) -> list[ReminderLine]:
    """A booking's reminders that still mean something, in due order, for the desk to read out."""
    rows = session.execute(
        sa.select(
            AppointmentReminder.due_at,
            AppointmentReminder.channel,
            AppointmentReminder.status,
            AppointmentReminder.status_reason,
            Message.status,
        )
        .outerjoin(Message, Message.id == AppointmentReminder.message_id)
        .where(AppointmentReminder.appointment_id == appointment_id)
        .where(AppointmentReminder.deleted_at.is_(None))
        .order_by(AppointmentReminder.due_at)
    )
    lines = []
    for due_at, channel, status, reason, message in rows:
        state = reminder_state(status, reason, message)
        if state is not None:
            lines.append(ReminderLine(due_at, channel, state))
    return lines
