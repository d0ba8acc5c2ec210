"""A clinician's day as the Appointments screen shows it, and moving a booking.

Booking and cancelling are in :mod:`desktop.services.appointments`; this adds
the read side the screen needs and rescheduling under the same clash rule.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.appointments import check_free, clinician_bookings, live_appointment
from desktop.store.writes import LocalWriter
from shared.db.models import Clinician, Patient
from shared.domain import appointments as rules
from shared.domain.enums import AppointmentStatus
from shared.errors import ConflictError

MOVABLE = (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED)


@dataclass(frozen=True, slots=True)
class ClinicianChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class Slotted:
    id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    patient_name: str
    status: AppointmentStatus


def clinicians(session: Session) -> list[ClinicianChoice]:
    query = (
        sa.select(Clinician.id, Clinician.full_name)
        .where(Clinician.active.is_(True), Clinician.deleted_at.is_(None))
        .order_by(Clinician.full_name)
    )
    return [ClinicianChoice(row.id, row.full_name) for row in session.execute(query)]


def clinician_day(session: Session, clinician_id: uuid.UUID, day: dt.date) -> list[Slotted]:
    rows = clinician_bookings(session, clinician_id, day)
    ids = {r.patient_id for r in rows}
    patients = session.scalars(sa.select(Patient).where(Patient.id.in_(ids)))
    names = {p.id: f"{p.first_name} {p.last_name}" for p in patients}
    slotted = [
        Slotted(r.id, r.starts_at, r.ends_at, names.get(r.patient_id, ""), r.status) for r in rows
    ]
    return sorted(slotted, key=lambda s: s.starts_at)


def reschedule(
    session: Session, writer: LocalWriter, *, appointment_id: uuid.UUID, starts_at: dt.datetime
) -> None:
    """Move a booking that has not happened yet, keeping its length."""
    row = live_appointment(session, appointment_id)
    if row.status not in MOVABLE:
        raise ConflictError(
            f"an appointment that is {row.status.value} cannot be moved", field="status"
        )
    rules.check_not_in_past(starts_at)
    moved = rules.Booking(row.id, starts_at, starts_at + (row.ends_at - row.starts_at))
    if row.clinician_id is not None:
        check_free(session, row.clinician_id, moved)
    writer.update(row, starts_at=moved.starts_at, ends_at=moved.ends_at, needs_reschedule=False)
