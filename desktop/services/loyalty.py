"""Loyalty at the front desk, offline: balance and tier, awarding points, redeeming rewards.

Points live in an append-only ledger, so two desks awarding points offline
simply add rows; the balance is their sum, computed with the shared rules.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyRedemption,
    LoyaltyReward,
    Patient,
)
from shared.db.queries.loyalty import ledger_entries, program_rules
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import (
    AwardInput,
    Tier,
    balance,
    check_redemption,
    expires_at,
    lifetime_earned,
    points_of_award,
    tier_for,
)
from shared.domain.patients import parse
from shared.errors import FieldValidationError, NotFoundError


@dataclass(frozen=True, slots=True)
class LoyaltySummary:
    points: int
    lifetime_points: int
    tier: Tier


@dataclass(frozen=True, slots=True)
class Reward:
    id: uuid.UUID
    name: str
    points_cost: int


@dataclass(frozen=True, slots=True)
class LoyaltyCard:
    """What the profile's loyalty tab shows at the top: standing and what can be redeemed."""

    summary: LoyaltySummary
    rewards: tuple[Reward, ...]


def _patient(session: Session, patient_id: uuid.UUID) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient no longer exists.")
    return patient


def loyalty_summary(session: Session, *, patient_id: uuid.UUID) -> LoyaltySummary:
    patient = _patient(session, patient_id)
    entries = ledger_entries(session, patient.id)
    earned = lifetime_earned(entries)
    tier = tier_for(earned, program_rules(session, patient.hospital_id))
    return LoyaltySummary(balance(entries), earned, tier)


def loyalty_card(session: Session, *, patient_id: uuid.UUID) -> LoyaltyCard:
    patient = _patient(session, patient_id)
    rewards = available_rewards(session, hospital_id=patient.hospital_id)
    return LoyaltyCard(loyalty_summary(session, patient_id=patient_id), tuple(rewards))


def award_points(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> int:
    """Add earned points (given outright or from an amount spent); returns the points added."""
    patient = _patient(session, patient_id)
    award = parse(AwardInput, data)
    rules = program_rules(session, patient.hospital_id)
    points = points_of_award(award, rules)
    now = utcnow()
    writer.insert(
        LoyaltyLedgerEntry,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind=LedgerKind.EARN,
        points=points,
        reason=award.reason,
        occurred_at=now,
        expires_at=expires_at(now, rules),
    )
    return points


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
) -> int:
    """Spend points on a reward; refused if the balance would go below zero. Returns the balance."""
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
    left = check_redemption(balance(ledger_entries(session, patient.id)), reward.points_cost)
    when = now or utcnow()
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
    writer.insert(
        LoyaltyRedemption,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        reward_id=reward.id,
        points=reward.points_cost,
        ledger_entry_id=entry.id,
        redeemed_at=when,
    )
    return left
