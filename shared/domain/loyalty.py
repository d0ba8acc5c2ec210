"""Loyalty rules: balance from the ledger, tiers from thresholds, earning, redeeming, expiry.

The balance is always the sum of ledger rows, never a stored counter, so two
desks earning points offline cannot overwrite each other. Points earned expire
after the program's ``expiry_months``; redemptions and earlier expiries use up
the oldest points first (FIFO), which is what decides how many are left to expire.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Protocol

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from shared.domain.enums import LedgerKind
from shared.domain.money import check_minor
from shared.errors import ConflictError, FieldValidationError


class Tier(StrEnum):
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


@dataclass(frozen=True, slots=True)
class ProgramRules:
    """A program's settings; defaults follow GrandPro's (10 a visit, 20 a feedback)."""

    points_per_visit: int = 10
    points_per_spend_unit: int = 1
    spend_unit_minor: int = 100_000
    points_per_feedback: int = 20
    points_per_referral: int = 50
    silver_threshold: int = 2000
    gold_threshold: int = 5000
    platinum_threshold: int = 10000
    expiry_months: int = 12

    @classmethod
    def of(cls, program: Any) -> ProgramRules:
        """Rules from a ``loyalty_programs`` row (or anything with its columns)."""
        return cls(**{name: getattr(program, name) for name in cls.__dataclass_fields__})


class LedgerLine(Protocol):
    @property
    def kind(self) -> LedgerKind: ...
    @property
    def points(self) -> int: ...
    @property
    def occurred_at(self) -> dt.datetime: ...
    @property
    def expires_at(self) -> dt.datetime | None: ...


def balance(entries: Iterable[LedgerLine]) -> int:
    return sum(e.points for e in entries)


def lifetime_earned(entries: Iterable[LedgerLine]) -> int:
    """Points ever earned: tiers reward loyalty shown, so spending points never demotes."""
    return sum(e.points for e in entries if e.kind is LedgerKind.EARN)


def tier_for(points: int, rules: ProgramRules) -> Tier:
    if points >= rules.platinum_threshold:
        return Tier.PLATINUM
    if points >= rules.gold_threshold:
        return Tier.GOLD
    if points >= rules.silver_threshold:
        return Tier.SILVER
    return Tier.BRONZE


def points_for_spend(amount_minor: int, rules: ProgramRules) -> int:
    """Whole spend units only: ₦999 of a ₦1,000 unit earns nothing."""
    check_minor(amount_minor, field="amount_minor")
    return (amount_minor // rules.spend_unit_minor) * rules.points_per_spend_unit


def expires_at(occurred_at: dt.datetime, rules: ProgramRules) -> dt.datetime | None:
    """When points earned at ``occurred_at`` lapse; None if the program never expires them."""
    if rules.expiry_months == 0:
        return None
    return add_months(occurred_at, rules.expiry_months)


def add_months(when: dt.datetime, months: int) -> dt.datetime:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = when.month - 1 + months
    year, month = when.year + index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return when.replace(year=year, month=month, day=min(when.day, last_day))


def check_redemption(current_balance: int, cost: int) -> int:
    """The balance after redeeming; refused (409) if it would go below zero."""
    if cost <= 0:
        raise FieldValidationError("points", "must be a positive whole number")
    if current_balance - cost < 0:
        raise ConflictError(
            f"needs {cost} points but only {current_balance} are available",
            field="reward_id",
            code="insufficient_points",
        )
    return current_balance - cost


def points_to_expire(entries: Sequence[LedgerLine], now: dt.datetime) -> int:
    """Points from earn rows past their expiry that redemptions have not used up (FIFO)."""
    earns = sorted((e for e in entries if e.kind is LedgerKind.EARN), key=lambda e: e.occurred_at)
    used = -sum(e.points for e in entries if e.kind is not LedgerKind.EARN and e.points < 0)
    used -= sum(e.points for e in entries if e.kind is LedgerKind.ADJUST and e.points > 0)
    lapsed = 0
    for entry in earns:
        taken = min(max(used, 0), entry.points)
        used -= taken
        if entry.expires_at is not None and entry.expires_at <= now:
            lapsed += entry.points - taken
    return max(lapsed, 0)


#: Largest single award: well above any real bill, far below the column's limit.
MAX_AWARD_POINTS = 1_000_000
#: Largest amount spent in one award (₦100 billion in kobo).
MAX_SPEND_MINOR = 10**13


def _whole_points(raw: Any) -> Any:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValueError("must be a whole number of points")
    return raw


def _money(raw: Any) -> Any:
    if raw is None:
        return None
    if check_minor(raw, field="amount_minor") > MAX_SPEND_MINOR:
        raise ValueError("is larger than any single bill")
    return raw


class AwardInput(BaseModel):
    """Points given by staff or an integration: a fixed number or earned on spend."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    points: Annotated[int | None, BeforeValidator(_whole_points)] = None
    amount_minor: Annotated[int | None, BeforeValidator(_money)] = None
    reason: Annotated[str, Field(min_length=1, max_length=200)]
    reference_type: Annotated[str | None, Field(max_length=40)] = None
    reference_id: uuid.UUID | None = None


class RedeemInput(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reward_id: uuid.UUID


def points_of_award(award: AwardInput, rules: ProgramRules) -> int:
    """The award's points: given outright, or computed from the amount spent."""
    if award.points is not None:
        if not 0 < award.points <= MAX_AWARD_POINTS:
            raise FieldValidationError("points", f"must be between 1 and {MAX_AWARD_POINTS:,}")
        return award.points
    if award.amount_minor is None:
        raise FieldValidationError("points", "give points or an amount spent")
    earned = points_for_spend(award.amount_minor, rules)
    if earned <= 0:
        raise FieldValidationError("amount_minor", "is below one spend unit and earns nothing")
    return earned
