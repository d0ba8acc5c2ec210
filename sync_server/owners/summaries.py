"""Revenue summaries: per hospital, Lagos day, method and currency, the totals owners see.

Owners' devices receive these instead of revenue entries (which name
patients). They are recomputed from the entries for a range of days, never
adjusted by deltas, so a refresh is safe to repeat and heals itself after a
reversal or a late desk. One grouped query covers the whole range.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import LAGOS
from shared.db import models as m
from shared.domain.enums import PaymentMethod

Key = tuple[uuid.UUID, dt.date, PaymentMethod, str]

#: Serialises refreshes (a sync push and a payout run at once would both insert a day's row).
SUMMARY_LOCK = 7100702


def _lagos_day() -> sa.ColumnElement[Any]:
    return sa.func.date(sa.func.timezone("Africa/Lagos", m.RevenueEntry.received_at))


def _bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(first, dt.time(), LAGOS)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), LAGOS)
    return start, end


def _totals(
    session: Session, first: dt.date, last: dt.date, hospital_id: uuid.UUID | None
) -> dict[Key, tuple[int, int]]:
    e = m.RevenueEntry
    start, end = _bounds(first, last)
    day = _lagos_day().label("day")
    query = (
        sa.select(
            e.hospital_id, day, e.method, e.currency, sa.func.count(), sa.func.sum(e.amount_minor)
        )
        .where(e.deleted_at.is_(None), e.received_at >= start, e.received_at < end)
        .group_by(e.hospital_id, day, e.method, e.currency)
    )
    if hospital_id is not None:
        query = query.where(e.hospital_id == hospital_id)
    return {
        (hid, d, PaymentMethod(method), cur): (int(n), int(total))
        for hid, d, method, cur, n, total in session.execute(query)
    }


def _existing(
    session: Session, first: dt.date, last: dt.date, hospital_id: uuid.UUID | None
) -> dict[Key, m.RevenueSummary]:
    s = m.RevenueSummary
    query = sa.select(s).where(s.day >= first, s.day <= last)
    if hospital_id is not None:
        query = query.where(s.hospital_id == hospital_id)
    return {(r.hospital_id, r.day, r.method, r.currency): r for r in session.scalars(query)}


def refresh(
    session: Session,
    first: dt.date,
    last: dt.date,
    *,
    now: dt.datetime,
    hospital_id: uuid.UUID | None = None,
) -> list[m.RevenueSummary]:
    """Bring the summaries of ``first``..``last`` (one hospital, or all) in line with the entries.

    Returns the rows that were created or changed, for the caller to record.
    """
    session.execute(sa.select(sa.func.pg_advisory_xact_lock(SUMMARY_LOCK)))
    totals = _totals(session, first, last, hospital_id)
    existing = _existing(session, first, last, hospital_id)
    changed: list[m.RevenueSummary] = []
    for key in totals.keys() | existing.keys():
        count, total = totals.get(key, (0, 0))
        row = existing.get(key)
        if row is None:
            hid, day, method, currency = key
            row = m.RevenueSummary(hospital_id=hid, day=day, method=method, currency=currency)
            session.add(row)
        elif (row.entry_count, row.total_minor) == (count, total):
            continue
        row.entry_count, row.total_minor, row.updated_at = count, total, now
        changed.append(row)
    session.flush()
    return changed
