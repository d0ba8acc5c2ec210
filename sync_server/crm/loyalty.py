"""Loyalty over the API: balance and tier, history, a manager's adjustment, rewards, redemptions.

A redemption locks the patient's row first, so two desks redeeming at once
cannot both spend the same points.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.base import new_id
from shared.db.models.loyalty import (
    LoyaltyLedgerEntry,
    LoyaltyRedemption,
    LoyaltyReward,
)
from shared.db.models.patients import Patient
from shared.db.queries.loyalty import ledger_entries, patient_standing
from shared.domain import earning
from shared.domain.access import Action, Principal, Resource, can, require
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import (
    AdjustmentInput,
    RedeemInput,
    balance,
    check_redeemable,
    lifetime_earned,
    on_hold,
)
from shared.domain.rewards import redemption_code
from shared.errors import NotFoundError
from sync_server import audit
from sync_server.appointments.writer import TrackedWriter
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
    now = utcnow()
    tier = patient_standing(session, patient.id, patient.hospital_id, now, entries).tier
    return LoyaltySummaryOut(
        points=balance(entries),
        lifetime_points=lifetime_earned(entries),
        tier=tier,
        on_hold=on_hold(entries, now),
    )


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


def adjust(
    session: Session, principal: Principal, patient_id: uuid.UUID, data: AdjustmentInput
) -> LedgerOut:
    """A manager's correction of a balance: the one rule the desk and a push follow too."""
    patient = _patient(session, principal, patient_id, Action.WRITE)
    session.execute(sa.select(Patient.id).where(Patient.id == patient.id).with_for_update())
    manager = can(principal, Action.MANAGE, Resource.LOYALTY_SETUP, hospital_id=patient.hospital_id)
    entry = earning.adjust_points(
        TrackedWriter(session, principal),
        patient_id=patient.id,
        data=data.model_dump(),
        may_manage=manager,
    )
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
    now = utcnow()
    left = check_redeemable(ledger_entries(session, patient.id), reward.points_cost, now)
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
    redemption_id = new_id()
    redemption = LoyaltyRedemption(
        id=redemption_id,
        code=redemption_code(redemption_id),
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
        code=redemption.code,
    )
