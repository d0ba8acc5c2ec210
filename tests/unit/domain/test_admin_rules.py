"""The administration forms and rules in ``shared.domain.admin``, and clinicians' hours."""

from __future__ import annotations

import datetime as dt

import pytest

from shared.clock import LAGOS
from shared.domain import appointments as rules
from shared.domain.admin.fields import parse_input
from shared.domain.admin.organisation import (
    ClinicianCreate,
    HospitalCreate,
    hours_text,
    parse_hours_text,
    stored_hours,
)
from shared.domain.admin.owners import check_shares_fit, mask_account_number
from shared.domain.admin.registry import manageable_by
from shared.domain.admin.users import check_account_scope, check_assignable_role
from shared.domain.enums import Role
from shared.errors import FieldValidationError, PermissionDeniedError

MONDAY = dt.date(2026, 12, 7)
HOURS = {"mon": {"start": "09:00", "end": "12:00"}}


def _lagos(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), LAGOS)


def test_a_refusal_names_the_field_by_its_label() -> None:
    with pytest.raises(FieldValidationError) as bad:
        parse_input(HospitalCreate, {"code": "x", "name": "Lekki", "state": "Lagos"})
    assert bad.value.field == "code" and bad.value.message.startswith("Code:")
    with pytest.raises(FieldValidationError) as missing:
        parse_input(HospitalCreate, {"code": "LKK", "state": "Lagos"})
    assert (missing.value.field, missing.value.message) == ("name", "Name: this field is required")


def test_working_hours_are_ordered_and_stored_as_text() -> None:
    with pytest.raises(FieldValidationError) as bad:
        parse_input(
            ClinicianCreate,
            {"full_name": "Ade Cole", "working_hours": {"mon": {"start": "12:00", "end": "09:00"}}},
        )
    assert bad.value.message.startswith("Working hours:")
    form = parse_input(ClinicianCreate, {"full_name": "Ade Cole", "working_hours": HOURS})
    assert stored_hours(form.working_hours) == HOURS
    assert form.slot_minutes == 30


def test_the_window_is_the_clinicians_day_in_lagos_time() -> None:
    start, end = rules.working_window(HOURS, MONDAY) or (None, None)
    assert start == _lagos(MONDAY, 9) and end == _lagos(MONDAY, 12)
    assert rules.working_window(HOURS, MONDAY + dt.timedelta(days=1)) is None
    assert rules.working_window({"mon": {"start": "late"}}, MONDAY) is None
    opens = rules.booking_window(None, MONDAY, opens=dt.time(8), closes=dt.time(17))
    assert opens == (_lagos(MONDAY, 8), _lagos(MONDAY, 17))


def test_free_slots_follow_hours_and_slot_length() -> None:
    taken = rules.Booking(None, _lagos(MONDAY, 10), _lagos(MONDAY, 10, 40))
    slots = rules.clinician_slots(
        [taken],
        hours=HOURS,
        slot_minutes=40,
        day=MONDAY,
        opens=dt.time(8),
        closes=dt.time(17),
    )
    # 9:00, 9:40, 10:20, 11:00 on the 40-minute grid; 9:40 and 10:20 meet the booking,
    # and 11:40 would run past noon.
    assert slots == [_lagos(MONDAY, 9), _lagos(MONDAY, 11)]
    tuesday = MONDAY + dt.timedelta(days=1)

    def on_tuesday(hours: rules.Hours | None) -> list[dt.datetime]:
        return rules.clinician_slots(
            [],
            hours=hours,
            slot_minutes=30,
            day=tuesday,
            opens=dt.time(8),
            closes=dt.time(17),
            limit=99,
        )

    assert on_tuesday(HOURS) == []  # a day off
    assert len(on_tuesday(None)) == 18  # no hours set: 08:00 to 17:00, every 30 minutes


def test_a_booking_outside_the_hours_is_refused() -> None:
    rules.check_within_hours(HOURS, _lagos(MONDAY, 11), _lagos(MONDAY, 12))
    rules.check_within_hours(None, _lagos(MONDAY, 20), _lagos(MONDAY, 21))
    with pytest.raises(FieldValidationError, match="works 09:00 to 12:00 on Mondays"):
        rules.check_within_hours(HOURS, _lagos(MONDAY, 11, 30), _lagos(MONDAY, 12, 30))
    with pytest.raises(FieldValidationError, match="does not work on Sundays"):
        sunday = MONDAY - dt.timedelta(days=1)
        rules.check_within_hours(HOURS, _lagos(sunday, 10), _lagos(sunday, 11))


def test_bank_numbers_are_masked_and_shares_fit_in_the_whole() -> None:
    assert mask_account_number("0123456789") == "******6789"
    assert mask_account_number(None) is None
    check_shares_fit({"A": 6000}, 4000)
    with pytest.raises(FieldValidationError, match="at most 40% is free"):
        check_shares_fit({"A": 6000}, 4001)


def test_a_manager_manages_their_clinic_and_desk_staff_only() -> None:
    pages = {r.name for r in manageable_by(Role.MANAGER)}
    assert pages == {"users", "departments", "clinicians", "rewards", "loyalty-program"}
    assert {r.name for r in manageable_by(Role.FRONT_DESK)} == set()
    assert "hospitals" in {r.name for r in manageable_by(Role.ADMIN)}
    check_assignable_role(Role.MANAGER, Role.CLINICIAN)
    with pytest.raises(PermissionDeniedError):
        check_assignable_role(Role.MANAGER, Role.MANAGER)
    with pytest.raises(FieldValidationError) as scope:
        check_account_scope(Role.FRONT_DESK, None, None)
    assert scope.value.field == "hospital_id"


def test_hours_are_typed_as_staff_write_them() -> None:
    typed = parse_hours_text("Mon-Wed 8:00-16:00; Saturday 09.00-13:00")
    assert list(typed) == ["mon", "tue", "wed", "sat"]
    assert typed["tue"] == {"start": "08:00", "end": "16:00"}
    assert parse_hours_text(hours_text(typed)) == typed
    for bad in ("Mon 9-5", "Xyz 09:00-10:00", "Fri-Mon 09:00-10:00"):
        with pytest.raises(FieldValidationError) as refused:
            parse_hours_text(bad)
        assert refused.value.field == "working_hours"


def test_a_pushed_clinician_is_held_to_the_same_hours_rules() -> None:
    import shared.db.models  # noqa: F401  (the tables the validator reads defaults from)
    from shared.sync.validators import MergedRow, validator_for

    check = validator_for("clinicians")
    assert check is not None
    check(MergedRow("clinicians", None, {"full_name": "Ade Cole", "working_hours": HOURS}))
    for bad, field in (
        ({"working_hours": {"mon": {"start": "12:00", "end": "09:00"}}}, "working_hours"),
        ({"working_hours": {"mon": {"start": "9:00", "end": "12:00"}}}, "working_hours"),
        ({"working_hours": "always"}, "working_hours"),
        ({"slot_minutes": 0}, "slot_minutes"),
    ):
        with pytest.raises(FieldValidationError) as refused:
            check(MergedRow("clinicians", None, {"full_name": "Ade Cole", **bad}))
        assert refused.value.field == field
