"""Loyalty over the API: balance and tier, history, awards, rewards and redemptions.

A redemption locks the patient's row first, so two desks redeeming at once
cannot both spend the same points.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.loyalty import (
    LoyaltyLedgerEntry,
    LoyaltyRedemption,
    LoyaltyReward,
)
from shared.db.models.patients import Patient
from shared.db.queries.loyalty import ledger_entries, program_rules
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import (
    AwardInput,
    RedeemInput,
    balance,
    check_redemption,
    expires_at,
    lifetime_earned,
    points_of_award,
    tier_for,
)
from shared.errors import NotFoundError
from sync_server import audit
from sync_server.crm.common import get_live, hospital_filter, track
from sync_server.crm.schemas import (
    LedgerOut,
    LoyaltySummaryOut,
    PageQuery,
    RedemptionOut,
    RewardOut,
)


def summary_of(session: Session, patient: Patient) -> LoyaltySummaryOut:
    entries = ledger_entries(session, patient.id)
    earned = lifetime_earned(entries)
    tier = tier_for(earned, program_rules(session, patient.hospital_id))
    return LoyaltySummaryOut(points=balance(entries), lifetime_points=earned, tier=tier)


def _patient(
    session: Session, principal: Principal, patient_id: uuid.UUID, action: Action
) -> Patient:
    patient = get_live(session, Patient, patient_id, "patient")
    require(principal, action, Resource.LOYALTY, hospital_id=patient.hospital_id)
    return patient


def points(session: Session, principal: Principal, patient_id: uuid.UUID) -> LoyaltySummaryOut:
    return summary_of(session, _patient(session, principal, patient_id, Action.READ))


def transactions(
    session: Session, principal: Principal, patient_id: uuid.UUID, page: PageQuery
) -> list[LedgerOut]:
    """A page of the patient's loyalty history; each page read is audited (NDPA 2023)."""
    patient = _patient(session, principal, patient_id, Action.READ)
    query = (
        sa.select(LoyaltyLedgerEntry)
        .where(LoyaltyLedgerEntry.patient_id == patient_id, LoyaltyLedgerEntry.deleted_at.is_(None))
        .order_by(LoyaltyLedgerEntry.occurred_at.desc(), LoyaltyLedgerEntry.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    )
    rows = [LedgerOut.model_validate(row) for row in session.scalars(query)]
    audit.record_list_read(
        session,
        principal,
        "loyalty_ledger",
        patient.id,
        patient.hospital_id,
        rows=len(rows),
        offset=page.offset,
    )
    return rows


def earn(
    session: Session,
    principal: Principal,
    patient: Patient,
    amount: int,
    reason: str,
    *,
    reference: tuple[str, uuid.UUID] | None = None,
) -> LoyaltyLedgerEntry:
    """One earn row, expiring by the program's rule."""
    now = utcnow()
    entry = LoyaltyLedgerEntry(
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind=LedgerKind.EARN,
        points=amount,
        reason=reason,
        reference_type=reference[0] if reference else None,
        reference_id=reference[1] if reference else None,
        occurred_at=now,
        expires_at=expires_at(now, program_rules(session, patient.hospital_id)),
    )
    return track(session, principal, entry)


def award(
    session: Session, principal: Principal, patient_id: uuid.UUID, data: AwardInput
) -> LedgerOut:
    patient = _patient(session, principal, patient_id, Action.WRITE)
    amount = points_of_award(data, program_rules(session, patient.hospital_id))
    reference = None
    if data.reference_type and data.reference_id:
        reference = (data.reference_type, data.reference_id)
    entry = earn(session, principal, patient, amount, data.reason, reference=reference)
    return LedgerOut.model_validate(entry)


def _rewards_query(hospital_id: uuid.UUID | None) -> sa.Select[tuple[LoyaltyReward]]:
    query = sa.select(LoyaltyReward).where(
        LoyaltyReward.active.is_(True), LoyaltyReward.deleted_at.is_(None)
    )
    if hospital_id is not None:
        query = query.where(
            sa.or_(LoyaltyReward.hospital_id == hospital_id, LoyaltyReward.hospital_id.is_(None))
        )
    return query.order_by(LoyaltyReward.points_cost, LoyaltyReward.name)


def rewards(session: Session, principal: Principal) -> list[RewardOut]:
    hospital_id = hospital_filter(principal, Action.READ, Resource.LOYALTY)
    return [RewardOut.model_validate(r) for r in session.scalars(_rewards_query(hospital_id))]


def redeem(
    session: Session, principal: Principal, patient_id: uuid.UUID, data: RedeemInput
) -> RedemptionOut:
    patient = _patient(session, principal, patient_id, Action.WRITE)
    session.execute(sa.select(Patient.id).where(Patient.id == patient.id).with_for_update())
    reward = session.scalar(
        _rewards_query(patient.hospital_id).where(LoyaltyReward.id == data.reward_id)
    )
    if reward is None:
        raise NotFoundError("no such reward for this hospital", field="reward_id")
    left = check_redemption(balance(ledger_entries(session, patient.id)), reward.points_cost)
    now = utcnow()
    entry = LoyaltyLedgerEntry(
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind=LedgerKind.REDEEM,
        points=-reward.points_cost,
        reason=f"Redeemed: {reward.name}"[:200],
        reference_type="reward",
        reference_id=reward.id,
        occurred_at=now,
    )
    track(session, principal, entry)
    redemption = LoyaltyRedemption(
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        reward_id=reward.id,
        points=reward.points_cost,
        ledger_entry_id=entry.id,
        redeemed_at=now,
    )
    track(session, principal, redemption)
    return RedemptionOut(
        redemption_id=redemption.id,
        reward=RewardOut.model_validate(reward),
        points_spent=reward.points_cost,
        balance=left,
    )
