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

from shared.clock import as_utc
from shared.domain.enums import LedgerKind
from shared.domain.money import check_minor
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError

#: Largest single award: well above any real bill, far below the column's limit.
MAX_AWARD_POINTS = 1_000_000


def _whole_points(raw: Any) -> Any:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValueError("must be a whole number of points")
    return raw


class Tier(StrEnum):
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


@dataclass(frozen=True, slots=True)
class ProgramRules:
    """A program's settings. The defaults are GrandPro's, and the one copy of them.

    The table's column defaults and the manager's create form read them from
    :data:`DEFAULT_RULES`: 10 points a visit, 1 per ₦100 paid, 20 a feedback,
    Silver from 2,000 lifetime points.
    """

    points_per_visit: int = 10
    points_per_spend_unit: int = 1
    spend_unit_minor: int = 10_000
    points_per_feedback: int = 20
    points_per_referral: int = 50
    silver_threshold: int = 2000
    gold_threshold: int = 5000
    platinum_threshold: int = 10000
    expiry_months: int = 12
    hold_days: int = 14
    adjustment_limit: int = 500
    #: Days a patient keeps a tier after falling below it (one quarterly review cycle).
    tier_grace_days: int = 90
    #: Whether a household (one phone) may pool its points, with the guardian's consent.
    pooling_allowed: bool = False

    @classmethod
    def of(cls, program: Any) -> ProgramRules:
        """Rules from a ``loyalty_programs`` row (or anything with its columns)."""
        return cls(**{name: getattr(program, name) for name in cls.__dataclass_fields__})


DEFAULT_RULES = ProgramRules()

#: A Platinum start no patient reaches (the largest the program form takes): no Platinum.
NO_PLATINUM = MAX_AWARD_POINTS


@dataclass(frozen=True, slots=True)
class TierScale:
    """A ready-made set of tier starts a manager can fill the program form with, then save."""

    key: str
    silver_threshold: int
    gold_threshold: int
    platinum_threshold: int

    def fields(self) -> dict[str, int]:
        """The program's threshold fields, as the form and ``loyalty_programs`` name them."""
        return {
            "silver_threshold": self.silver_threshold,
            "gold_threshold": self.gold_threshold,
            "platinum_threshold": self.platinum_threshold,
        }

    def ranges(self) -> tuple[tuple[Tier, int, int | None], ...]:
        """Each tier the scale has, with its first and last lifetime points (None: no end)."""
        starts = [0, self.silver_threshold, self.gold_threshold, self.platinum_threshold]
        if self.platinum_threshold >= NO_PLATINUM:
            starts.pop()
        ends: list[int | None] = [start - 1 for start in starts[1:]]
        return tuple(zip(ORDER, starts, [*ends, None], strict=False))


#: The presets, the defaults first. The standard scale is seed 001's (DEFAULT_RULES);
#: the compact one is seed 000's, Bronze 0–99, Silver 100–499, Gold 500+: that seed
#: names Platinum but gives it no start, so its scale stops at Gold.
TIER_SCALES: tuple[TierScale, ...] = (
    TierScale(
        "standard",
        DEFAULT_RULES.silver_threshold,
        DEFAULT_RULES.gold_threshold,
        DEFAULT_RULES.platinum_threshold,
    ),
    TierScale("compact", 100, 500, NO_PLATINUM),
)


