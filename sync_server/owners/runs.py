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
    return _shares(_contracts_for(session, period, contract.hospital_id), contract)


def _shares(co_owners: list[m.Contract], contract: m.Contract) -> dict[str, int]:
    """:func:`co_owner_shares` from the hospital's contracts for the month, already loaded."""
    group = {str(c.id): c.owner_share_bps for c in co_owners}
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


def _allocate(
    session: Session, contract: m.Contract, payout: m.Payout, end: dt.datetime
) -> dict[bool, tuple[int, int]]:
    """Allocate to ``payout`` the entries the contract has not counted; their totals by lateness.

    Entries of the contract's hospital up to ``end``, received while the
    contract ran, are picked once; one statement inserts them all and sums
    them, so the figures always match the allocations even while desks push
    entries. The insert reads the picked rows after they are summed, so the
    check for entries already counted never looks at rows it is writing.
    Returns ``{late: (count, total_minor)}``.
    """
    e = m.RevenueEntry
    start, _ = period_bounds(payout.period)
    since, until = contract_window(contract.start_date, contract.end_date)
    counted = sa.exists().where(
        ALLOCATIONS.c.contract_id == contract.id, ALLOCATIONS.c.revenue_entry_id == e.id
    )
    picked = (
        sa.select(e.id, e.amount_minor, (e.received_at < start).label("late"))
        .where(
            e.hospital_id == contract.hospital_id,
            e.currency == payout.currency,
            e.deleted_at.is_(None),
            e.received_at >= since,
            e.received_at < (end if until is None else min(end, until)),
            ~counted,
        )
        .cte("picked")
    )
    rows = sa.select(
        sa.literal(contract.id, sa.Uuid), picked.c.id, sa.literal(payout.id, sa.Uuid), picked.c.late
    )
    columns = ["contract_id", "revenue_entry_id", "payout_id", "late"]
    inserted = sa.insert(ALLOCATIONS).from_select(columns, rows).cte("inserted")
    totals = (
        sa.select(picked.c.late, sa.func.count(), sa.func.sum(picked.c.amount_minor))
        .group_by(picked.c.late)
        .add_cte(inserted)
    )
    return {late: (int(n), int(total)) for late, n, total in session.execute(totals)}


def create_payout(
    session: Session,
    contract: m.Contract,
    period: str,
    now: dt.datetime,
    *,
    co_owners: list[m.Contract] | None = None,
) -> m.Payout:
    """Compute and add the contract's payout for the month, with its allocations.

    The payout row goes in first with zero figures (the allocations refer to
    it), then the set-based allocation gives the sums its figures are
    computed from. The caller holds the run lock (:func:`take_run_lock`) and
    has checked the contract has no payout for the month yet;
    ``service.create_payout`` does both. A run passes the hospital's
    contracts for the month (``co_owners``) it has already loaded.
    """
    hospital = session.get_one(m.Hospital, contract.hospital_id)
    _, end = period_bounds(period)
    payout = m.Payout(
        contract_id=contract.id,
        owner_account_id=contract.owner_account_id,
        hospital_id=contract.hospital_id,
        period=period,
        currency=hospital.currency,
        created_at=now,
        updated_at=now,
        **_zero_figures(contract.management_fee_bps),
    )
    session.add(payout)
    session.flush()
    totals = _allocate(session, contract, payout, end)
    (on_time, gross), (late, adjustments) = totals.get(False, (0, 0)), totals.get(True, (0, 0))
    if co_owners is None:
        co_owners = _contracts_for(session, period, contract.hospital_id)
    shares = _shares(co_owners, contract)
    figures = compute_payout(
        gross_minor=contract_part(gross, shares, contract.id),
        adjustments_minor=contract_part(adjustments, shares, contract.id),
        fee_bps=contract.management_fee_bps,
        deductions_minor=contract.fixed_deductions_minor,
    )
    payout.gross_minor, payout.adjustments_minor = figures.gross_minor, figures.adjustments_minor
    payout.fee_minor, payout.deductions_minor = figures.fee_minor, figures.deductions_minor
    payout.net_minor, payout.fee_bps = figures.net_minor, figures.fee_bps
    payout.revenue_entry_count = on_time + late
    return payout


def _zero_figures(fee_bps: int) -> dict[str, int]:
    """Figures that satisfy the payout's checks until the real ones are known."""
    names = ("gross_minor", "adjustments_minor", "fee_minor", "deductions_minor", "net_minor")
    return dict.fromkeys(names, 0) | {"fee_bps": fee_bps, "revenue_entry_count": 0}


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
    contracts = _contracts_for(session, period)
    by_hospital: dict[uuid.UUID, list[m.Contract]] = {}
    for contract in contracts:
        by_hospital.setdefault(contract.hospital_id, []).append(contract)
    paid = set(session.scalars(sa.select(m.Payout.contract_id).where(m.Payout.period == period)))
    for contract in contracts:
        if contract.id in paid:
            result.already_there += 1
            continue
        co_owners = by_hospital[contract.hospital_id]
        result.created.append(create_payout(session, contract, period, now, co_owners=co_owners).id)
    session.flush()
    return result
