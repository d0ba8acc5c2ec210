"""Owner payouts over the API: create one, history, workflow steps, and the monthly run.

The arithmetic and the workflow belong to the owners service
(``sync_server.owners``); this module checks who may ask, shapes the answers
and audits what the API itself writes.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.owners import Contract, Payout
from shared.domain.access import Action, Principal, Resource, Scope, scope_of
from shared.domain.enums import ContractStatus
from shared.domain.payouts import TransitionDetails, covers_period, period_to_run
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError
from sync_server.crm.common import get_live, track
from sync_server.crm.schemas_comms import PayoutOut
from sync_server.crm.schemas_payouts import (
    PayoutCreateIn,
    PayoutFilter,
    PayoutRunIn,
    PayoutRunOut,
    PayoutStatusIn,
)
from sync_server.owners import runs, service

#: The owners service's run lock, so a single create cannot race the monthly run.
RUN_LOCK = 7100701


def _require_admin(principal: Principal) -> None:
    """Creating payouts is network-wide work: only an all-hospitals grant may do it."""
    if scope_of(principal, Action.WRITE, Resource.PAYOUTS) is not Scope.ALL:
        raise PermissionDeniedError("Only an administrator may create payouts.")


def create(session: Session, principal: Principal, data: PayoutCreateIn) -> PayoutOut:
    _require_admin(principal)
    contract = get_live(session, Contract, data.contract_id, "contract")
    if contract.status is ContractStatus.DRAFT:
        raise FieldValidationError("contract_id", "a draft contract earns no payout")
    if not covers_period(contract.start_date, contract.end_date, data.period):
        raise FieldValidationError("period", "the contract does not cover this month")
    session.execute(sa.select(sa.func.pg_advisory_xact_lock(RUN_LOCK)))
    exists = sa.select(Payout.id).where(
        Payout.contract_id == contract.id, Payout.period == data.period
    )
    if session.scalar(exists) is not None:
        raise ConflictError("this contract already has a payout for the month", field="period")
    payout = runs._create_payout(session, contract, data.period, utcnow())
    return PayoutOut.model_validate(track(session, principal, payout, "payout.created"))


def history(session: Session, principal: Principal, flt: PayoutFilter) -> list[PayoutOut]:
    """Payouts within the caller's reach: all, their hospital's, or their own as an owner."""
    scope = scope_of(principal, Action.READ, Resource.PAYOUTS)
    query = sa.select(Payout).where(Payout.deleted_at.is_(None))
    if scope is Scope.HOSPITAL and principal.hospital_id is not None:
        query = query.where(Payout.hospital_id == principal.hospital_id)
    elif scope is Scope.OWNER and principal.owner_account_id is not None:
        query = query.where(Payout.owner_account_id == principal.owner_account_id)
    elif scope is not Scope.ALL:
        raise PermissionDeniedError("Your role may not read payouts.")
    if flt.owner_id is not None:
        query = query.where(Payout.owner_account_id == flt.owner_id)
    if flt.status is not None:
        query = query.where(Payout.status == flt.status)
    if flt.period is not None:
        query = query.where(Payout.period == flt.period)
    query = query.order_by(Payout.period.desc(), Payout.id).limit(flt.limit).offset(flt.offset)
    return [PayoutOut.model_validate(p) for p in session.scalars(query)]


def update_status(
    session: Session, principal: Principal, payout_id: uuid.UUID, data: PayoutStatusIn
) -> PayoutOut:
    details = TransitionDetails(data.bank_reference, data.paid_on, data.reason)
    payout = service.transition_payout(
        session, payout_id, data.status, principal, details=details, now=utcnow()
    )
    return PayoutOut.model_validate(payout)


def process_monthly(session: Session, principal: Principal, data: PayoutRunIn) -> PayoutRunOut:
    _require_admin(principal)
    now = utcnow()
    result = service.run_monthly_payouts(session, data.period or period_to_run(now), now=now)
    return PayoutRunOut(
        period=result.period, created=result.created, already_there=result.already_there
    )


def statement_file(
    session: Session,
    principal: Principal,
    owner_id: uuid.UUID,
    period: str,
    fmt: str,
    currency: str | None,
) -> tuple[bytes, str]:
    """An owner's statement for a period as a PDF, CSV or Excel download."""
    return service.export_statement(
        session, principal, owner_id, period, fmt, now=utcnow(), currency=currency
    )