class LedgerLine(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def kind(self) -> LedgerKind: ...
    @property
    def points(self) -> int: ...
    @property
    def occurred_at(self) -> dt.datetime: ...
    @property
    def expires_at(self) -> dt.datetime | None: ...
    @property
    def available_at(self) -> dt.datetime | None: ...
    @property
    def source_key(self) -> str | None: ...
    @property
    def reference_id(self) -> uuid.UUID | None: ...


#: The end of a source key whose entry takes back a refunded payment's points.
REVERSAL_SUFFIX = ":reversal"


def is_reversal(entry: LedgerLine) -> bool:
    return entry.source_key is not None and entry.source_key.endswith(REVERSAL_SUFFIX)


def balance(entries: Iterable[LedgerLine]) -> int:
    return sum(e.points for e in entries)


def lifetime_earned(entries: Iterable[LedgerLine]) -> int:
    """Points earned less points a refund took back: spending points never demotes."""
    return sum(e.points for e in entries if e.kind is LedgerKind.EARN or is_reversal(e))


def _reversed(entries: Iterable[LedgerLine]) -> dict[uuid.UUID, int]:
    """Points taken back per earn entry, by the refunds that name it."""
    taken: dict[uuid.UUID, int] = {}
    for entry in entries:
        if is_reversal(entry) and entry.reference_id is not None:
            taken[entry.reference_id] = taken.get(entry.reference_id, 0) - entry.points
    return taken


def on_hold(entries: Sequence[LedgerLine], now: dt.datetime) -> int:
    """Points earned on payments still inside their hold (and not taken back by a refund)."""
    taken = _reversed(entries)
    return sum(
        max(e.points - taken.get(e.id, 0), 0)
        for e in entries
        if e.kind is LedgerKind.EARN and e.available_at is not None and as_utc(e.available_at) > now
    )


def spendable(entries: Sequence[LedgerLine], now: dt.datetime) -> int:
    """What the patient may redeem now: the balance less the points on hold."""
    return max(balance(entries) - on_hold(entries, now), 0)


def tier_for(points: int, rules: ProgramRules) -> Tier:
    if points >= rules.platinum_threshold:
        return Tier.PLATINUM
    if points >= rules.gold_threshold:
        return Tier.GOLD
    if points >= rules.silver_threshold:
        return Tier.SILVER
    return Tier.BRONZE


#: The tiers from lowest to highest.
ORDER = tuple(Tier)


def moved_up(from_tier: Tier, to_tier: Tier) -> bool:
    """Whether a move between tiers is a move up (the review records no move to the same tier)."""
    return ORDER.index(to_tier) > ORDER.index(from_tier)


def threshold(tier: Tier, rules: ProgramRules) -> int:
    """The lifetime points a tier starts at."""
    return {
        Tier.BRONZE: 0,
        Tier.SILVER: rules.silver_threshold,
        Tier.GOLD: rules.gold_threshold,
        Tier.PLATINUM: rules.platinum_threshold,
    }[tier]


@dataclass(frozen=True, slots=True)
class Standing:
    """The tier a patient holds, and until when a tier they fell below is still kept."""

    tier: Tier
    #: The tier the lifetime points alone give.
    earned: Tier
    #: When the kept tier gives way to ``earned`` (None: not in a grace period).
    kept_until: dt.datetime | None = None
    #: Since when the patient holds ``tier``, if the review has recorded the move yet.
    since: dt.datetime | None = None

    @property
    def changed(self) -> bool:
        return self.tier is not self.earned


def standing(
    entries: Sequence[LedgerLine],
    recorded: Tier | None,
    recorded_at: dt.datetime | None,
    now: dt.datetime,
    rules: ProgramRules,
) -> Standing:
    """The tier to show and act on: up at once, down only after ``tier_grace_days``.

    ``recorded`` is the tier the last recorded tier change gave (None: never
    recorded, which is Bronze). A patient whose lifetime points fall below it
    (a refund) keeps it until ``tier_grace_days`` after the entry that took
    them below, or after ``recorded_at`` when their points never reached it
    (the manager raised the threshold).
    """
    earned = tier_for(lifetime_earned(entries), rules)
    held = recorded or Tier.BRONZE
    since = recorded_at if recorded is not None else None
    if ORDER.index(earned) >= ORDER.index(held):
        return Standing(earned, earned, since=since if earned is held else None)
    fell = _fell_below(entries, threshold(held, rules)) or recorded_at or now
    until = as_utc(fell) + dt.timedelta(days=rules.tier_grace_days)
    if as_utc(now) < until:
        return Standing(held, earned, until, since)
    return Standing(earned, earned)


def _fell_below(entries: Sequence[LedgerLine], line: int) -> dt.datetime | None:
    """When lifetime points last dropped from ``line`` or above to below it."""
    lifetime, fell = 0, None
    counted = (e for e in entries if e.kind is LedgerKind.EARN or is_reversal(e))
    for entry in sorted(counted, key=lambda e: as_utc(e.occurred_at)):
        before, lifetime = lifetime, lifetime + entry.points
        if before >= line > lifetime:
            fell = entry.occurred_at
        elif lifetime >= line:
            fell = None
    return fell


def next_tier(lifetime: int, rules: ProgramRules) -> tuple[Tier, int] | None:
    """The tier above the patient's and the lifetime points still needed (None at the top).

    A program without Platinum (:data:`NO_PLATINUM`) tops out at Gold.
    """
    steps = (
        (Tier.SILVER, rules.silver_threshold),
        (Tier.GOLD, rules.gold_threshold),
        (Tier.PLATINUM, rules.platinum_threshold),
    )
    ahead = ((t, needed - lifetime) for t, needed in steps if lifetime < needed < NO_PLATINUM)
    return next(ahead, None)


def points_for_spend(amount_minor: int, rules: ProgramRules) -> int:
    """Whole spend units only: ₦99 of a ₦100 unit earns nothing."""
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


def check_redeemable(entries: Sequence[LedgerLine], cost: int, now: dt.datetime) -> int:
    """The balance left after spending ``cost``; points still on hold cannot be spent."""
    held = on_hold(entries, now)
    left = check_redemption(spendable(entries, now), cost)
    return left + held


class AdjustmentInput(BaseModel):
    """A manager's correction of a balance: some points added or removed, and why."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    points: Annotated[int, BeforeValidator(_whole_points)]
    reason: Annotated[str, Field(min_length=1, max_length=200)]


def check_adjustment(
    *, may_manage: bool, points: int, reason: str | None, rules: ProgramRules, balance_now: int
) -> None:
    """Only a manager adjusts, within the program's bound, with a reason, never below zero.

    The one rule for the desk's command, the REST API and a pushed entry.
    """
    if not may_manage:
        raise PermissionDeniedError("Only a manager can adjust a patient's points.")
    if not (reason or "").strip():
        raise FieldValidationError("reason", "say why the points are adjusted")
    if points == 0 or abs(points) > rules.adjustment_limit:
        raise FieldValidationError(
            "points", f"must be between -{rules.adjustment_limit:,} and {rules.adjustment_limit:,}"
        )
    if balance_now + points < 0:
        raise FieldValidationError(
            "points", f"would take the balance below zero (it is {balance_now:,})"
        )


def check_hand_entry(kind: LedgerKind) -> None:
    """Entries nobody types: points are earned from events and expire on the schedule."""
    if kind is LedgerKind.EARN:
        raise FieldValidationError(
            "points", "are earned by visits, payments and feedback; a manager can adjust them"
        )
    if kind is LedgerKind.EXPIRE:
        raise FieldValidationError("points", "expire on the server's daily schedule")


def _unused(entries: Sequence[LedgerLine]) -> list[tuple[LedgerLine, int]]:
    """Each earn row with the points of it nothing has used yet, oldest first (FIFO).

    Spending, expiring and negative adjustments use the oldest points first;
    a positive adjustment gives some back. A refund's reversal cancels its
    own payment's entry rather than the oldest points, so it never makes
    older points look used. Which points are used does not depend on the
    day asked about, so one pass answers every question about lapsing.
    """
    reversed_ = _reversed(entries)
    earns, used = [], 0
    for e in entries:  # one pass: this runs on every profile open, over long histories
        if e.kind is LedgerKind.EARN:
            earns.append(e)
        elif e.points < 0:
            if not is_reversal(e):
                used -= e.points
        elif e.kind is LedgerKind.ADJUST:
            used -= e.points
    earns.sort(key=lambda e: e.occurred_at)
    out = []
    for entry in earns:
        left = max(entry.points - reversed_.get(entry.id, 0), 0)
        taken = min(max(used, 0), left)
        used -= taken
        out.append((entry, left - taken))
    return out


def points_to_expire(entries: Sequence[LedgerLine], now: dt.datetime) -> int:
    """Points from earn rows past their expiry that nothing has used up (FIFO)."""
    return sum(
        unused
        for entry, unused in _unused(entries)
        if entry.expires_at is not None and as_utc(entry.expires_at) <= now
    )


def next_expiry(entries: Sequence[LedgerLine], now: dt.datetime) -> tuple[int, dt.datetime] | None:
    """The points that lapse soonest (what FIFO leaves of them) and when; None if none will.

    Points redemptions used up and refunds took back are never counted.
    """
    lapsing: dict[dt.datetime, int] = {}
    for entry, unused in _unused(entries):
        if unused <= 0 or entry.expires_at is None:
            continue
        day = as_utc(entry.expires_at)
        if day > now:
            lapsing[day] = lapsing.get(day, 0) + unused
    if not lapsing:
        return None
    first = min(lapsing)
    return lapsing[first], first


class RedeemInput(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reward_id: uuid.UUID
