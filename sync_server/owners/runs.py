"""The monthly payout run and the revenue summaries owners' devices receive.

A run for a period creates one payout per contract that covers the month and
has none yet (the unique contract+period key and the allocation table make a
second run create nothing). Entries received in the month become ``gross``;
entries from earlier months that no payout of the contract has counted yet
(a desk that synced late) become ``adjustments``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import LAGOS
from shared.db import models as m
from shared.domain.enums import ContractStatus, PaymentMethod
from shared.domain.payouts import (
    check_period,
    compute_payout,
    covers_period,
    owner_share,
    period_bounds,
)
from sync_server.owners.tables import PayoutAllocation


@dataclass(slots=True)
class RunResult:
    period: str
    created: list[uuid.UUID] = field(default_factory=list)
    already_there: int = 0


def _contracts_for(session: Session, period: str) -> list[m.Contract]:
    rows = session.scalars(
        sa.select(m.Contract)
        .where(m.Contract.deleted_at.is_(None), m.Contract.status != ContractStatus.DRAFT)
        .order_by(m.Contract.reference)
    )
    return [c for c in rows if covers_period(c.start_date, c.end_date, period)]


def _has_payout(session: Session, contract_id: uuid.UUID, period: str) -> bool:
    query = sa.select(m.Payout.id).where(
        m.Payout.contract_id == contract_id, m.Payout.period == period
    )
    return session.scalar(query) is not None


def _unallocated_entries(
    session: Session, contract: m.Contract, currency: str, end: dt.datetime
) -> list[m.RevenueEntry]:
    """Entries of the contract's hospital up to ``end`` that no payout of it has counted."""
    allocated = sa.select(PayoutAllocation.revenue_entry_id).where(
        PayoutAllocation.contract_id == contract.id
    )
    return list(
        session.scalars(
            sa.select(m.RevenueEntry).where(
                m.RevenueEntry.hospital_id == contract.hospital_id,
                m.RevenueEntry.currency == currency,
                m.RevenueEntry.deleted_at.is_(None),
                m.RevenueEntry.received_at < end,
                m.RevenueEntry.id.not_in(allocated),
            )
        )
    )


def _create_payout(
    session: Session, contract: m.Contract, period: str, now: dt.datetime
) -> m.Payout:
    hospital = session.get_one(m.Hospital, contract.hospital_id)
    start, end = period_bounds(period)
    entries = _unallocated_entries(session, contract, hospital.currency, end)
    in_period = [e for e in entries if e.received_at >= start]
    late = [e for e in entries if e.received_at < start]
    figures = compute_payout(
        gross_minor=owner_share(sum(e.amount_minor for e in in_period), contract.owner_share_bps),
        adjustments_minor=owner_share(sum(e.amount_minor for e in late), contract.owner_share_bps),
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
    session.add_all(
        PayoutAllocation(
            contract_id=contract.id,
            revenue_entry_id=e.id,
            payout_id=payout.id,
            late=e.received_at < start,
        )
        for e in entries
    )
    return payout


def run_monthly_payouts(session: Session, period: str, *, now: dt.datetime) -> RunResult:
    """Create the period's missing payouts. Safe to run again: it only fills gaps.

    Takes a transaction-scoped advisory lock so two runs at once (the monthly
    job and an admin by hand) cannot both create the same payout.
    """
    check_period(period)
    session.execute(sa.text("SELECT pg_advisory_xact_lock(7100701)"))
    result = RunResult(period=period)
    for contract in _contracts_for(session, period):
        if _has_payout(session, contract.id, period):
            result.already_there += 1
            continue
        result.created.append(_create_payout(session, contract, period, now).id)
    session.flush()
    return result


# --- revenue summaries -------------------------------------------------------


def _lagos_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time(), LAGOS)
    return start, start + dt.timedelta(days=1)


def refresh_revenue_summaries(
    session: Session, hospital_id: uuid.UUID, days: Iterable[dt.date], *, now: dt.datetime
) -> list[m.RevenueSummary]:
    """Recompute a hospital's per-day, per-method totals for the given Lagos days.

    Called after revenue entries arrive (sync push) or before a payout run.
    Recomputing from the entries, rather than adding deltas, makes it safe to
    call twice and self-healing after a reversal.
    """
    changed: list[m.RevenueSummary] = []
    for day in sorted(set(days)):
        changed.extend(_refresh_day(session, hospital_id, day, now))
    session.flush()
    return changed


def _refresh_day(
    session: Session, hospital_id: uuid.UUID, day: dt.date, now: dt.datetime
) -> list[m.RevenueSummary]:
    start, end = _lagos_day_bounds(day)
    totals = session.execute(
        sa.select(
            m.RevenueEntry.method,
            m.RevenueEntry.currency,
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(m.RevenueEntry.amount_minor), 0),
        )
        .where(
            m.RevenueEntry.hospital_id == hospital_id,
            m.RevenueEntry.deleted_at.is_(None),
            m.RevenueEntry.received_at >= start,
            m.RevenueEntry.received_at < end,
        )
        .group_by(m.RevenueEntry.method, m.RevenueEntry.currency)
    ).all()
    existing = {
        (s.method, s.currency): s
        for s in session.scalars(
            sa.select(m.RevenueSummary).where(
                m.RevenueSummary.hospital_id == hospital_id, m.RevenueSummary.day == day
            )
        )
    }
    changed = []
    for method, currency, count, total in totals:
        row = existing.pop((method, currency), None)
        if row is None:
            row = m.RevenueSummary(
                hospital_id=hospital_id, day=day, method=PaymentMethod(method), currency=currency
            )
            session.add(row)
        if (row.entry_count, row.total_minor) != (count, int(total)):
            row.entry_count, row.total_minor, row.updated_at = count, int(total), now
            changed.append(row)
    for row in existing.values():
        if (row.entry_count, row.total_minor) != (0, 0):
            row.entry_count, row.total_minor, row.updated_at = 0, 0, now
            changed.append(row)
    return changed


def revenue_days(session: Session, period: str) -> dict[uuid.UUID, set[dt.date]]:
    """Every (hospital, Lagos day) with revenue in the period: what a rebuild covers."""
    start, end = period_bounds(period)
    rows = session.execute(
        sa.select(m.RevenueEntry.hospital_id, m.RevenueEntry.received_at).where(
            m.RevenueEntry.received_at >= start, m.RevenueEntry.received_at < end
        )
    )
    days: dict[uuid.UUID, set[dt.date]] = {}
    for hospital_id, received_at in rows:
        days.setdefault(hospital_id, set()).add(received_at.astimezone(LAGOS).date())
    return days
