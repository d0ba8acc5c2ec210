"""Loyalty: balance, tiers, earning on spend, redemption floor and FIFO expiry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from shared.domain.enums import LedgerKind
from shared.domain.loyalty import (
    AwardInput,
    ProgramRules,
    Tier,
    add_months,
    balance,
    check_redemption,
    expires_at,
    lifetime_earned,
    points_for_spend,
    points_of_award,
    points_to_expire,
    tier_for,
)
from shared.domain.patients import parse
from shared.errors import ConflictError, FieldValidationError

RULES = ProgramRules()
JAN = dt.datetime(2025, 1, 31, tzinfo=dt.UTC)


@dataclass
class Line:
    kind: LedgerKind
    points: int
    occurred_at: dt.datetime
    expires_at: dt.datetime | None = None


def test_balance_and_tier_from_the_ledger() -> None:
    lines = [Line(LedgerKind.EARN, 2500, JAN), Line(LedgerKind.REDEEM, -1000, JAN)]
    assert balance(lines) == 1500
    assert tier_for(lifetime_earned(lines), RULES) is Tier.SILVER
    assert [tier_for(p, RULES) for p in (0, 1999, 5000, 10000)] == [
        Tier.BRONZE,
        Tier.BRONZE,
        Tier.GOLD,
        Tier.PLATINUM,
    ]


def test_spend_earns_whole_units_only() -> None:
    assert points_for_spend(250_000, RULES) == 2
    assert points_for_spend(99_999, RULES) == 0


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"reason": "visit", "amount_minor": -100}, "amount_minor"),
        ({"reason": "visit", "amount_minor": 100.5}, "amount_minor"),
        ({"reason": "visit", "amount_minor": 10**14}, "amount_minor"),
        ({"reason": "visit", "points": 2.5}, "points"),
        ({"reason": "visit", "points": True}, "points"),
        ({"points": 5}, "reason"),
    ],
)
def test_bad_awards_name_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        parse(AwardInput, data)
    assert info.value.field == field


def test_award_points_from_points_or_spend() -> None:
    assert points_of_award(parse(AwardInput, {"reason": "x", "points": 7}), RULES) == 7
    assert points_of_award(parse(AwardInput, {"reason": "x", "amount_minor": 500_000}), RULES) == 5
    for data, field in [
        ({"reason": "x", "points": 0}, "points"),
        ({"reason": "x", "points": 10**7}, "points"),
        ({"reason": "x"}, "points"),
        ({"reason": "x", "amount_minor": 50}, "amount_minor"),
    ]:
        with pytest.raises(FieldValidationError) as info:
            points_of_award(parse(AwardInput, data), RULES)
        assert info.value.field == field


def test_redemption_never_goes_below_zero() -> None:
    assert check_redemption(100, 100) == 0
    with pytest.raises(ConflictError) as info:
        check_redemption(99, 100)
    assert info.value.code == "insufficient_points"


def test_expiry_is_month_based_and_fifo() -> None:
    assert add_months(JAN, 1) == dt.datetime(2025, 2, 28, tzinfo=dt.UTC)
    assert expires_at(JAN, ProgramRules(expiry_months=0)) is None
    old = Line(LedgerKind.EARN, 100, JAN, expires_at(JAN, RULES))
    new_at = JAN + dt.timedelta(days=300)
    new = Line(LedgerKind.EARN, 50, new_at, expires_at(new_at, RULES))
    spent = Line(LedgerKind.REDEEM, -60, new_at)
    later = JAN + dt.timedelta(days=400)
    assert points_to_expire([old, new, spent], later) == 40
    assert points_to_expire([old, new, spent], JAN) == 0
    assert points_to_expire([old, new, spent, Line(LedgerKind.EXPIRE, -40, later)], later) == 0
