"""Reading what the desk types: day-first dates, shorthand amounts, every problem in plain words."""

from __future__ import annotations

import datetime as dt

import pytest

from shared.domain.inputs import form_problems, parse_date_ng, parse_optional_date_ng, sentence
from shared.domain.money import Money
from shared.domain.patients import PatientRegistration
from shared.errors import FieldValidationError


@pytest.mark.parametrize(
    "typed",
    [
        "12/05/1990",
        "12-05-1990",
        "12.05.1990",
        "12/5/1990",
        "12 May 1990",
        "12 may, 1990",
        "12th May 1990",
        "12 of May 1990",
        "May 12, 1990",
        "1990-05-12",
    ],
)
def test_dates_are_read_day_first(typed: str) -> None:
    assert parse_date_ng(typed) == dt.date(1990, 5, 12)


def test_a_day_below_13_is_still_the_day_never_the_month() -> None:
    assert parse_date_ng("05/12/1990") == dt.date(1990, 12, 5)
    assert parse_date_ng("1/2/2000") == dt.date(2000, 2, 1)
    assert parse_date_ng("3 Sept 2001") == dt.date(2001, 9, 3)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("05/13/1990", "has no month 13: write the day first, then the month"),
        ("31/02/1990", "February has no day 31"),
        ("12/05/90", "needs the year in full, like 12/05/1990"),
        ("12 Mai 1990", "'mai' is not a month"),
        ("yesterday", "must be a date like 12/05/1990 (day/month/year)"),
        ("", "is required"),
    ],
)
def test_an_unreadable_date_says_why_in_words(typed: str, message: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        parse_date_ng(typed, field="date_of_birth")
    assert (info.value.field, info.value.message) == ("date_of_birth", message)


def test_an_empty_optional_date_is_no_date() -> None:
    assert parse_optional_date_ng("  ") is None
    assert parse_optional_date_ng(None) is None


@pytest.mark.parametrize(
    ("typed", "kobo"),
    [
        ("5k", 500_000),
        ("5K", 500_000),
        ("2.5k", 250_000),
        ("N5k", 500_000),
        ("1.2m", 120_000_000),
        ("5,000", 500_000),
        ("₦5,000.50", 500_050),
        ("NGN 1,250", 125_000),
    ],
)
def test_amounts_read_the_desks_shorthand_exactly(typed: str, kobo: int) -> None:
    assert Money.parse(typed).minor == kobo


@pytest.mark.parametrize("bad", ["k", "5kg", "5kk", "₦", "-5k", "0.000001k"])
def test_shorthand_that_is_not_money_is_refused(bad: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        Money.parse(bad, field="amount")
    assert info.value.field == "amount"


def test_an_empty_amount_is_required() -> None:
    with pytest.raises(FieldValidationError) as info:
        Money.parse(" ", field="amount")
    assert info.value.message == "is required"


def test_every_problem_of_a_form_comes_back_in_plain_words() -> None:
    problems = form_problems(
        PatientRegistration,
        {
            "first_name": "",
            "last_name": "Obi",
            "sex": None,
            "phone": "0803 12",
            "nin": "12",
            "state": "Lagos",
            "lga": "Dala",
            "payer_type": "hmo",
            "address": "x" * 301,
        },
    )
    assert problems == {
        "first_name": "is required",
        "sex": "must be chosen from the list",
        "phone": "'0803 12' is not a valid phone number (e.g. 0803 123 4567)",
        "address": "is longer than 300 characters",
        "lga": "'Dala' is not a local government area of Lagos",
        "nin": "NIN must be exactly 11 digits",
        "payer_name": "name the HMO or scheme that pays",
    }
    assert (
        form_problems(
            PatientRegistration, {"first_name": "Ada", "last_name": "Obi", "sex": "female"}
        )
        == {}
    )


@pytest.mark.parametrize(
    ("label", "message", "expected"),
    [
        ("Date of birth", "must not be in the future", "Date of birth must not be in the future."),
        ("NIN", "NIN must be exactly 11 digits", "NIN must be exactly 11 digits."),
        ("State", "'Lagoss' is not a Nigerian state", "State: 'Lagoss' is not a Nigerian state."),
        ("LGA", "give the state before the LGA", "LGA: give the state before the LGA."),
        ("Amount", "is required.", "Amount is required."),
    ],
)
def test_a_problem_reads_as_one_sentence_after_the_label(
    label: str, message: str, expected: str
) -> None:
    assert sentence(label, message) == expected
