"""Owner payouts: the service functions the REST endpoints and the monthly job call.

Nothing here commits; the caller (request dependency, job) owns the
transaction. Synced rows written through the session reach owners' desktops
by the change log on their own; the revenue summaries, written by one SQL
upsert, are passed to ``record_written``. Every payout change is audited.

Entry points:

- :func:`run_monthly_payouts` / :func:`run_scheduled_payouts` - create a period's payouts.
- :func:`create_payout` - one contract's payout for one month, by hand.
- :func:`transition_payout` - approve, mark paid or failed, retry.
- :func:`refresh_revenue_summaries` - keep owners' per-day revenue totals current.
- :func:`owner_statement`, :func:`export_statement` - the statement, and its PDF/CSV/Excel file.
- :func:`explain_payout`, :func:`simulate_payout_fee` - the explainer and the simulator.
- :func:`payouts_for_owner` - an owner's payouts, for lists and the payout calendar.

Performance packs and owner satisfaction are in ``sync_server.owners.metrics``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import LAGOS
from shared.db import models as m
from shared.domain.access import Action, Principal, Resource, Scope, require, scope_of
from shared.domain.enums import ContractStatus, PayoutStatus
from shared.domain.payouts import (
    TransitionDetails,
    check_period,
    check_period_closed,
    check_transition,
    covers_period,
    period_first_day,
    period_last_day,
    period_to_run,
)
from shared.errors import ConflictError, FieldValidationError, NotFoundError, PermissionDeniedError
from sync_server import audit
from sync_server.owners import runs, summaries
from sync_server.owners.explain import explain_payout, simulate_payout_fee
from sync_server.owners.notify import queue_statement_email
from sync_server.owners.statements import export_statement, owner_statement
from sync_server.sync.changes import record_written

__all__ = [
    "create_payout",
    "explain_payout",
    "export_statement",
    "owner_statement",
    "payouts_for_owner",
    "refresh_revenue_summaries",
    "run_monthly_payouts",
    "run_scheduled_payouts",
    "simulate_payout_fee",
    "transition_payout",
]

ACTOR = "owners"


def _audit(
    session: Session,
    payout: m.Payout,
    action: str,
    summary: dict[str, Any],
    principal: Principal | None,
) -> None:
    audit.record(
        session,
        principal,
        action,
        "payouts",
        payout.id,
        hospital_id=payout.hospital_id,
        summary=summary,
    )


def run_monthly_payouts(session: Session, period: str, *, now: dt.datetime) -> runs.RunResult:
    """Create the period's missing payouts, refreshing the period's summaries first."""
    check_period_closed(check_period(period), now)
    first, last = period_first_day(period), period_last_day(period)
    runs.take_run_lock(session)
    for row in summaries.refresh(session, first, last, now=now):
        record_written(session, row, actor=ACTOR)
    result = runs.run_monthly_payouts(session, period, now=now)
    for payout_id in result.created:
        payout = session.get_one(m.Payout, payout_id)
        figures = {"net_minor": payout.net_minor, "entries": payout.revenue_entry_count}
        _audit(session, payout, "payout.created", figures, None)
    return result


def create_payout(
    session: Session, contract_id: uuid.UUID, period: str, principal: Principal, *, now: dt.datetime
) -> m.Payout:
    """One contract's payout for one closed month, computed exactly as the monthly run does.

    For a contract the run missed (signed late, or a month re-opened by hand).
    It takes the run lock, so it cannot race a run into a second payout.
    Raises PermissionDeniedError (not an admin), FieldValidationError (a draft
    contract, a month it does not cover or that has not ended) or ConflictError
    (the contract already has that month's payout).
    """
    if scope_of(principal, Action.WRITE, Resource.PAYOUTS) is not Scope.ALL:
        raise PermissionDeniedError("Only an administrator may create payouts.")
    contract = session.get(m.Contract, contract_id)
    if contract is None or contract.deleted_at is not None:
        raise NotFoundError("No such contract.", field="contract_id")
    if contract.status is ContractStatus.DRAFT:
        raise FieldValidationError("contract_id", "a draft contract earns no payout")
    if not covers_period(contract.start_date, contract.end_date, check_period(period)):
        raise FieldValidationError("period", "the contract does not cover this month")
    check_period_closed(period, now)
    runs.take_run_lock(session)
    if runs.has_payout(session, contract.id, period):
        raise ConflictError("this contract already has a payout for the month", field="period")
    payout = runs.create_payout(session, contract, period, now)
    figures = {"net_minor": payout.net_minor, "entries": payout.revenue_entry_count}
    _audit(session, payout, "payout.created", figures, principal)
    return payout


def run_scheduled_payouts(session: Session, *, now: dt.datetime) -> runs.RunResult:
    """What the monthly job calls (1st of the month, Lagos): pay last month."""
    return run_monthly_payouts(session, period_to_run(now), now=now)


def refresh_revenue_summaries(
    session: Session, hospital_id: uuid.UUID, days: set[dt.date], *, now: dt.datetime
) -> None:
    """Recompute the hospital's totals for these Lagos days (call after entries arrive)."""
    if not days:
        return
    changed = summaries.refresh(session, min(days), max(days), now=now, hospital_id=hospital_id)
    for row in changed:
        record_written(session, row, actor=ACTOR)


def _paid_at(paid_on: dt.date) -> dt.datetime:
    """A bank date is a Lagos calendar day; store its noon so no zone shifts the day."""
    return dt.datetime.combine(paid_on, dt.time(12), LAGOS)


def _apply(
    payout: m.Payout, target: PayoutStatus, details: TransitionDetails, principal: Principal
) -> None:
    """Set the fields each target status carries; a retry clears the failed attempt."""
    payout.status = target
    if target is PayoutStatus.APPROVED:
        payout.approved_by_id, payout.failure_reason = principal.user_id, None
    elif target is PayoutStatus.PAID:
        assert details.paid_on is not None
        payout.bank_reference, payout.paid_at = details.bank_reference, _paid_at(details.paid_on)
    elif target is PayoutStatus.FAILED:
        payout.failure_reason = details.reason
    else:
        payout.approved_by_id, payout.approved_at, payout.failure_reason = None, None, None


def transition_payout(
    session: Session,
    payout_id: uuid.UUID,
    to_status: PayoutStatus,
    principal: Principal,
    *,
    details: TransitionDetails | None = None,
    now: dt.datetime,
    attachments_dir: Path | None = None,
) -> m.Payout:
    """Move a payout one step through its workflow, audited and synced.

    With ``attachments_dir`` (the messaging dispatcher's folder), marking a
    payout paid also queues the owner's e-mail with the statement attached.

    Raises PermissionDeniedError (not an admin), ConflictError (a step the
    workflow does not allow, e.g. paying a pending payout) or
    FieldValidationError (paid without a bank reference, failed without a reason).
    """
    details = details or TransitionDetails()
    payout = session.get(m.Payout, payout_id, with_for_update=True)
    if payout is None or payout.deleted_at is not None:
        raise NotFoundError("No such payout.", field="payout_id")
    require(principal, Action.WRITE, Resource.PAYOUTS, owner_account_id=payout.owner_account_id)
    before = payout.status
    check_transition(principal.role, before, to_status, details)
    _apply(payout, to_status, details, principal)
    if to_status is PayoutStatus.APPROVED:
        payout.approved_at = now
    payout.updated_at = now
    summary = {"from": before.value, "to": to_status.value}
    summary |= {k: v for k, v in _detail_summary(details).items() if v is not None}
    _audit(session, payout, f"payout.{to_status.value}", summary, principal)
    session.flush()
    if to_status is PayoutStatus.PAID and attachments_dir is not None:
        queue_statement_email(session, payout, attachments_dir=attachments_dir, now=now)
    return payout


def _detail_summary(details: TransitionDetails) -> dict[str, str | None]:
    return {
        "bank_reference": details.bank_reference,
        "paid_on": details.paid_on.isoformat() if details.paid_on else None,
        "reason": details.reason,
    }


def payouts_for_owner(session: Session, owner_account_id: uuid.UUID) -> list[m.Payout]:
    """An owner's payouts, newest period first (for the payout calendar and lists)."""
    return list(
        session.scalars(
            sa.select(m.Payout)
            .where(m.Payout.owner_account_id == owner_account_id, m.Payout.deleted_at.is_(None))
            .order_by(m.Payout.period.desc())
        )
    )
