"""Loyalty at the front desk, offline: balance and tier, a manager's adjustment, redeeming.

Points live in an append-only ledger, so two desks earning points offline
simply add rows; the balance is their sum, computed with the shared rules.
Points are earned by the events themselves (``shared.domain.earning``);
nobody at the desk types points in, and only a manager adjusts a balance.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.tables import CachedLogin
from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.base import new_id
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyRedemption,
    LoyaltyReward,
    Patient,
    User,
)
from shared.db.queries.loyalty import ledger_entries, patient_standing, program_rules
from shared.domain import earning
from shared.domain.enums import LedgerKind, Role
from shared.domain.loyalty import (
    Tier,
    balance,
    check_redeemable,
    lifetime_earned,
    next_expiry,
    next_tier,
    on_hold,
)
from shared.domain.rewards import redemption_code
from shared.errors import FieldValidationError, NotFoundError


@dataclass(frozen=True, slots=True)
class LoyaltySummary:
    points: int
    lifetime_points: int
    tier: Tier
    #: Points earned on recent payments, not spendable until their hold ends.
    on_hold: int = 0
    #: The points that lapse next, and when (None: nothing is due to lapse).
    next_expiry: tuple[int, dt.datetime] | None = None
    #: The next tier and the lifetime points still needed to reach it.
    next_tier: tuple[Tier, int] | None = None
    #: Until when ``tier`` is kept although the points have fallen below it (a refund).
    tier_kept_until: dt.datetime | None = None

    @property
    def spendable(self) -> int:
        return max(self.points - self.on_hold, 0)


@dataclass(frozen=True, slots=True)
class Reward:
    id: uuid.UUID
    name: str
    points_cost: int


@dataclass(frozen=True, slots=True)
class Redeemed:
    """A redemption made: the balance left, and the code the patient shows the cashier."""

    balance: int
    code: str
    reward: str


@dataclass(frozen=True, slots=True)
class LoyaltyCard:
    """What the profile's loyalty tab shows at the top: standing and what can be redeemed."""

    summary: LoyaltySummary
    rewards: tuple[Reward, ...]
    #: Whether the signed-in person may adjust the balance (managers only).
    may_adjust: bool = False


def _patient(session: Session, patient_id: uuid.UUID) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient no longer exists.")
    return patient


def loyalty_summary(
    session: Session, *, patient_id: uuid.UUID, now: dt.datetime | None = None
) -> LoyaltySummary:
    patient = _patient(session, patient_id)
    entries = ledger_entries(session, patient.id)
    rules = program_rules(session, patient.hospital_id)
    earned = lifetime_earned(entries)
    when = now or utcnow()
    held = patient_standing(session, patient.id, patient.hospital_id, when, entries, rules)
    return LoyaltySummary(
        balance(entries),
        earned,
        held.tier,
        on_hold(entries, when),
        next_expiry(entries, when),
        next_tier(earned, rules),
        held.kept_until,
    )


def loyalty_card(
    session: Session, *, patient_id: uuid.UUID, actor: uuid.UUID | None = None
) -> LoyaltyCard:
    patient = _patient(session, patient_id)
    rewards = available_rewards(session, hospital_id=patient.hospital_id)
    summary = loyalty_summary(session, patient_id=patient_id)
    return LoyaltyCard(summary, tuple(rewards), may_manage(session, actor))


def may_manage(session: Session, actor: uuid.UUID | None) -> bool:
    """Whether the signed-in person is a manager (or an administrator) on this PC."""
    if actor is None:
        return False
    user = session.get(User, actor)
    role = user.role.value if user is not None else _cached_role(session, actor)
    return role in (Role.MANAGER.value, Role.ADMIN.value)


def _cached_role(session: Session, actor: uuid.UUID) -> str | None:
    query = sa.select(CachedLogin.role).where(CachedLogin.user_id == actor).limit(1)
    return session.scalar(query)


def adjust_points(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> int:
    """A manager's correction of the balance; returns the points added (or removed)."""
    entry = earning.adjust_points(
        writer, patient_id=patient_id, data=data, may_manage=may_manage(session, writer.actor)
    )
    return entry.points


def available_rewards(session: Session, *, hospital_id: uuid.UUID) -> list[Reward]:
    query = (
        sa.select(LoyaltyReward)
        .where(
            LoyaltyReward.active.is_(True),
            LoyaltyReward.deleted_at.is_(None),
            sa.or_(LoyaltyReward.hospital_id == hospital_id, LoyaltyReward.hospital_id.is_(None)),
        )
        .order_by(LoyaltyReward.points_cost, LoyaltyReward.name)
    )
    return [Reward(r.id, r.name, r.points_cost) for r in session.scalars(query)]


def redeem_reward(
    session: Session,
    writer: LocalWriter,
    *,
    patient_id: uuid.UUID,
    reward_id: uuid.UUID,
    now: dt.datetime | None = None,
) -> Redeemed:
    """Spend points on a reward; refused if the spendable balance cannot cover it.

    The patient gets a code for the reward, which the cashier types on the
    payment it pays for.
    """
    patient = _patient(session, patient_id)
    reward = next(
        (
            r
            for r in available_rewards(session, hospital_id=patient.hospital_id)
            if r.id == reward_id
        ),
        None,
    )
    if reward is None:
        raise FieldValidationError("reward_id", "choose one of this hospital's rewards")
    when = now or utcnow()
    left = check_redeemable(ledger_entries(session, patient.id), reward.points_cost, when)
    entry = writer.insert(
        LoyaltyLedgerEntry,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind=LedgerKind.REDEEM,
        points=-reward.points_cost,
        reason=f"Redeemed: {reward.name}"[:200],
        reference_type="reward",
        reference_id=reward.id,
        occurred_at=when,
    )
    redemption_id = new_id()
    code = redemption_code(redemption_id)
    writer.insert(
        LoyaltyRedemption,
        id=redemption_id,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        reward_id=reward.id,
        points=reward.points_cost,
        ledger_entry_id=entry.id,
        redeemed_at=when,
        code=code,
    )
    return Redeemed(left, code, reward.name)
