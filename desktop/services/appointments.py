"""Booking at the desk: free-slot suggestions, book, cancel.

The clash and slot rules are the shared ones, fed with the clinician's
bookings for the day from the local store, so the desk refuses a double
booking offline exactly as the server would online. Writes go through the
local writer, so each lands with its outbox mutation in the caller's
transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.clock import LAGOS, as_utc
from shared.db.models import Appointment, Clinician, Patient
from shared.domain import appointments as rules
from shared.domain.enums import AppointmentStatus
from shared.domain.patients import parse
from shared.errors import FieldValidationError, NotFoundError

#: Opening hours the slot finder searches, Lagos time.
OPENS, CLOSES = dt.time(8, 0), dt.time(17, 0)


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants bounding a Lagos calendar day."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=LAGOS).astimezone(dt.UTC)
    return start, start + dt.timedelta(days=1)


def clinician_bookings(
    session: Session, clinician_id: uuid.UUID, day: dt.date
) -> list[Appointment]:
    start, end = day_bounds(day)
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


def department_queue(session: Session, department_id: uuid.UUID, day: dt.date) -> list[Appointment]:
    """Bookings made with a department rather than a named clinician (its own queue)."""
    start, end = day_bounds(day)
    return list(
        session.scalars(
            sa.select(Appointment).where(
                Appointment.department_id == department_id,
                Appointment.clinician_id.is_(None),
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
                Appointment.deleted_at.is_(None),
            )
        )
    )


def check_free(session: Session, clinician_id: uuid.UUID, new: rules.Booking) -> None:
    """Refuse a booking that clashes with another of the clinician's, by the shared rule.

    The candidates are the bookings overlapping it in time, as the REST API
    and the server's push check load them, so a booking across midnight is
    checked against the day before too.
    """
    query = sa.select(Appointment).where(
        Appointment.clinician_id == clinician_id,
        Appointment.deleted_at.is_(None),
        Appointment.starts_at < new.ends_at,
        Appointment.ends_at > new.starts_at,
    )
    rules.check_no_clash([rules.booking_of(r) for r in session.scalars(query)], new)


def suggest_slots(
    session: Session,
    *,
    clinician_id: uuid.UUID | None = None,
    department_id: uuid.UUID | None = None,
    day: dt.date,
    duration_minutes: int = 15,
    limit: int = 12,
) -> list[dt.datetime]:
    """Free start times in the clinic day (Lagos time), earliest first.

    For a clinician, times their own bookings leave free; for a department,
    times its queue (bookings with no named clinician) leaves free.
    """
    if clinician_id is not None:
        return clinician_open_slots(session, clinician_id, day, duration_minutes, limit)
    if department_id is not None:
        rows = department_queue(session, department_id, day)
    else:
        raise FieldValidationError("clinician_id", "choose a clinician or a department")
    return open_slots(rows, day, duration_minutes, limit)


def _slot_booking(b: Any) -> rules.Booking:
    return rules.Booking(
        None, as_utc(b.starts_at), as_utc(b.ends_at), b.status, not b.needs_reschedule
    )


def clinician_open_slots(
    session: Session, clinician_id: uuid.UUID, day: dt.date, duration_minutes: int, limit: int
) -> list[dt.datetime]:
    """Free times within the clinician's working hours, one slot length apart (Lagos time)."""
    clinician = session.get(Clinician, clinician_id)
    if clinician is None:
        raise NotFoundError("That clinician does not exist on this PC.", field="clinician_id")
    bookings = [_slot_booking(b) for b in clinician_bookings(session, clinician_id, day)]
    slots = rules.clinician_slots(
        bookings,
        hours=clinician.working_hours,
        slot_minutes=clinician.slot_minutes,
        day=day,
        opens=OPENS,
        closes=CLOSES,
        duration=dt.timedelta(minutes=duration_minutes),
        limit=limit,
    )
    return [slot.astimezone(LAGOS) for slot in slots]


def open_slots(
    bookings: Iterable[Any], day: dt.date, duration_minutes: int, limit: int
) -> list[dt.datetime]:
    """Start times within opening hours that none of ``bookings`` (rows or DTOs) clash with.

    The bookings go in without their ids: a new slot is never one of them, and
    comparing None is much cheaper than comparing UUIDs a week's worth of times.
    """
    slots = rules.free_slots(
        [
            rules.Booking(
                None, as_utc(b.starts_at), as_utc(b.ends_at), b.status, not b.needs_reschedule
            )
            for b in bookings
        ],
        day_start=dt.datetime.combine(day, OPENS, tzinfo=LAGOS).astimezone(dt.UTC),
        day_end=dt.datetime.combine(day, CLOSES, tzinfo=LAGOS).astimezone(dt.UTC),
        duration=dt.timedelta(minutes=duration_minutes),
        limit=limit,
    )
    return [slot.astimezone(LAGOS) for slot in slots]


def book_appointment(session: Session, writer: LocalWriter, *, data: dict[str, Any]) -> Appointment:
    """Validate a booking, refuse a clash, and save it; the caller commits."""
    request = parse(rules.AppointmentRequest, data)
    rules.check_not_in_past(request.starts_at)
    patient = live_patient(session, request.patient_id)
    if request.clinician_id is not None:
        clinician = session.get(Clinician, request.clinician_id)
        hours = clinician.working_hours if clinician is not None else None
        rules.check_within_hours(hours, request.starts_at, request.ends_at)
        check_free(
            session, request.clinician_id, rules.Booking(None, request.starts_at, request.ends_at)
        )
    return writer.insert(
        Appointment,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        clinician_id=request.clinician_id,
        department_id=request.department_id,
        starts_at=request.starts_at,
        ends_at=request.ends_at,
        kind=request.kind,
        reason=request.reason,
        notes=request.notes,
    )


def cancel_appointment(
    session: Session, writer: LocalWriter, *, appointment_id: uuid.UUID, reason: str
) -> Appointment:
    """Cancel with a reason, which frees the clinician's time."""
    if not (reason or "").strip():
        raise FieldValidationError("cancelled_reason", "say why the appointment is cancelled")
    row = live_appointment(session, appointment_id)
    rules.check_transition(row.status, AppointmentStatus.CANCELLED)
    return writer.update(row, status=AppointmentStatus.CANCELLED, cancelled_reason=reason.strip())


def live_patient(session: Session, patient_id: uuid.UUID) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient does not exist on this PC.", field="patient_id")
    return patient


def live_appointment(session: Session, appointment_id: uuid.UUID) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("That appointment no longer exists.")
    return row
