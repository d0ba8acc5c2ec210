"""Whether the desk has already called about a booking, for every call list alike.

Desks and the server both list bookings whose reminders reached nobody; a
call recorded at any desk (a contact-log row naming the appointment and the
outcome) takes the booking off every list by the same rule, so the server's
list never asks for a call a desk has already made.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute

from shared.clock import LAGOS
from shared.db.models import PatientCommunication
from shared.domain.messaging.policy import CALL_AGAIN_NEXT_DAY


def called(appointment_id: InstrumentedAttribute[uuid.UUID], today: dt.date) -> sa.Exists:
    """A call was recorded: any time with an answer, since the start of ``today`` (Lagos) otherwise.

    Outcomes in :data:`CALL_AGAIN_NEXT_DAY` ("no answer") only count on the
    day they were recorded, so the booking comes back the next morning.
    """
    log = PatientCommunication
    return (
        sa.select(log.id).where(log.appointment_id == appointment_id, _still_counts(today)).exists()
    )


def called_about(
    patient_id: uuid.UUID, subject: str, since: dt.datetime, today: dt.date
) -> sa.Exists:
    """A call about ``subject`` to the patient since ``since``, by the same rule as a booking's."""
    log = PatientCommunication
    return (
        sa.select(log.id)
        .where(log.patient_id == patient_id, log.subject == subject, log.occurred_at >= since)
        .where(_still_counts(today))
        .exists()
    )


def _still_counts(today: dt.date) -> sa.ColumnElement[bool]:
    """A call with an outcome: any time with an answer, only ``today`` (Lagos) for "no answer"."""
    log = PatientCommunication
    day_start = dt.datetime.combine(today, dt.time(), LAGOS).astimezone(dt.UTC)
    return sa.and_(
        log.call_outcome.is_not(None),
        sa.or_(log.call_outcome.not_in(CALL_AGAIN_NEXT_DAY), log.occurred_at >= day_start),
    )
