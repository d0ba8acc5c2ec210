"""Family pooling over the API: the desk's commands with the server's tracked writer.

``POST /api/crm/patients/{id}/loyalty/pool`` records the guardian's consent that
the patient pools with them, ``.../pool/leave`` withdraws it, and
``.../pool/redeem`` pays for a reward from the pool; each answers as the
desk's loyalty tab does, because both run :mod:`shared.domain.pooling`.
The patients of the pool are locked first, as a push locks the patient of
each spend, so a redemption and a withdrawal cannot both pass.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from fastapi import APIRouter, Request, status
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models import Patient
from shared.db.queries.loyalty import ledger_entries
from shared.domain import pooling
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.loyalty import RedeemInput, spendable
from shared.domain.writer import SessionReader
from sync_server.appointments.writer import TrackedWriter
from sync_server.auth.deps import CurrentPrincipal
from sync_server.crm.common import get_live, unit_of_work
from sync_server.crm.schemas import RewardOut

router = APIRouter(prefix="/api/crm/patients", tags=["patient CRM"])


class PoolJoinIn(BaseModel):
    """The guardian (same phone, 18 or over) whose consent brings the patient into the pool."""

    model_config = ConfigDict(extra="forbid")

    guardian_id: uuid.UUID


class PoolMemberOut(BaseModel):
    patient_id: uuid.UUID
    guardian: bool
    spendable: int


class PoolOut(BaseModel):
    guardian_id: uuid.UUID
    members: list[PoolMemberOut]
    spendable: int


class ShareOut(BaseModel):
    patient_id: uuid.UUID
    points: int


class PooledRedemptionOut(BaseModel):
    redemption_id: uuid.UUID
    reward: RewardOut
    points_spent: int
    shares: list[ShareOut]
    #: What the redeeming patient has left.
    balance: int
    code: str | None = None


def _patient(
    session: Session, principal: Principal, patient_id: uuid.UUID, action: Action
) -> Patient:
    patient = get_live(session, Patient, patient_id, "patient")
    require(principal, action, Resource.LOYALTY, hospital_id=patient.hospital_id)
    return patient


def _lock(session: Session, *patient_ids: uuid.UUID) -> None:
    """The patients whose points or consent change, in one order so two requests queue."""
    ids = sorted(set(patient_ids))
    session.execute(sa.select(Patient.id).where(Patient.id.in_(ids)).with_for_update())


def _pool_out(session: Session, pool: pooling.Pool) -> PoolOut:
    now = utcnow()
    members = [
        PoolMemberOut(
            patient_id=pid,
            guardian=pid == pool.guardian_id,
            spendable=spendable(ledger_entries(session, pid), now),
        )
        for pid in pool.patient_ids
    ]
    return PoolOut(
        guardian_id=pool.guardian_id,
        members=members,
        spendable=sum(m.spendable for m in members),
    )


@router.get("/{patient_id}/loyalty/pool")
def get_pool(patient_id: uuid.UUID, request: Request, principal: CurrentPrincipal) -> PoolOut:
    with unit_of_work(request) as session:
        patient = _patient(session, principal, patient_id, Action.READ)
        pool = pooling.pool_of(SessionReader(session), patient.id)
        if pool is None:
            pooling.check_allowed(SessionReader(session), patient.hospital_id)
            return PoolOut(guardian_id=patient.id, members=[], spendable=0)
        return _pool_out(session, pool)


@router.post("/{patient_id}/loyalty/pool", status_code=status.HTTP_201_CREATED)
def join_pool(
    patient_id: uuid.UUID, body: PoolJoinIn, request: Request, principal: CurrentPrincipal
) -> PoolOut:
    with unit_of_work(request) as session:
        patient = _patient(session, principal, patient_id, Action.WRITE)
        _lock(session, patient.id, body.guardian_id)
        pooling.join_pool(
            TrackedWriter(session, principal),
            guardian_id=body.guardian_id,
            member_id=patient.id,
            recorded_by_id=principal.user_id,
        )
        pool = pooling.pool_of(SessionReader(session), patient.id)
        assert pool is not None  # just joined
        return _pool_out(session, pool)


@router.post("/{patient_id}/loyalty/pool/leave")
def leave_pool(patient_id: uuid.UUID, request: Request, principal: CurrentPrincipal) -> None:
    with unit_of_work(request) as session:
        patient = _patient(session, principal, patient_id, Action.WRITE)
        _lock(session, patient.id)
        pooling.leave_pool(TrackedWriter(session, principal), patient_id=patient.id)


@router.post("/{patient_id}/loyalty/pool/redeem", status_code=status.HTTP_201_CREATED)
def redeem_from_pool(
    patient_id: uuid.UUID, body: RedeemInput, request: Request, principal: CurrentPrincipal
) -> PooledRedemptionOut:
    with unit_of_work(request) as session:
        patient = _patient(session, principal, patient_id, Action.WRITE)
        pool = pooling.pool_of(SessionReader(session), patient.id)
        _lock(session, patient.id, *(pool.patient_ids if pool is not None else ()))
        done = pooling.redeem_from_pool(
            TrackedWriter(session, principal), patient_id=patient.id, reward_id=body.reward_id
        )
        return PooledRedemptionOut(
            redemption_id=done.redeemed.redemption.id,
            reward=RewardOut.model_validate(done.redeemed.reward),
            points_spent=done.redeemed.reward.points_cost,
            shares=[ShareOut(patient_id=s.patient_id, points=s.points) for s in done.shares],
            balance=done.redeemed.balance,
            code=done.redeemed.code,
        )
