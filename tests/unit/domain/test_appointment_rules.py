"""Appointment rules: input, status moves, clinician clashes, free slots, reminders."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from shared.domain.appointments import (
    AppointmentRequest,
    Booking,
    check_no_clash,
    check_not_in_past,
    check_transition,
    free_slots,
    reminder_due_times,
)
from shared.domain.enums import AppointmentStatus as S
from shared.domain.patients import parse
from shared.errors import ConflictError, FieldValidationError

UTC = dt.UTC
NINE = dt.datetime(2027, 6, 7, 9, 0, tzinfo=UTC)


def request(**changes: Any) -> dict[str, Any]:
    base = {
        "patient_id": str(uuid.uuid4()),
        "clinician_id": str(uuid.uuid4()),
        "starts_at": "2027-06-07T10:00:00+01:00",
    }
    return base | changes


def test_request_stores_utc_and_computes_the_end() -> None:
    booking = parse(AppointmentRequest, request(duration_minutes=30))
    assert booking.starts_at == NINE
    assert booking.ends_at == NINE + dt.timedelta(minutes=30)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"starts_at": "2030-01-07T10:00:00"}, "starts_at"),
        ({"starts_at": "tomorrow"}, "starts_at"),
        ({"starts_at": "2999-01-07T10:00:00+01:00"}, "starts_at"),
        ({"starts_at": "9999-12-31T23:59:00+01:00"}, "starts_at"),
        ({"clinician_id": None}, "department_id"),
        ({"duration_minutes": 2}, "duration_minutes"),
        ({"duration_minutes": 15.5}, "duration_minutes"),
        ({"kind": "surgery"}, "kind"),
        ({"patient_id": "123"}, "patient_id"),
    ],
)
def test_bad_requests_name_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        parse(AppointmentRequest, request(**changes))
    assert info.value.field == field


def test_past_bookings_are_refused_beyond_the_grace() -> None:
    now = NINE
    check_not_in_past(now - dt.timedelta(hours=1), now=now)
    with pytest.raises(FieldValidationError, match="past"):
        check_not_in_past(now - dt.timedelta(days=1), now=now)


def test_status_moves_forward_only() -> None:
    check_transition(S.SCHEDULED, S.CHECKED_IN)
    check_transition(S.CHECKED_IN, S.COMPLETED)
    for current, new in [(S.COMPLETED, S.SCHEDULED), (S.CANCELLED, S.CONFIRMED)]:
        with pytest.raises(ConflictError):
            check_transition(current, new)


def booking(start_hour: int, minutes: int = 30, status: S = S.SCHEDULED) -> Booking:
    start = NINE.replace(hour=start_hour)
    return Booking(uuid.uuid4(), start, start + dt.timedelta(minutes=minutes), status)


def test_clinician_cannot_be_double_booked() -> None:
    existing = [booking(10), booking(11, status=S.CANCELLED)]
    check_no_clash(existing, booking(11))
    check_no_clash(existing, Booking(None, NINE.replace(hour=10, minute=30), NINE.replace(hour=11)))
    with pytest.raises(ConflictError) as info:
        check_no_clash(
            existing, Booking(None, NINE.replace(minute=45), NINE.replace(hour=10, minute=15))
        )
    assert info.value.field == "starts_at"


def test_free_slots_skip_busy_times() -> None:
    slots = free_slots(
        [booking(9, 60)],
        day_start=NINE,
        day_end=NINE.replace(hour=11),
        duration=dt.timedelta(minutes=30),
    )
    assert slots[0] == NINE.replace(hour=10)
    assert NINE.replace(hour=9, minute=30) not in slots
    assert slots[-1] == NINE.replace(hour=10, minute=30)


def test_reminders_in_the_past_are_dropped() -> None:
    starts = NINE + dt.timedelta(hours=3)
    due = reminder_due_times(starts, now=NINE)
    assert due == {120: starts - dt.timedelta(hours=2)}
