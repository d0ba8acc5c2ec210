"""Reminder and message rows as the server would have synced them to a desk."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import Appointment, AppointmentReminder, Message, Patient
from shared.domain.enums import Channel, MessageStatus, ReminderStatus


def remind(
    session: Session,
    appointment: Appointment,
    status: ReminderStatus,
    *,
    message: MessageStatus | None = None,
    reason: str | None = None,
    offset_minutes: int = 24 * 60,
) -> AppointmentReminder:
    """One reminder of ``appointment``, with the message it queued when ``message`` is given."""
    sent = None
    if message is not None:
        sent = Message(
            hospital_id=appointment.hospital_id,
            patient_id=appointment.patient_id,
            channel=Channel.SMS,
            address="+2348031234500",
            body="Reminder: your appointment is tomorrow.",
            status=message,
        )
        session.add(sent)
        session.flush()
    row = AppointmentReminder(
        hospital_id=appointment.hospital_id,
        appointment_id=appointment.id,
        offset_minutes=offset_minutes,
        channel=Channel.SMS,
        due_at=appointment.starts_at - dt.timedelta(minutes=offset_minutes),
        status=status,
        status_reason=reason,
        message_id=sent.id if sent is not None else None,
    )
    session.add(row)
    session.flush()
    return row


def appointment_of(session: Session, first_name: str, last_name: str) -> Appointment:
    return session.scalars(
        sa.select(Appointment)
        .join(Patient, Patient.id == Appointment.patient_id)
        .where(Patient.first_name == first_name, Patient.last_name == last_name)
    ).one()
