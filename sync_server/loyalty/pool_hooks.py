"""Family pooling on the push path: consents, and the shares of a pooled redemption.

A desk records a guardian's consent and pays a pooled redemption offline
with :mod:`shared.domain.pooling`; the server holds what it pushes to the
same rules against its own copy, where other desks' consents and
withdrawals are known:

- a consent (``loyalty_pool_members``) is checked as :func:`join_pool` checks
  it; an edit may only withdraw it, once;
- a pooled share (a spend entry naming a pooled redemption) is refused
  unless its patient is in a live pool of the entry's hospital that allows
  pooling, after the balance check every spend has (``push_hooks``);
- the redemption it pays for is refused unless every share that reached
  the server is from its patient's pool, they add up to its cost, no other
  redemption claims them, and the reward is still offered;
- a redemption refused for any reason gives back the shares of it that
  were accepted (:func:`return_refused_shares`): the desk pushed them first,
  each on its own, and they must not stay spent on a reward never given.

Each locks the patient first, as every spend does, so a withdrawal and a
spend racing on two desks queue up.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import to_lagos, utcnow
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyPoolMember,
    LoyaltyRedemption,
    Patient,
    User,
)
from shared.domain.access import Principal
from shared.domain.pooling import (
    POOLED,
    Share,
    check_join,
    check_pooled_redemption,
    check_share,
    return_refused_shares,
)
from shared.domain.writer import SessionReader
from sync_server.appointments.writer import system_writer
from sync_server.loyalty.push_hooks import LEDGER, check_reward_offered
from sync_server.sync import rules

POOL = LoyaltyPoolMember.__tablename__


def register_push_hooks() -> None:
    rules.register(POOL, before_insert=check_pushed_consent, before_update=check_pushed_withdrawal)
    rules.register(LEDGER, before_insert=check_pushed_share)
    rules.register(
        LoyaltyRedemption.__tablename__,
        before_insert=check_pushed_redemption,
        on_reject=give_back_shares,
    )


def _patient(session: Session, patient_id: Any, field: str) -> Patient:
    patient = session.get(Patient, patient_id, with_for_update=True)
    if patient is None or patient.deleted_at is not None:
        raise rules.MutationRejectedError(
            "scope", "Patient: no such record on this PC's list.", field=field
        )
    return patient


def check_pushed_consent(session: Session, principal: Principal, values: dict[str, Any]) -> None:
    """A pushed consent passes the checks the desk's :func:`join_pool` made."""
    del principal
    guardian = _patient(session, values.get("guardian_id"), "guardian_id")
    member = _patient(session, values.get("member_id"), "member_id")
    if guardian.hospital_id != values.get("hospital_id"):
        raise rules.MutationRejectedError(
            "scope", "Guardian: is a patient of another hospital.", field="guardian_id"
        )
    recorder = session.get(User, values.get("recorded_by_id"))
    if recorder is None or recorder.hospital_id not in (None, guardian.hospital_id):
        raise rules.MutationRejectedError(
            "scope", "Recorded by: no such record on this PC's list.", field="recorded_by_id"
        )
    when = values.get("consented_at") or utcnow()
    check_join(SessionReader(session), guardian, member, to_lagos(min(when, utcnow())).date())


def check_pushed_withdrawal(
    session: Session, principal: Principal, row: LoyaltyPoolMember, values: dict[str, Any]
) -> None:
    """A consent is only ever withdrawn; joining again is a new consent."""
    del principal, session
    if set(values) - {"withdrawn_at"} or row.withdrawn_at is not None:
        raise rules.MutationRejectedError(
            "invalid",
            "A family pool consent can only be withdrawn; record a new consent to join again.",
        )
    if values.get("withdrawn_at") is None:
        raise rules.MutationRejectedError(
            "invalid", "Withdrawn: is required.", field="withdrawn_at"
        )


def check_pushed_share(session: Session, principal: Principal, values: dict[str, Any]) -> None:
    """A spend paid from a pool: its patient is in a live pool of the entry's hospital."""
    del principal
    if values.get("reference_type") != POOLED:
        return
    patient_id = values.get("patient_id")
    if patient_id is None:
        return  # the ledger's own hook refuses it
    _patient(session, patient_id, "patient_id")
    check_share(SessionReader(session), hospital_id=values["hospital_id"], patient_id=patient_id)


def check_pushed_redemption(session: Session, principal: Principal, values: dict[str, Any]) -> None:
    """A pooled redemption is paid in full by its patient's pool, and claims its shares once."""
    del principal
    entry_id = values.get("ledger_entry_id")
    first = session.scalar(sa.select(LoyaltyLedgerEntry).where(LoyaltyLedgerEntry.id == entry_id))
    if first is None or first.reference_type != POOLED or first.reference_id is None:
        return  # a redemption of the patient's own points, checked on its entry
    _patient(session, values.get("patient_id"), "patient_id")
    rows = session.scalars(
        sa.select(LoyaltyLedgerEntry).where(
            LoyaltyLedgerEntry.reference_type == POOLED,
            LoyaltyLedgerEntry.reference_id == first.reference_id,
            LoyaltyLedgerEntry.deleted_at.is_(None),
        )
    ).all()
    claimed = session.scalar(
        sa.select(sa.func.count())
        .select_from(LoyaltyRedemption)
        .where(LoyaltyRedemption.ledger_entry_id.in_([row.id for row in rows]))
    )
    if claimed:
        raise rules.MutationRejectedError(
            "not_pooled", "These pooled points already paid for another reward."
        )
    check_pooled_redemption(
        SessionReader(session),
        patient_id=uuid.UUID(str(values["patient_id"])),
        points=int(values["points"]),
        shares=[Share(row.patient_id, -row.points) for row in rows],
    )
    check_reward_offered(session, uuid.UUID(str(values["reward_id"])), values.get("redeemed_at"))


def give_back_shares(session: Session, redemption_id: uuid.UUID) -> None:
    """A refused pooled redemption's accepted shares go back to their patients."""
    payers = session.scalars(
        sa.select(LoyaltyLedgerEntry.patient_id)
        .where(
            LoyaltyLedgerEntry.reference_type == POOLED,
            LoyaltyLedgerEntry.reference_id == redemption_id,
        )
        .order_by(LoyaltyLedgerEntry.patient_id)
    ).all()
    for patient_id in payers:  # locked in one order, as every spend locks its patient
        session.get(Patient, patient_id, with_for_update=True)
    if payers:
        return_refused_shares(system_writer(session), redemption_id)
