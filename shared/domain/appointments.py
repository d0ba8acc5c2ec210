"""Appointment rules: what may be booked, how a booking's status may move, clashes, free slots.

A clinician cannot be in two rooms at once, so a booking that overlaps one of
theirs (cancelled and no-show bookings aside) is refused with the clash named.
:func:`find_clash` is the one clash rule: the desk and the REST API refuse
the booking with it, and a push that arrives with a clash no desk could see
offline keeps the booking but marks it to be moved, with the same sentence.
Statuses only move forward; a completed visit cannot be "un-completed".
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from shared.clock import LAGOS, as_utc, format_datetime, to_lagos, utcnow
from shared.domain.enums import AppointmentKind, AppointmentStatus
from shared.errors import ConflictError, FieldValidationError

S = AppointmentStatus
#: Where each status may go next. Terminal statuses map to nothing.
TRANSITIONS: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    S.SCHEDULED: frozenset({S.CONFIRMED, S.CHECKED_IN, S.CANCELLED, S.NO_SHOW}),
    S.CONFIRMED: frozenset({S.CHECKED_IN, S.CANCELLED, S.NO_SHOW}),
    S.CHECKED_IN: frozenset({S.COMPLETED, S.CANCELLED}),
    S.COMPLETED: frozenset(),
    S.CANCELLED: frozenset(),
    S.NO_SHOW: frozenset(),
}
#: Bookings in these statuses no longer hold the clinician's time.
FREE_STATUSES = frozenset({S.CANCELLED, S.NO_SHOW})
ALREADY_COMPLETED = "this visit was already completed"
MIN_MINUTES = 5
MAX_MINUTES = 8 * 60
#: How far back a booking may be entered (a walk-in recorded a little late).
PAST_GRACE = dt.timedelta(hours=12)
#: Bookings further ahead than this are typing slips (2062 for 2026).
MAX_AHEAD = dt.timedelta(days=2 * 366)
#: Default reminder offsets: the day before and two hours before.
DEFAULT_REMINDER_OFFSETS = (24 * 60, 2 * 60)


def _aware(value: dt.datetime, field: str) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"{field} needs a time zone (e.g. +01:00 for Lagos)")
    if not dt.MINYEAR + 1 < value.year < dt.MAXYEAR - 1:
        raise ValueError(f"{field} is not a plausible date")
    utc = as_utc(value)
    if utc > utcnow() + MAX_AHEAD:
        raise ValueError(f"{field} is more than two years ahead")
    return utc


class AppointmentRequest(BaseModel):
    """A booking as the desk or an integration sends it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    patient_id: uuid.UUID
    clinician_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = Field(default=None, validate_default=True)
    starts_at: dt.datetime
    duration_minutes: Annotated[int, Field(strict=True, ge=MIN_MINUTES, le=MAX_MINUTES)] = 15
    kind: AppointmentKind = AppointmentKind.CONSULTATION
    reason: Annotated[str | None, Field(max_length=300)] = None
    notes: Annotated[str | None, Field(max_length=4000)] = None

    @field_validator("department_id")
    @classmethod
    def _has_provider(cls, value: uuid.UUID | None, info: ValidationInfo) -> uuid.UUID | None:
        if value is None and info.data.get("clinician_id") is None:
            raise ValueError("give a clinician or a department")
        return value

    @field_validator("starts_at")
    @classmethod
    def _starts_aware(cls, value: dt.datetime) -> dt.datetime:
        return _aware(value, "starts_at")

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


def check_not_in_past(starts_at: dt.datetime, *, now: dt.datetime | None = None) -> None:
    if as_utc(starts_at) < (now or utcnow()) - PAST_GRACE:
        raise FieldValidationError("starts_at", "is in the past")


def check_transition(current: AppointmentStatus, new: AppointmentStatus) -> None:
    """Refuse moves the front desk could not make on paper either."""
    if new == current:
        return
    if new not in TRANSITIONS[current]:
        raise ConflictError(
            f"an appointment that is {current.value} cannot become {new.value}", field="status"
        )


def check_status_move(current: AppointmentStatus, new: AppointmentStatus) -> None:
    """The state machine, plus one more refusal: a visit is completed once, wherever.

    The row validator runs this on every edit of a status, at the desk and
    on push, where ``current`` is what the server holds: a second desk's
    completion of the same visit, made offline, is refused here.
    """
    if current is S.COMPLETED and new is S.COMPLETED:
        raise ConflictError(ALREADY_COMPLETED, field="status", code="already_completed")
    check_transition(current, new)


@dataclass(frozen=True, slots=True)
class Booking:
    """The parts of an appointment the clash and slot rules need.

    ``holds_slot`` is false for a booking marked to be moved (the server found
    it clashing, or the patient said on the phone they will move it): like the
    server's clash check, every desk then treats its time as free.
    """

    id: uuid.UUID | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: AppointmentStatus = S.SCHEDULED
    holds_slot: bool = True

    def holds_time(self) -> bool:
        """Whether another booking overlapping this one would clash with it."""
        return self.holds_slot and self.status not in FREE_STATUSES


