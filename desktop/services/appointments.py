"""Booking at the desk: free-slot suggestions, book, reschedule, cancel.

The clash and slot rules are the shared ones, fed with the clinician's
bookings for the day from the local store, so the desk refuses a double
booking offline exactly as the server would online.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.today import lagos_day_bounds
from desktop.store.writes import LocalWriter
from shared.clock import LAGOS
from shared.db.models import Appointment, Clinician, Patient
from shared.domain import appointments as rules
from shared.domain.enums import AppointmentStatus
from shared.domain.patients import parse
from shared.errors import FieldValidationError, NotFoundError

#: Opening hours the slot finder searches, Lagos time.
OPENS, CLOSES = dt.time(8, 0), dt.time(17, 0)


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


def _day_rows(session: Session, clinician_id: uuid.UUID, day: dt.date) -> list[Appointment]:
    start, end = lagos_day_bounds(day)
    return list(
        session.scalars(
            sa.select(Appointment).where(
                Appointment.clinician_id == clinician_id,
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
                Appointment.deleted_at.is_(None),
            )
        )
    )


def clinician_day(session: Session, clinician_id: uuid.UUID, day: dt.date) -> list[Slotted]:
    rows = _day_rows(session, clinician_id, day)
    names = {
        p.id: f"{p.first_name} {p.last_name}"
        for p in session.scalars(sa.select(Patient).where(Patient.id.in_({r.patient_id for r in rows})))
    }
    return sorted(
        (Slotted(r.id, r.starts_at, r.ends_at, names.get(r.patient_id, ""), r.status) for r in rows),
        key=lambda s: s.starts_at,
    )


def suggest_slots(
    session: Session, *, clinician_id: uuid.UUID, day: dt.date, minutes: int, limit: int = 12
) -> list[dt.datetime]:
    existing = [rules.booking_of(r) for r in _day_rows(session, clinician_id, day)]
    return rules.free_slots(
        existing,
        day_start=dt.datetime.combine(day, OPENS, tzinfo=LAGOS).astimezone(dt.UTC),
        day_end=dt.datetime.combine(day, CLOSES, tzinfo=LAGOS).astimezone(dt.UTC),
        duration=dt.timedelta(minutes=minutes),
        limit=limit,
    )


def book(
    session: Session,
    writer: LocalWriter,
    *,
    patient_id: uuid.UUID | None,
    clinician_id: uuid.UUID,
    starts_at: dt.datetime,
    minutes: int,
) -> uuid.UUID:
    if patient_id is None:
        raise FieldValidationError("patient", "choose the patient to book")
    request = parse(
        rules.AppointmentRequest,
        {"patient_id": patient_id, "clinician_id": clinician_id, "starts_at": starts_at,
         "duration_minutes": minutes},
    )
    patient = session.get(Patient, request.patient_id)
    if patient is None:
        raise NotFoundError("That patient no longer exists.", field="patient")
    _check_free(session, clinician_id, rules.Booking(None, request.starts_at, request.ends_at))
    row = writer.insert(
        Appointment,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        clinician_id=clinician_id,
        starts_at=request.starts_at,
        ends_at=request.ends_at,
    )
    return row.id


def reschedule(
    session: Session, writer: LocalWriter, *, appointment_id: uuid.UUID, starts_at: dt.datetime
) -> None:
    row = _live(session, appointment_id)
    rules.check_transition(row.status, AppointmentStatus.SCHEDULED if row.status is AppointmentStatus.SCHEDULED else row.status)
    if row.status not in (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED):
        raise FieldValidationError("status", f"an appointment that is {row.status.value} cannot move")
    rules.check_not_in_past(starts_at)
    moved = rules.Booking(row.id, starts_at, starts_at + (row.ends_at - row.starts_at))
    if row.clinician_id is not None:
        _check_free(session, row.clinician_id, moved)
    writer.update(row, starts_at=moved.starts_at, ends_at=moved.ends_at, needs_reschedule=False)


def cancel(session: Session, writer: LocalWriter, *, appointment_id: uuid.UUID, reason: str) -> None:
    if not reason.strip():
        raise FieldValidationError("cancelled_reason", "say why the appointment is cancelled")
    row = _live(session, appointment_id)
    rules.check_transition(row.status, AppointmentStatus.CANCELLED)
    writer.update(row, status=AppointmentStatus.CANCELLED, cancelled_reason=reason.strip())


def _live(session: Session, appointment_id: uuid.UUID) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("That appointment no longer exists.")
    return row


def _check_free(session: Session, clinician_id: uuid.UUID, new: rules.Booking) -> None:
    day = new.starts_at.astimezone(LAGOS).date()
    rules.check_no_clash([rules.booking_of(r) for r in _day_rows(session, clinician_id, day)], new)
