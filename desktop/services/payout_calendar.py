"""The owner's payout calendar: what was paid when, and when the next runs come.

Read from the owner's synced store, so it works offline. A month's payouts are
computed by the server's job at 06:00 Lagos on the following 1st
(:func:`shared.domain.payouts.payout_run_at`); approval and payment dates come
from the synced payouts once GrandPro staff have set them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.owner import MONTHS, synced_owner
from shared.db import models as m
from shared.domain.enums import ContractStatus, PayoutStatus
from shared.domain.payouts import covers_period, next_period, payout_run_at, period_of


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One contract's payout for one month: done (with its status) or still expected."""

    period: str
    hospital_name: str
    contract_reference: str
    run_at: dt.datetime
    status: PayoutStatus | None
    currency: str
    net_minor: int | None
    approved_at: dt.datetime | None
    paid_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class _Contract:
    id: uuid.UUID
    reference: str
    start: dt.date
    end: dt.date | None
    hospital_name: str
    currency: str


def upcoming_periods(now: dt.datetime, count: int = MONTHS) -> tuple[str, ...]:
    """This Lagos month and the ``count - 1`` after it: the months whose runs are ahead."""
    periods = [period_of(now)]
    while len(periods) < count:
        periods.append(next_period(periods[-1]))
    return tuple(periods)


def _contracts(session: Session, owner_id: uuid.UUID) -> dict[uuid.UUID, _Contract]:
    c, h = m.Contract, m.Hospital
    rows = session.execute(
        sa.select(c.id, c.reference, c.start_date, c.end_date, h.name, h.currency)
        .join(h, h.id == c.hospital_id)
        .where(
            c.owner_account_id == owner_id,
            c.deleted_at.is_(None),
            c.status != ContractStatus.DRAFT,
        )
    ).all()
    return {row[0]: _Contract(*row) for row in rows}


def _done(payout: m.Payout, contract: _Contract | None) -> CalendarEntry:
    return CalendarEntry(
        period=payout.period,
        hospital_name=contract.hospital_name if contract else "",
        contract_reference=contract.reference if contract else "",
        run_at=payout_run_at(payout.period),
        status=payout.status,
        currency=payout.currency,
        net_minor=payout.net_minor,
        approved_at=payout.approved_at,
        paid_at=payout.paid_at,
    )


def _expected(contract: _Contract, period: str) -> CalendarEntry:
    return CalendarEntry(
        period=period,
        hospital_name=contract.hospital_name,
        contract_reference=contract.reference,
        run_at=payout_run_at(period),
        status=None,
        currency=contract.currency,
        net_minor=None,
        approved_at=None,
        paid_at=None,
    )


def payout_calendar(
    session: Session, *, now: dt.datetime, months: int = MONTHS
) -> tuple[CalendarEntry, ...]:
    """Every payout on this device with its status, then the next ``months`` runs per contract.

    The coming runs are those of this month and the ``months - 1`` after it, for
    each contract covering the month that has no payout for it yet. Before the
    first sync has brought the owner's account the calendar is simply empty.
    """
    owner = synced_owner(session)
    if owner is None:
        return ()
    contracts = _contracts(session, owner.id)
    payouts = session.scalars(
        sa.select(m.Payout).where(
            m.Payout.owner_account_id == owner.id, m.Payout.deleted_at.is_(None)
        )
    ).all()
    entries = [_done(p, contracts.get(p.contract_id)) for p in payouts]
    done = {(p.contract_id, p.period) for p in payouts}
    for period in upcoming_periods(now, months):
        entries.extend(
            _expected(contract, period)
            for contract in contracts.values()
            if (contract.id, period) not in done
            and covers_period(contract.start, contract.end, period)
        )
    return tuple(sorted(entries, key=lambda e: (e.period, e.hospital_name)))
