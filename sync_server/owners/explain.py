"""The payout explainer and the fee simulator.

Every figure of a payout is traced to the revenue entries allocated to it:
the explanation recomputes gross and adjustments from those entries and says
whether they reconcile. Entries are shown by id, day, method and amount only
- never the patient - so owners may read the explanation too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.enums import Role
from shared.domain.payouts import PayoutFigures, simulate_fee
from shared.errors import NotFoundError, PermissionDeniedError
from sync_server.owners.runs import co_owner_shares, contract_part
from sync_server.owners.tables import PayoutAllocation


@dataclass(frozen=True, slots=True)
class ExplainedEntry:
    revenue_entry_id: uuid.UUID
    received_at: dt.datetime
    method: str
    amount_minor: int
    late: bool
    reverses_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class PayoutExplanation:
    payout_id: uuid.UUID
    figures: PayoutFigures
    owner_share_bps: int
    entries: tuple[ExplainedEntry, ...]
    reconciles: bool


def _figures(payout: m.Payout) -> PayoutFigures:
    return PayoutFigures(
        gross_minor=payout.gross_minor,
        adjustments_minor=payout.adjustments_minor,
        fee_minor=payout.fee_minor,
        deductions_minor=payout.deductions_minor,
        net_minor=payout.net_minor,
        fee_bps=payout.fee_bps,
    )


def _load(session: Session, payout_id: uuid.UUID) -> m.Payout:
    payout = session.get(m.Payout, payout_id)
    if payout is None or payout.deleted_at is not None:
        raise NotFoundError("No such payout.", field="payout_id")
    return payout


def _entries(session: Session, payout_id: uuid.UUID) -> tuple[ExplainedEntry, ...]:
    rows = session.execute(
        sa.select(m.RevenueEntry, PayoutAllocation.late)
        .join(PayoutAllocation, PayoutAllocation.revenue_entry_id == m.RevenueEntry.id)
        .where(PayoutAllocation.payout_id == payout_id)
        .order_by(m.RevenueEntry.received_at, m.RevenueEntry.id)
    ).all()
    return tuple(
        ExplainedEntry(e.id, e.received_at, e.method.value, e.amount_minor, late, e.reverses_id)
        for e, late in rows
    )


def explain_payout(
    session: Session, payout_id: uuid.UUID, principal: Principal
) -> PayoutExplanation:
    """A payout's figures with the revenue entries behind them, and whether they add up."""
    payout = _load(session, payout_id)
    require(principal, Action.READ, Resource.PAYOUTS, owner_account_id=payout.owner_account_id)
    contract = session.get_one(m.Contract, payout.contract_id)
    entries = _entries(session, payout_id)
    shares = co_owner_shares(session, contract, payout.period)
    gross = contract_part(sum(e.amount_minor for e in entries if not e.late), shares, contract.id)
    late = contract_part(sum(e.amount_minor for e in entries if e.late), shares, contract.id)
    figures = _figures(payout)
    return PayoutExplanation(
        payout_id=payout.id,
        figures=figures,
        owner_share_bps=contract.owner_share_bps,
        entries=entries,
        reconciles=(gross, late) == (payout.gross_minor, payout.adjustments_minor)
        and figures.parts_sum() == payout.net_minor,
    )


def simulate_payout_fee(
    session: Session, payout_id: uuid.UUID, fee_bps: int, principal: Principal
) -> PayoutFigures:
    """ "What if the fee were X%": staff only, and nothing is written."""
    if principal.role is not Role.ADMIN:
        raise PermissionDeniedError("Only GrandPro staff may simulate fees.")
    return simulate_fee(_figures(_load(session, payout_id)), fee_bps)
