"""Front-desk actions on the day's appointments: check-in and no-show.

Each is one small function taking the session and the local writer, so the
row change and its outbox mutation land in the caller's one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Appointment
from shared.domain.appointments import check_transition
from shared.domain.enums import AppointmentStatus
from shared.errors import NotFoundError


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
