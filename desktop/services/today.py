"""The front desk's day: appointments per clinician, their reminders, the waiting queue.

Returns frozen rows, never ORM objects, so the GUI thread holds nothing that
could lazy-load from a session living on the database thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.services.reminders import reminder_statuses
from shared.clock import LAGOS, lagos_today
from shared.db import models as m
from shared.domain.enums import AppointmentStatus, ReminderStatus


@dataclass(frozen=True, slots=True)
class DayAppointment:
    id: uuid.UUID
    patient_id: uuid.UUID
    patient_name: str
    patient_number: str
    provider: str
    starts_at: dt.datetime
    status: AppointmentStatus
    checked_in_at: dt.datetime | None
    reminder: ReminderStatus | None = None


def lagos_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants bounding a calendar day in Lagos (appointments are stored in UTC)."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=LAGOS).astimezone(dt.UTC)
    return start, start + dt.timedelta(days=1)


def day_appointments(session: Session, day: dt.date | None = None) -> list[DayAppointment]:
    """Every live appointment of the day, ordered by provider then time."""
    start, end = lagos_day_bounds(day or lagos_today())
    dept = aliased(m.Department)
    provider = sa.func.coalesce(m.Clinician.full_name, dept.name, "")
    query = (
        sa.select(m.Appointment, m.Patient, provider.label("provider"))
        .join(m.Patient, m.Patient.id == m.Appointment.patient_id)
        .outerjoin(m.Clinician, m.Clinician.id == m.Appointment.clinician_id)
        .outerjoin(dept, dept.id == m.Appointment.department_id)
        .where(m.Appointment.starts_at >= start, m.Appointment.starts_at < end)
        .where(m.Appointment.deleted_at.is_(None))
        .order_by(provider, m.Appointment.starts_at)
    )
    rows = session.execute(query).all()
    reminders = reminder_statuses(session, query.with_only_columns(m.Appointment.id).order_by(None))
    return [
        DayAppointment(
            id=appt.id,
            patient_id=patient.id,
            patient_name=f"{patient.first_name} {patient.last_name}",
            patient_number=patient.patient_number,
            provider=name,
            starts_at=appt.starts_at,
            status=appt.status,
            checked_in_at=appt.checked_in_at,
            reminder=reminders.get(appt.id),
        )
        for appt, patient, name in rows
    ]


def waiting_queue(day: list[DayAppointment]) -> list[DayAppointment]:
    """Checked-in patients not yet seen, longest-waiting first."""
    waiting = [a for a in day if a.status is AppointmentStatus.CHECKED_IN and a.checked_in_at]
    return sorted(waiting, key=lambda a: a.checked_in_at or a.starts_at)
