"""The monthly payout run.

A run for a period creates one payout per contract that covers the month and
has none yet (the unique contract+period key and the allocation table make a
second run create nothing). Entries received in the month become ``gross``;
entries from earlier months that no payout of the contract has counted yet
(a desk that synced late) become ``adjustments``. A contract only counts
entries received while it ran, so a new owner never collects revenue its
predecessor was paid for.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.enums import ContractStatus
from shared.domain.payouts import (
    BPS_WHOLE,
    check_period,
    check_period_closed,
    compute_payout,
    contract_window,
    covers_period,
    period_bounds,
    split_by_shares,
)
from sync_server.owners.tables import PayoutAllocation

#: Allocations go in through Core: tens of thousands of rows, no ORM objects needed.
ALLOCATIONS = cast(sa.Table, PayoutAllocation.__table__)


@dataclass(slots=True)
class RunResult:
    period: str
    created: list[uuid.UUID] = field(default_factory=list)
    already_there: int = 0


def _contracts_for(
    session: Session, period: str, hospital_id: uuid.UUID | None = None
) -> list[m.Contract]:
    query = sa.select(m.Contract).where(
        m.Contract.deleted_at.is_(None), m.Contract.status != ContractStatus.DRAFT
    )
    if hospital_id is not None:
        query = query.where(m.Contract.hospital_id == hospital_id)
    rows = session.scalars(query.order_by(m.Contract.reference))
    return [c for c in rows if covers_period(c.start_date, c.end_date, period)]


def co_owner_shares(session: Session, contract: m.Contract, period: str) -> dict[str, int]:
    """The shares the hospital's revenue for the month is split by, keyed by contract id.

    Co-owners are the contracts paid for the same hospital and month, and
    they split each sum together (:func:`split_by_shares`) so their parts add
    up to it to the kobo. Shares adding up to more than the whole are not
    co-owners but one contract replacing another mid-month; each of those is
    then settled on its own share.
    """
    group = {
        str(c.id): c.owner_share_bps for c in _contracts_for(session, period, contract.hospital_id)
    }
    group[str(contract.id)] = contract.owner_share_bps
    if sum(group.values()) > BPS_WHOLE:
        return {str(contract.id): contract.owner_share_bps}
    return group


def contract_part(total_minor: int, shares: dict[str, int], contract_id: uuid.UUID) -> int:
    """The contract's part of a sum of its hospital's revenue."""
    return split_by_shares(total_minor, shares)[str(contract_id)]


def has_payout(session: Session, contract_id: uuid.UUID, period: str) -> bool:
    query = sa.select(m.Payout.id).where(
        m.Payout.contract_id == contract_id, m.Payout.period == period
    )
    return session.scalar(query) is not None


def _unallocated_entries(
    session: Session, contract: m.Contract, currency: str, end: dt.datetime
) -> list[sa.Row[tuple[uuid.UUID, int, dt.datetime]]]:
    """Entries of the contract's hospital up to ``end``, while it ran, that it has not counted."""
    allocated = sa.select(PayoutAllocation.revenue_entry_id).where(
        PayoutAllocation.contract_id == contract.id
    )
    since, until = contract_window(contract.start_date, contract.end_date)
    e = m.RevenueEntry
    return list(
        session.execute(
            sa.select(e.id, e.amount_minor, e.received_at).where(
                m.RevenueEntry.hospital_id == contract.hospital_id,
                m.RevenueEntry.currency == currency,
                m.RevenueEntry.deleted_at.is_(None),
                m.RevenueEntry.received_at >= since,
                m.RevenueEntry.received_at < (end if until is None else min(end, until)),
                m.RevenueEntry.id.not_in(allocated),
            )
        )
    )


def create_payout(
    session: Session, contract: m.Contract, period: str, now: dt.datetime
) -> m.Payout:
    """Compute and add the contract's payout for the month, with its allocations.

    The caller holds the run lock (:func:`take_run_lock`) and has checked the
    contract has no payout for the month yet; ``service.create_payout`` does both.
    """
    hospital = session.get_one(m.Hospital, contract.hospital_id)
    start, end = period_bounds(period)
    entries = _unallocated_entries(session, contract, hospital.currency, end)
    in_period = [e for e in entries if e.received_at >= start]
    late = [e for e in entries if e.received_at < start]
    shares = co_owner_shares(session, contract, period)
    figures = compute_payout(
        gross_minor=contract_part(sum(e.amount_minor for e in in_period), shares, contract.id),
        adjustments_minor=contract_part(sum(e.amount_minor for e in late), shares, contract.id),
        fee_bps=contract.management_fee_bps,
        deductions_minor=contract.fixed_deductions_minor,
    )
    payout = m.Payout(
        contract_id=contract.id,
        owner_account_id=contract.owner_account_id,
        hospital_id=contract.hospital_id,
        period=period,
        currency=hospital.currency,
        gross_minor=figures.gross_minor,
        adjustments_minor=figures.adjustments_minor,
        fee_minor=figures.fee_minor,
        deductions_minor=figures.deductions_minor,
        net_minor=figures.net_minor,
        fee_bps=figures.fee_bps,
        revenue_entry_count=len(entries),
        created_at=now,
        updated_at=now,
    )
    session.add(payout)
    session.flush()
    if entries:
        session.connection().execute(
            sa.insert(ALLOCATIONS),
            [
                {
                    "contract_id": contract.id,
                    "revenue_entry_id": e.id,
                    "payout_id": payout.id,
                    "late": e.received_at < start,
                }
                for e in entries
            ],
        )
    return payout


#: Held until commit by whoever creates payouts, so two runs cannot both create one.
RUN_LOCK = 7100701


def take_run_lock(session: Session) -> None:
    """Wait for any other payout run to commit (re-entrant within one transaction)."""
    session.execute(sa.select(sa.func.pg_advisory_xact_lock(RUN_LOCK)))


def run_monthly_payouts(session: Session, period: str, *, now: dt.datetime) -> RunResult:
    """Create the period's missing payouts. Safe to run again: it only fills gaps.

    Takes a transaction-scoped advisory lock so two runs at once (the monthly
    job and an admin by hand) cannot both create the same payout.
    """
    check_period_closed(check_period(period), now)
    take_run_lock(session)
    result = RunResult(period=period)
    for contract in _contracts_for(session, period):
        if has_payout(session, contract.id, period):
            result.already_there += 1
            continue
        result.created.append(create_payout(session, contract, period, now).id)
    session.flush()
    return result
