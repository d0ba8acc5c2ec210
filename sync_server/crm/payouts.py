"""Owner payouts over the API: create one, history, workflow steps, the monthly run, disputes.

The arithmetic, the workflow and disputes belong to the owners service
(``sync_server.owners``), which checks permissions, audits and records each
change for sync; this module shapes the answers.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.owners import Payout, PayoutResponse
from shared.domain.access import Action, Principal, Resource, Scope, scope_of
from shared.domain.payouts import TransitionDetails, period_to_run
from shared.errors import PermissionDeniedError
from sync_server.crm.schemas_comms import PayoutOut
from sync_server.crm.schemas_payouts import (
    DisputeOut,
    DisputeResolveIn,
    PayoutCreateIn,
    PayoutFilter,
    PayoutRunIn,
    PayoutRunOut,
    PayoutStatusIn,
)
from sync_server.owners import disputes, service


def _require_admin(principal: Principal) -> None:
    """Running payouts is network-wide work: only an all-hospitals grant may do it."""
    if scope_of(principal, Action.WRITE, Resource.PAYOUTS) is not Scope.ALL:
        raise PermissionDeniedError("Only an administrator may run payouts.")


def create(session: Session, principal: Principal, data: PayoutCreateIn) -> PayoutOut:
    payout = service.create_payout(session, data.contract_id, data.period, principal, now=utcnow())
    return PayoutOut.model_validate(payout)


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
    session: Session,
    principal: Principal,
    payout_id: uuid.UUID,
    data: PayoutStatusIn,
    *,
    attachments_dir: Path,
) -> PayoutOut:
    """A workflow step; marking paid queues the owner's e-mail with the statement attached."""
    details = TransitionDetails(data.bank_reference, data.paid_on, data.reason)
    payout = service.transition_payout(
        session,
        payout_id,
        data.status,
        principal,
        details=details,
        now=utcnow(),
        attachments_dir=attachments_dir,
    )
    return PayoutOut.model_validate(payout)


def _dispute_out(session: Session, response: PayoutResponse) -> DisputeOut:
    """The dispute with the month and hospital it is about, so staff know where to look."""
    payout = session.get_one(Payout, response.payout_id)
    fields = ("id", "payout_id", "owner_account_id", "kind", "reason", "status", "resolution")
    return DisputeOut(
        **{name: getattr(response, name) for name in fields},
        resolved_at=response.resolved_at,
        created_at=response.created_at,
        hospital_id=payout.hospital_id,
        period=payout.period,
    )


def open_disputes(session: Session, principal: Principal) -> list[DisputeOut]:
    return [_dispute_out(session, r) for r in disputes.open_disputes(session, principal)]


def resolve_dispute(
    session: Session, principal: Principal, response_id: uuid.UUID, data: DisputeResolveIn
) -> DisputeOut:
    response = disputes.resolve_dispute(
        session,
        response_id,
        principal,
        status=data.status,
        resolution=data.resolution,
        now=utcnow(),
    )
    return _dispute_out(session, response)


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