def overlaps(a: Booking, b: Booking) -> bool:
    """Half-open intervals: a booking ending at 10:00 does not clash with one at 10:00."""
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def find_clash(existing: Iterable[Booking], new: Booking) -> Booking | None:
    """The first booking in ``existing`` that holds time ``new`` overlaps, if any.

    A cancelled or no-show ``new`` holds no time, so it clashes with nothing;
    ``new`` itself (same id) is skipped, so an edited booking can be checked
    against a list that still holds it.
    """
    if new.status in FREE_STATUSES:
        return None
    for other in existing:
        if other.id == new.id and new.id is not None:
            continue
        if other.holds_time() and overlaps(other, new):
            return other
    return None


def clash_message(clash: Booking) -> str:
    """What staff read about a clash, in Lagos time, wherever it was found."""
    return (
        "the clinician already has an appointment from "
        f"{format_datetime(clash.starts_at)} to {to_lagos(clash.ends_at):%H:%M}"
    )


def check_no_clash(existing: Iterable[Booking], new: Booking) -> None:
    clash = find_clash(existing, new)
    if clash is not None:
        raise ConflictError(clash_message(clash), field="starts_at")


def free_slots(
    existing: Iterable[Booking],
    *,
    day_start: dt.datetime,
    day_end: dt.datetime,
    duration: dt.timedelta,
    step: dt.timedelta = dt.timedelta(minutes=15),
    limit: int = 10,
) -> list[dt.datetime]:
    """Start times within the day where a booking of ``duration`` clashes with nothing."""
    if duration <= dt.timedelta(0) or step <= dt.timedelta(0):
        raise FieldValidationError("duration_minutes", "must be positive")
    busy = [b for b in existing if b.holds_time()]
    slots: list[dt.datetime] = []
    start = day_start
    while start + duration <= day_end and len(slots) < limit:
        if find_clash(busy, Booking(None, start, start + duration)) is None:
            slots.append(start)
        start += step
    return slots


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A clinician's hours as stored: ``{"mon": {"start": "08:00", "end": "16:00"}, ...}``.
Hours = Mapping[str, Mapping[str, str]]


def _day_entry(hours: Hours, day: dt.date) -> tuple[dt.time, dt.time] | None:
    entry = hours.get(WEEKDAYS[day.weekday()])
    if not isinstance(entry, Mapping):
        return None
    try:
        return dt.time.fromisoformat(entry["start"]), dt.time.fromisoformat(entry["end"])
    except (KeyError, TypeError, ValueError):
        return None  # a malformed day reads as a day off, never as open all day


def working_window(hours: Hours | None, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """The UTC start and end of a clinician's working ``day`` (a Lagos date); None: day off.

    A clinician without hours set answers None too; :func:`booking_window`
    then falls back to the hospital's opening hours.
    """
    entry = _day_entry(hours, day) if hours else None
    if entry is None:
        return None
    start = dt.datetime.combine(day, entry[0], LAGOS).astimezone(dt.UTC)
    return start, dt.datetime.combine(day, entry[1], LAGOS).astimezone(dt.UTC)


def booking_window(
    hours: Hours | None, day: dt.date, *, opens: dt.time, closes: dt.time
) -> tuple[dt.datetime, dt.datetime] | None:
    """When ``day`` may be booked: the clinician's hours, else the opening hours; None: day off."""
    if hours:
        return working_window(hours, day)
    start = dt.datetime.combine(day, opens, LAGOS).astimezone(dt.UTC)
    return start, dt.datetime.combine(day, closes, LAGOS).astimezone(dt.UTC)


def clinician_slots(
    existing: Iterable[Booking],
    *,
    hours: Hours | None,
    slot_minutes: int,
    day: dt.date,
    opens: dt.time,
    closes: dt.time,
    duration: dt.timedelta | None = None,
    limit: int = 10,
) -> list[dt.datetime]:
    """Free start times on a clinician's ``day``: within their hours, one slot length apart.

    A booking is one slot long unless ``duration`` says otherwise; a day off
    has no slots at all.
    """
    window = booking_window(hours, day, opens=opens, closes=closes)
    if window is None:
        return []
    step = dt.timedelta(minutes=slot_minutes)
    return free_slots(
        existing,
        day_start=window[0],
        day_end=window[1],
        duration=duration or step,
        step=step,
        limit=limit,
    )


def check_within_hours(hours: Hours | None, starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    """Refuse a booking outside the clinician's working hours (any time goes if none are set)."""
    if not hours:
        return
    day = to_lagos(starts_at).date()
    window = working_window(hours, day)
    name = _DAY_NAMES[day.weekday()]
    if window is None:
        raise FieldValidationError("starts_at", f"the clinician does not work on {name}s")
    if as_utc(starts_at) < window[0] or as_utc(ends_at) > window[1]:
        raise FieldValidationError(
            "starts_at",
            f"the clinician works {to_lagos(window[0]):%H:%M} to {to_lagos(window[1]):%H:%M}"
            f" on {name}s",
        )


def reminder_due_times(
    starts_at: dt.datetime,
    *,
    offsets_minutes: Iterable[int] = DEFAULT_REMINDER_OFFSETS,
    now: dt.datetime | None = None,
) -> dict[int, dt.datetime]:
    """Reminder offset -> due time, dropping reminders whose time has already passed."""
    now = now or utcnow()
    due = {m: as_utc(starts_at) - dt.timedelta(minutes=m) for m in offsets_minutes}
    return {m: at for m, at in due.items() if at > now}


def booking_of(row: Any) -> Booking:
    """A Booking from any object with the appointment's columns (ORM row or DTO)."""
    return Booking(
        row.id, as_utc(row.starts_at), as_utc(row.ends_at), row.status, not row.needs_reschedule
    )
