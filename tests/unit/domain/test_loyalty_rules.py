"""Loyalty: balance, tiers, held points, refunds, adjustments, redemption floor, FIFO expiry."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import pytest

from shared.domain.enums import LedgerKind
from shared.domain.loyalty import (
    AdjustmentInput,
    ProgramRules,
    Tier,
    add_months,
    balance,
    check_adjustment,
    check_hand_entry,
    check_redeemable,
    check_redemption,
    expires_at,
    lifetime_earned,
    next_expiry,
    next_tier,
    on_hold,
    points_for_spend,
    points_to_expire,
    spendable,
    tier_for,
)
from shared.domain.patients import parse
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError

RULES = ProgramRules()
JAN = dt.datetime(2025, 1, 31, tzinfo=dt.UTC)


@dataclass
class Line:
    kind: LedgerKind
    points: int
    occurred_at: dt.datetime
    expires_at: dt.datetime | None = None
    available_at: dt.datetime | None = None
    source_key: str | None = None
    reference_id: uuid.UUID | None = None
    id: uuid.UUID = field(default_factory=uuid.uuid4)


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
    assert points_for_spend(250_050, RULES) == 25  # ₦2,500.50: 25 whole units of ₦100
    assert points_for_spend(9_999, RULES) == 0


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"reason": "x", "points": 2.5}, "points"),
        ({"reason": "x", "points": True}, "points"),
        ({"points": 5}, "reason"),
    ],
)
def test_bad_adjustments_name_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldValidationError) as info:
        parse(AdjustmentInput, data)
    assert info.value.field == field


def test_an_adjustment_needs_a_manager_a_reason_and_the_bound() -> None:
    ok = {"may_manage": True, "points": 500, "reason": "x", "rules": RULES, "balance_now": 0}
    check_adjustment(**ok)  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError):
        check_adjustment(**(ok | {"may_manage": False}))  # type: ignore[arg-type]
    for change in ({"points": 501}, {"points": 0}, {"points": -1}, {"reason": ""}):
        with pytest.raises(FieldValidationError):
            check_adjustment(**(ok | change))  # type: ignore[arg-type]
    check_adjustment(**(ok | {"points": -20, "balance_now": 20}))  # type: ignore[arg-type]
    wider = ProgramRules(adjustment_limit=2000)
    check_adjustment(**(ok | {"points": 2000, "rules": wider}))  # type: ignore[arg-type]


def test_points_typed_in_are_refused_whatever_the_path() -> None:
    for kind in (LedgerKind.EARN, LedgerKind.EXPIRE):
        with pytest.raises(FieldValidationError):
            check_hand_entry(kind)
    check_hand_entry(LedgerKind.ADJUST)
    check_hand_entry(LedgerKind.REDEEM)


def test_held_points_are_in_the_balance_but_not_spendable() -> None:
    now = JAN + dt.timedelta(days=3)
    held = Line(LedgerKind.EARN, 40, JAN, available_at=JAN + dt.timedelta(days=14))
    visit = Line(LedgerKind.EARN, 10, JAN)
    assert (balance([held, visit]), on_hold([held, visit], now)) == (50, 40)
    assert spendable([held, visit], now) == 10
    assert spendable([held, visit], JAN + dt.timedelta(days=14, seconds=1)) == 50
    with pytest.raises(ConflictError):
        check_redeemable([held, visit], 20, now)
    assert check_redeemable([held, visit], 10, now) == 40


def test_a_refund_lowers_the_tier_and_frees_no_older_points() -> None:
    old = Line(LedgerKind.EARN, 100, JAN, expires_at(JAN, RULES))
    paid_at = JAN + dt.timedelta(days=200)
    paid = Line(LedgerKind.EARN, 2000, paid_at, expires_at(paid_at, RULES))
    refund = Line(
        LedgerKind.ADJUST, -2000, paid_at, source_key="payment:x:reversal", reference_id=paid.id
    )
    assert tier_for(lifetime_earned([old, paid]), RULES) is Tier.SILVER
    assert tier_for(lifetime_earned([old, paid, refund]), RULES) is Tier.BRONZE
    later = JAN + dt.timedelta(days=370)
    assert points_to_expire([old, paid, refund], later) == 100, "the refund used up nothing old"


def test_the_next_tier_and_the_next_expiry() -> None:
    assert next_tier(1990, RULES) == (Tier.SILVER, 10)
    assert next_tier(5000, RULES) == (Tier.PLATINUM, 5000)
    assert next_tier(10_000, RULES) is None
    first = Line(LedgerKind.EARN, 100, JAN, expires_at(JAN, RULES))
    second_at = JAN + dt.timedelta(days=40)
    second = Line(LedgerKind.EARN, 80, second_at, expires_at(second_at, RULES))
    spent = Line(LedgerKind.REDEEM, -130, second_at)
    soon = JAN + dt.timedelta(days=10)
    # FIFO: the 130 spent used all of the first 100 and 30 of the second
    assert next_expiry([first, second, spent], soon) == (50, expires_at(second_at, RULES))
    assert next_expiry([first, spent], soon) is None


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
