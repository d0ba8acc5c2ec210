"""Value rules: money, phones, places, e-mails, times. Each bad input names its field."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel, ValidationError, field_validator

from shared.clock import LAGOS, ClockDriftError, HybridLogicalClock, format_date, to_lagos
from shared.domain import places
from shared.domain.emails import normalize_email
from shared.domain.money import Money, check_minor
from shared.domain.phones import display_phone, normalize_phone
from shared.errors import FieldValidationError, from_pydantic


@pytest.mark.parametrize(
    "typed",
    ["0803 123 4567", "08031234567", "+2348031234567", "2348031234567", "+234 803 123 4567"],
)
def test_phones_nigerians_type_become_e164(typed: str) -> None:
    assert normalize_phone(typed) == "+2348031234567"


@pytest.mark.parametrize("bad", ["12345", "0803 123", "not a phone", "01 234 5678", ""])
def test_wrong_phones_name_the_field(bad: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        normalize_phone(bad, field="next_of_kin_phone")
    assert info.value.field == "next_of_kin_phone"
    assert info.value.message


def test_phone_display_is_national() -> None:
    assert display_phone("+2348031234567") == "0803 123 4567"


def test_states_and_lgas() -> None:
    assert len(places.states()) == 37
    assert sum(len(places.lgas(s)) for s in places.states()) == 774
    assert places.normalize_state("  lagos ") == "Lagos"
    assert places.normalize_state("Abuja") == "FCT"
    assert places.normalize_lga("Lagos", "ikeja") == "Ikeja"


@pytest.mark.parametrize("bad", ["Lagoss", "Accra", ""])
def test_wrong_state_names_the_field(bad: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        places.normalize_state(bad, field="state_of_origin")
    assert info.value.field == "state_of_origin"


def test_lga_must_belong_to_the_state() -> None:
    with pytest.raises(FieldValidationError) as info:
        places.normalize_lga("Kano", "Ikeja")
    assert info.value.field == "lga"
    assert "Kano" in info.value.message


def test_money_parses_typed_amounts_exactly() -> None:
    assert Money.parse("₦5,000.50").minor == 500050
    assert Money.parse("NGN 1,250").minor == 125000
    assert Money.parse("0.1").minor + Money.parse("0.2").minor == Money.parse("0.3").minor


@pytest.mark.parametrize("bad", ["-5", "12.345", "abc", "", "NaN"])
def test_negative_fractional_or_garbage_money_is_refused(bad: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        Money.parse(bad, field="amount")
    assert info.value.field == "amount"


@pytest.mark.parametrize("bad", [-1, 1.5, 2.0, True, "100"])
def test_minor_units_must_be_whole_non_negative_ints(bad: object) -> None:
    with pytest.raises(FieldValidationError) as info:
        check_minor(bad, field="amount_minor")
    assert info.value.field == "amount_minor"


def test_money_formats_nigerian_style() -> None:
    assert Money(125_000_000).format() == "₦1,250,000.00"
    assert Money(500_000).format_sms() == "NGN 5,000"
    assert Money(500_050, "GHS").format() == "GH₵5,000.50"
    with pytest.raises(ValueError, match="cannot mix"):
        Money(1, "NGN") + Money(1, "GHS")
    with pytest.raises(FieldValidationError) as info:
        Money(1, "XYZ")
    assert info.value.field == "currency"


def test_email_validation() -> None:
    assert normalize_email(" Ada@Example.NG ") == "Ada@example.ng"
    with pytest.raises(FieldValidationError) as info:
        normalize_email("ada@", field="email")
    assert info.value.field == "email"


def test_times_are_shown_in_lagos() -> None:
    utc = dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC)
    assert to_lagos(utc).tzinfo == LAGOS
    assert to_lagos(utc).hour == 0
    assert format_date(utc) == "24 Nov 2026"


def test_hlc_orders_events_across_skewed_clocks() -> None:
    fast = HybridLogicalClock("fast", wall_ms=lambda: 1_060_000)
    slow = HybridLogicalClock("slow", wall_ms=lambda: 1_000_000)
    a = fast.now()
    slow.observe(a)
    b = slow.now()
    assert b > a
    assert slow.now() > b


def test_hlc_refuses_a_clock_far_in_the_future() -> None:
    clock = HybridLogicalClock("n1", wall_ms=lambda: 1_000_000)
    far = HybridLogicalClock("n2", wall_ms=lambda: 1_000_000 + 24 * 3600 * 1000).now()
    with pytest.raises(ClockDriftError):
        clock.observe(far)


class _Form(BaseModel):
    phone: str

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return normalize_phone(value, field="phone")


def test_pydantic_errors_collapse_to_one_field_named_error() -> None:
    with pytest.raises(ValidationError) as info:
        _Form(phone="123")
    error = from_pydantic(info.value)
    assert error.field == "phone"
    assert "not a valid phone number" in error.message
