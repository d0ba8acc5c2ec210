"""Revenue summaries: per hospital, Lagos day, method and currency, the totals owners see.

Owners' devices receive these instead of revenue entries (which name
patients). They are recomputed from the entries for a range of days, never
adjusted by deltas, so a refresh is safe to repeat and heals itself after a
reversal or a late desk. PostgreSQL groups the entries and compares them
with the stored rows; only the rows that differ come back, and they go in
with one upsert.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import LAGOS
from shared.db import models as m
from shared.db.base import new_id
from shared.domain.enums import PaymentMethod
from sync_server.sync.changes import SERVER_CLOCK

#: Serialises refreshes (a sync push and a payout run at once would both insert a day's row).
SUMMARY_LOCK = 7100702


def _lagos_day() -> sa.ColumnElement[Any]:
    return sa.func.date(sa.func.timezone("Africa/Lagos", m.RevenueEntry.received_at))


def _bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(first, dt.time(), LAGOS)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), LAGOS)
    return start, end


def _totals(first: dt.date, last: dt.date, hospital_id: uuid.UUID | None) -> sa.Subquery:
    e = m.RevenueEntry
    start, end = _bounds(first, last)
    day = _lagos_day().label("day")
    query = (
        sa.select(
            e.hospital_id,
            day,
            e.method,
            e.currency,
            sa.func.count().label("entry_count"),
            sa.func.sum(e.amount_minor).label("total_minor"),
        )
        .where(e.deleted_at.is_(None), e.received_at >= start, e.received_at < end)
        .group_by(e.hospital_id, day, e.method, e.currency)
    )
    if hospital_id is not None:
        query = query.where(e.hospital_id == hospital_id)
    return query.subquery("totals")


def _existing(first: dt.date, last: dt.date, hospital_id: uuid.UUID | None) -> sa.Subquery:
    s = m.RevenueSummary
    query = sa.select(
        s.hospital_id, s.day, s.method, s.currency, s.entry_count, s.total_minor, s.field_clocks
    ).where(s.day >= first, s.day <= last)
    if hospital_id is not None:
        query = query.where(s.hospital_id == hospital_id)
    return query.subquery("existing")


def _changed(
    session: Session, first: dt.date, last: dt.date, hospital_id: uuid.UUID | None
) -> list[sa.Row[Any]]:
    """The summaries whose totals differ from the entries', compared in PostgreSQL.

    A full join of the grouped entries with the stored summaries: a day with
    entries but no row yet, a row whose totals moved, and a row whose entries
    are all gone (its totals become zero). Unchanged rows never leave the database.
    """
    t, x = _totals(first, last, hospital_id), _existing(first, last, hospital_id)
    keys = ("hospital_id", "day", "method", "currency")
    joined = t.outerjoin(x, sa.and_(*(t.c[k] == x.c[k] for k in keys)), full=True)
    count = sa.func.coalesce(t.c.entry_count, 0)
    total = sa.func.coalesce(t.c.total_minor, 0)
    query = (
        sa.select(
            *(sa.func.coalesce(t.c[k], x.c[k]).label(k) for k in keys),
            count.label("entry_count"),
            total.label("total_minor"),
            x.c.entry_count.label("old_count"),
            x.c.total_minor.label("old_total"),
            x.c.field_clocks.label("old_clocks"),
        )
        .select_from(joined)
        .where(
            sa.tuple_(x.c.entry_count, x.c.total_minor).is_distinct_from(sa.tuple_(count, total))
        )
    )
    return list(session.execute(query))


_STAMPED_ON_CREATE = ("hospital_id", "day", "method", "currency", "entry_count", "total_minor")


def _clocks(row: sa.Row[Any]) -> dict[str, str]:
    """The row's field clocks, stamped as ``record_change`` would stamp them.

    A new row stamps every field it sets; an existing one only the totals that moved.
    """
    clock = SERVER_CLOCK.now()
    if row.old_clocks is None:
        return dict.fromkeys(_STAMPED_ON_CREATE, clock)
    moved = {"entry_count": row.old_count, "total_minor": row.old_total}
    return dict(row.old_clocks) | {k: clock for k, v in moved.items() if getattr(row, k) != v}


_UPSERT = sa.text(
    "INSERT INTO revenue_summaries (id, hospital_id, day, method, currency, entry_count,"
    " total_minor, field_clocks, created_at, updated_at)"
    " SELECT v.*, CAST(:now AS timestamptz), CAST(:now AS timestamptz) FROM ROWS FROM ("
    " unnest(CAST(:ids AS uuid[])), unnest(CAST(:hospital_ids AS uuid[])),"
    " unnest(CAST(:days AS date[])), unnest(CAST(:methods AS text[])),"
    " unnest(CAST(:currencies AS text[])), unnest(CAST(:counts AS integer[])),"
    " unnest(CAST(:totals AS bigint[])), json_array_elements(CAST(:clocks AS json))) AS v"
    " ON CONFLICT (hospital_id, day, method, currency) DO UPDATE SET"
    " entry_count = excluded.entry_count, total_minor = excluded.total_minor,"
    " field_clocks = excluded.field_clocks, updated_at = excluded.updated_at"
    " RETURNING revenue_summaries.*"
)


def _upsert(
    session: Session, changed: list[sa.Row[Any]], now: dt.datetime
) -> list[m.RevenueSummary]:
    """Insert the new rows and update the moved ones; returns them all as ORM rows.

    One statement with an array per column (the clocks as one JSON array),
    so its text is the same for any number of rows, as the change log's is.
    """
    params = {
        "ids": [new_id() for _ in changed],
        "hospital_ids": [r.hospital_id for r in changed],
        "days": [r.day for r in changed],
        "methods": [PaymentMethod(r.method).value for r in changed],
        "currencies": [r.currency for r in changed],
        "counts": [int(r.entry_count) for r in changed],
        "totals": [int(r.total_minor) for r in changed],
        "clocks": orjson.dumps([_clocks(r) for r in changed]).decode(),
        "now": now,
    }
    query = sa.select(m.RevenueSummary).from_statement(_UPSERT)
    options = {"populate_existing": True}
    return list(session.scalars(query, params, execution_options=options))


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
    Their field clocks are already stamped, so ``record_change`` has nothing to add.
    """
    session.execute(sa.select(sa.func.pg_advisory_xact_lock(SUMMARY_LOCK)))
    changed = _changed(session, first, last, hospital_id)
    if not changed:
        return []
    return _upsert(session, changed, now)
