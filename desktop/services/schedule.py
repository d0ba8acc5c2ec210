"""The Appointments screen's read side: a day or a week, by clinician or by department.

Booking and cancelling are in :mod:`desktop.services.appointments`; this adds
what the screen shows and rescheduling under the same clash rule. A
department's schedule is its own queue plus the bookings of the clinicians
who work in it, because that is what the department's desk has to run.

A booking marked to be moved (the server found it clashing, or the patient
said on the phone they will reschedule) stays on the schedule, flagged, and
on the call list until it is moved or cancelled, but it no longer holds its
time: the free counts, the suggested slots and the clash check on booking
all treat that time as free, as the server's clash check does. The patient
has said they will not come then, so the desk may give the time to the next
caller; holding it instead would leave a slot empty for a visit nobody
expects, and would have the desks refuse bookings the server accepts from
another desk or the CRM.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.services.appointments import check_free, day_bounds, live_appointment, open_slots
from desktop.services.reminders import reminder_statuses
from desktop.store.writes import LocalWriter
from shared.clock import lagos_today, to_lagos
from shared.db.models import Appointment, Clinician, Department, Patient
from shared.domain import appointments as rules
from shared.domain.enums import AppointmentStatus, ReminderStatus
from shared.errors import ConflictError

MOVABLE = (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED)
WEEK = 7


class Grouping(StrEnum):
    """Whose schedule the screen lays out: one clinician's, or a department's."""

    CLINICIAN = "clinician"
    DEPARTMENT = "department"


@dataclass(frozen=True, slots=True)
class ProviderChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class Slotted:
    id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    patient_name: str
    status: AppointmentStatus
    provider: str = ""
    reminder: ReminderStatus | None = None
    #: The server found a clash, or the patient asked on the phone: it must be moved.
    needs_reschedule: bool = False
    #: Booked with a department, no named clinician: it holds the department's queue.
    queue: bool = False


@dataclass(frozen=True, slots=True)
class WeekRow:
    """One clinician's or department's bookings, one tuple per day of the week."""

    provider: ProviderChoice
    days: tuple[tuple[Slotted, ...], ...]
    #: Free start times each day for a booking of the screen's length (``None``: day is past).
    free: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class Week:
    days: tuple[dt.date, ...]
    rows: tuple[WeekRow, ...]


def week_start(day: dt.date) -> dt.date:
    """The Monday of the day's week."""
    return day - dt.timedelta(days=day.weekday())


def clinicians(session: Session) -> list[ProviderChoice]:
    query = (
        sa.select(Clinician.id, Clinician.full_name)
        .where(Clinician.active.is_(True), Clinician.deleted_at.is_(None))
        .order_by(Clinician.full_name)
    )
    return [ProviderChoice(row.id, row.full_name) for row in session.execute(query)]


def departments(session: Session) -> list[ProviderChoice]:
    query = (
        sa.select(Department.id, Department.name)
        .where(Department.deleted_at.is_(None))
        .order_by(Department.name)
    )
    return [ProviderChoice(row.id, row.name) for row in session.execute(query)]


def providers(session: Session, by: Grouping) -> list[ProviderChoice]:
    return clinicians(session) if by is Grouping.CLINICIAN else departments(session)


def provider_day(
    session: Session, by: Grouping, provider_id: uuid.UUID, day: dt.date
) -> list[Slotted]:
    """Every booking of the provider that day, cancelled ones included, by time."""
    start, end = day_bounds(day)
    return [slot for _key, slot in _bookings(session, by, start, end, provider_id)]


def provider_week(
    session: Session,
    by: Grouping,
    first_day: dt.date,
    *,
    duration_minutes: int = 15,
    today: dt.date | None = None,
) -> Week:
    """Seven days from ``first_day`` for every clinician or department, live bookings only.

    Each day also counts the free slots, so the desk can see where there is room.
    """
    days = tuple(first_day + dt.timedelta(days=n) for n in range(WEEK))
    start, _ = day_bounds(days[0])
    _, end = day_bounds(days[-1])
    cells: dict[tuple[uuid.UUID | None, dt.date], list[Slotted]] = {}
    for key, slot in _bookings(session, by, start, end):
        if slot.status is not AppointmentStatus.CANCELLED:
            day = to_lagos(slot.starts_at).date()
            cells.setdefault((key, day), []).append(slot)
    today = today or lagos_today()
    rows = []
    for choice in providers(session, by):
        booked = tuple(tuple(cells.get((choice.id, day), ())) for day in days)
        free = tuple(
            _free_count(by, held, day, duration_minutes) if day >= today else None
            for day, held in zip(days, booked, strict=True)
        )
        rows.append(WeekRow(choice, booked, free))
    return Week(days, tuple(rows))


def _free_count(by: Grouping, held: tuple[Slotted, ...], day: dt.date, minutes: int) -> int:
    """A clinician's own bookings hold their time; a department's queue holds the department's.

    Bookings marked to be moved hold nothing (see the module docstring).
    """
    clashing = held if by is Grouping.CLINICIAN else [b for b in held if b.queue]
    return len(open_slots(clashing, day, minutes, limit=24 * 60))


def _bookings(
    session: Session,
    by: Grouping,
    start: dt.datetime,
    end: dt.datetime,
    provider_id: uuid.UUID | None = None,
) -> list[tuple[uuid.UUID | None, Slotted]]:
    """(clinician or department id, booking) for each live row in the range, by time."""
    dept = aliased(Department)
    department_of = sa.func.coalesce(Appointment.department_id, Clinician.department_id)
    key = Appointment.clinician_id if by is Grouping.CLINICIAN else department_of
    query = (
        sa.select(
            Appointment.id,
            Appointment.starts_at,
            Appointment.ends_at,
            Appointment.status,
            Appointment.needs_reschedule,
            Appointment.clinician_id.is_(None).label("queue"),
            (Patient.first_name + " " + Patient.last_name).label("patient"),
            sa.func.coalesce(Clinician.full_name, dept.name, "").label("provider"),
            key.label("key"),
        )
        .join(Patient, Patient.id == Appointment.patient_id)
        .outerjoin(Clinician, Clinician.id == Appointment.clinician_id)
        .outerjoin(dept, dept.id == Appointment.department_id)
        .where(Appointment.starts_at >= start, Appointment.starts_at < end)
        .where(Appointment.deleted_at.is_(None))
    )
    if provider_id is not None:
        query = query.where(key == provider_id)
    reminders = reminder_statuses(session, query.with_only_columns(Appointment.id))
    return [
        (
            row.key,
            Slotted(
                row.id,
                row.starts_at,
                row.ends_at,
                row.patient,
                row.status,
                row.provider,
                reminders.get(row.id),
                row.needs_reschedule,
                bool(row.queue),
            ),
        )
        for row in session.execute(query.order_by(Appointment.starts_at))
    ]


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
