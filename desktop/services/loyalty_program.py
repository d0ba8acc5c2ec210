"""The loyalty program at a glance, for a manager: members per tier, points by month, top rewards.

Computed from this PC's own copy of the ledger, so it works offline; the
tier of each member is the shared rule (``shared.domain.loyalty``) over
their lifetime points, and months are Lagos months.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import to_lagos, utcnow
from shared.db.models import (
    Hospital,
    LoyaltyLedgerEntry,
    LoyaltyRedemption,
    LoyaltyReward,
    LoyaltyTierChange,
)
from shared.db.queries.loyalty import ledger_entries, program_rules
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import ORDER, REVERSAL_SUFFIX, ProgramRules, Tier, standing, tier_for

MONTHS = 12
TOP_REWARDS = 5


@dataclass(frozen=True, slots=True)
class MonthPoints:
    month: dt.date  # the first day of the Lagos month
    issued: int
    redeemed: int
    expired: int


@dataclass(frozen=True, slots=True)
class ProgramSummary:
    members: dict[Tier, int]
    months: tuple[MonthPoints, ...]
    top_rewards: tuple[tuple[str, int], ...]
    rules: ProgramRules


def program_summary(session: Session, *, now: dt.datetime | None = None) -> ProgramSummary:
    """The summary of this PC's hospital (its one hospital, or the first it holds)."""
    hospital_id = session.scalar(sa.select(Hospital.id).order_by(Hospital.code).limit(1))
    rules = program_rules(session, hospital_id) if hospital_id else ProgramRules()
    when = now or utcnow()
    return ProgramSummary(
        _members(session, rules, when),
        _months(session, when),
        _top_rewards(session, when),
        rules,
    )


def _members(session: Session, rules: ProgramRules, now: dt.datetime) -> dict[Tier, int]:
    """Patients with any entry, by the tier they hold (:func:`shared.domain.loyalty.standing`).

    Lifetime points are summed in SQL; only a patient whose recorded tier is
    above what their points give (a refund, within the grace period) needs
    their ledger read to decide.
    """
    counted = sa.or_(
        LoyaltyLedgerEntry.kind == LedgerKind.EARN,
        LoyaltyLedgerEntry.source_key.like(f"%{REVERSAL_SUFFIX}"),
    )
    lifetime = sa.func.coalesce(
        sa.func.sum(sa.case((counted, LoyaltyLedgerEntry.points), else_=0)), 0
    )
    query = (
        sa.select(LoyaltyLedgerEntry.patient_id, lifetime)
        .where(LoyaltyLedgerEntry.deleted_at.is_(None))
        .group_by(LoyaltyLedgerEntry.patient_id)
    )
    recorded = _recorded_tiers(session)
    tiers: Counter[Tier] = Counter()
    for patient_id, points in session.execute(query).tuples():
        tier = tier_for(int(points), rules)
        last = recorded.get(patient_id)
        if last is not None and ORDER.index(last.to_tier) > ORDER.index(tier):
            entries = ledger_entries(session, patient_id)
            tier = standing(entries, last.to_tier, last.changed_at, now, rules).tier
        tiers[tier] += 1
    return {tier: tiers.get(tier, 0) for tier in Tier}


def _recorded_tiers(session: Session) -> dict[uuid.UUID, LoyaltyTierChange]:
    """Each patient's latest recorded move between tiers."""
    query = sa.select(LoyaltyTierChange).where(LoyaltyTierChange.deleted_at.is_(None))
    latest: dict[uuid.UUID, LoyaltyTierChange] = {}
    for change in session.scalars(query.order_by(LoyaltyTierChange.changed_at)):
        latest[change.patient_id] = change
    return latest


def _month_start(when: dt.datetime) -> dt.date:
    return to_lagos(when).date().replace(day=1)


def _months(session: Session, now: dt.datetime) -> tuple[MonthPoints, ...]:
    """Points issued, redeemed and expired in each of the last twelve Lagos months."""
    first = _month_start(now)
    starts = []
    for _ in range(MONTHS):
        starts.append(first)
        first = (first - dt.timedelta(days=1)).replace(day=1)
    starts.reverse()
    since = dt.datetime.combine(starts[0], dt.time(), to_lagos(now).tzinfo)
    rows = session.execute(
        sa.select(
            LoyaltyLedgerEntry.occurred_at, LoyaltyLedgerEntry.kind, LoyaltyLedgerEntry.points
        ).where(LoyaltyLedgerEntry.occurred_at >= since, LoyaltyLedgerEntry.deleted_at.is_(None))
    )
    totals: dict[tuple[dt.date, LedgerKind], int] = Counter()
    for occurred_at, kind, points in rows:
        totals[(_month_start(occurred_at), kind)] += abs(points)
    return tuple(
        MonthPoints(
            start,
            totals[(start, LedgerKind.EARN)],
            totals[(start, LedgerKind.REDEEM)],
            totals[(start, LedgerKind.EXPIRE)],
        )
        for start in starts
    )


def _top_rewards(session: Session, now: dt.datetime) -> tuple[tuple[str, int], ...]:
    """The rewards redeemed most in the last year, with how often."""
    since = now - dt.timedelta(days=365)
    query = (
        sa.select(LoyaltyReward.name, sa.func.count())
        .join(LoyaltyRedemption, LoyaltyRedemption.reward_id == LoyaltyReward.id)
        .where(LoyaltyRedemption.redeemed_at >= since, LoyaltyRedemption.deleted_at.is_(None))
        .group_by(LoyaltyReward.name)
        .order_by(sa.func.count().desc(), LoyaltyReward.name)
        .limit(TOP_REWARDS)
    )
    return tuple((name, int(count)) for name, count in session.execute(query))
