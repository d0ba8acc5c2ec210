"""Loyalty over the API: balance and tier, history, a manager's adjustment, rewards, redemptions.

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
)
from shared.db.models.patients import Patient
from shared.db.queries.loyalty import ledger_entries, patient_standing
from shared.domain import earning
from shared.domain.access import Action, Principal, Resource, can, require
from shared.domain.loyalty import (
    AdjustmentInput,
    RedeemInput,
    balance,
    lifetime_earned,
    on_hold,
)
from shared.domain.rewards import offered
from shared.domain.rewards import redeem as redeem_reward
from shared.domain.writer import SessionReader
from sync_server import audit
from sync_server.appointments.writer import TrackedWriter
from sync_server.crm.common import get_live, hospital_filter
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


def rewards(session: Session, principal: Principal) -> list[RewardOut]:
    """The rewards the caller's patients may choose today (the shared rule)."""
    hospital_id = hospital_filter(principal, Action.READ, Resource.LOYALTY)
    found = offered(SessionReader(session), hospital_id, utcnow())
    return [RewardOut.model_validate(r) for r in found]


def redeem(
    session: Session, principal: Principal, patient_id: uuid.UUID, data: RedeemInput
) -> RedemptionOut:
    """The desk's own redemption command, run as the caller (the patient row locked)."""
    patient = _patient(session, principal, patient_id, Action.WRITE)
    session.execute(sa.select(Patient.id).where(Patient.id == patient.id).with_for_update())
    done = redeem_reward(
        TrackedWriter(session, principal), patient_id=patient.id, reward_id=data.reward_id
    )
    return RedemptionOut(
        redemption_id=done.redemption.id,
        reward=RewardOut.model_validate(done.reward),
        points_spent=done.reward.points_cost,
        balance=done.balance,
        code=done.code,
    )
