"""Reading for devices: the change feed after a cursor, and paged snapshots of a scope.

Both build their JSON in PostgreSQL or splice stored JSON text, so a page of
thousands of rows is never parsed and re-serialised in Python. Snapshot
values are sent in the desk's stored form (``SnapshotPage``), converted by
PostgreSQL on its own core. Scopes are
always the principal's own (see ``subscribed_scopes``): a device cannot ask
for another hospital's feed. Within them a device receives only the tables
its role may read (``received_tables``, the permission matrix), filtered by
table name in the SQL. A page that carries patient rows writes one audit row.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from shared.db.models.owners import Contract
from shared.db.types import UTCDateTime
from shared.domain.access import Principal
from shared.errors import FieldValidationError
from shared.sync.codec import column_names, table_of
from shared.sync.registry import (
    GLOBAL_SCOPE,
    PERSONAL_COLUMNS,
    REPLICATED,
    TableSpec,
    is_global,
    received_tables,
    spec_for,
    subscribed_scopes,
)
from sync_server.sync.download_audit import record_page
from sync_server.sync.tables import SyncChange


@dataclass(frozen=True, slots=True)
class Feed:
    """What one device reads: its scopes, and the tables of them its role may read."""

    scopes: list[str]
    tables: frozenset[str]

    @classmethod
    def of(cls, principal: Principal) -> Feed:
        scopes = subscribed_scopes(
            principal.role, principal.hospital_id, principal.owner_account_id
        )
        return cls(scopes, received_tables(principal))


def pull_json(session: Session, principal: Principal, cursor: int, limit: int) -> bytes:
    """The ``PullResponse`` as JSON bytes: changes after ``cursor`` in commit order.

    Changes of tables the role may not read are skipped in the SQL; the
    cursor still moves past them (to the change log's end when the page is
    not full), so a device never scans the same skipped range again. The
    end is one read of the ``seq`` index: a ``max`` per scope, prepared as
    a generic plan, walked that whole index for a scope with no rows.
    """
    feed = Feed.of(principal)
    # Every number up to the log's end has committed (see ``changes``), so
    # the page is bounded by it and the cursor can move to it.
    end = max(cursor, snapshot_cursor(session))
    rows = session.execute(
        sa.select(SyncChange.seq, SyncChange.table_name, sa.cast(SyncChange.payload, sa.Text))
        .where(
            SyncChange.scope.in_(feed.scopes),
            SyncChange.seq > cursor,
            SyncChange.seq <= end,
            SyncChange.table_name.in_(feed.tables),
        )
        .order_by(SyncChange.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    seen: set[int] = set()
    parts: list[str] = []
    counts: Counter[str] = Counter()
    for seq, table_name, payload in rows:
        if seq in seen:  # one change filed under two of the device's scopes
            continue
        seen.add(seq)
        counts[table_name] += 1
        parts.append(f'{{"seq":{seq},"table":"{table_name}","row":{payload}}}')
    next_cursor = rows[-1][0] if has_more else end
    record_page(session, principal, "sync_pull", counts, cursor=next_cursor)
    head = orjson.dumps(
        {
            "cursor": next_cursor,
            "has_more": has_more,
            "scopes": feed.scopes,
            "scope_key": scope_key(session, feed),
        }
    )
    return head[:-1] + b',"changes":[' + ",".join(parts).encode() + b"]}"


def scope_key(session: Session, feed: Feed) -> str:
    """A short fingerprint of what the device may see beyond the feed itself.

    The scopes and the tables the role receives (a demoted user's desk must
    drop what the new role may not read), plus, for an owner, the hospitals
    of their live contracts: a new contract makes rows visible that were
    filed in the change log before it, under other scopes, so the feed alone
    never brings them (the device re-downloads when this changes).
    """
    scopes = feed.scopes
    owners = [uuid.UUID(scope[2:]) for scope in scopes if scope.startswith("o:")]
    hospitals: list[str] = []
    if owners:
        query = sa.select(Contract.hospital_id.distinct()).where(
            Contract.owner_account_id.in_(owners), Contract.deleted_at.is_(None)
        )
        hospitals = sorted(str(hospital) for hospital in session.scalars(query))
    text = orjson.dumps([sorted(scopes), hospitals, sorted(feed.tables)])
    return hashlib.blake2b(text, digest_size=8).hexdigest()


def snapshot_cursor(session: Session) -> int:
    """The change-log position a snapshot starts from (every lower number is committed)."""
    return int(session.scalar(sa.select(sa.func.coalesce(sa.func.max(SyncChange.seq), 0))) or 0)


def snapshot_tables(feed: Feed) -> list[str]:
    """The tables a snapshot of the feed covers, in download (foreign-key) order."""
    return [
        spec.name
        for spec in REPLICATED
        if spec.name in feed.tables and _scope_filter(spec, feed.scopes) is not None
    ]


def snapshot_json(
    session: Session,
    principal: Principal,
    table_name: str | None,
    after: uuid.UUID | None,
    limit: int,
    cursor: int | None,
) -> bytes:
    """One ``SnapshotPage`` as JSON bytes (the first call, with no table, starts the snapshot)."""
    feed = Feed.of(principal)
    scopes = feed.scopes
    tables = snapshot_tables(feed)
    counts = None
    if cursor is None:  # the first page: fix the cursor, and say how much is coming
        cursor = snapshot_cursor(session)
        counts = _row_counts(session, scopes, tables)
    if table_name is None:
        table_name = tables[0] if tables else None
    if table_name is None:
        return orjson.dumps(_page(None, "[]", None, True, cursor, tables, counts))
    if table_name not in tables:
        raise FieldValidationError("table", f"{table_name} is not part of this device's data.")
    spec = spec_for(table_name)
    assert spec is not None
    columns, rows_json, last_id, count = _table_page(session, spec, scopes, after, limit)
    done = count < limit
    record_page(session, principal, "sync_snapshot", {table_name: count}, cursor=cursor)
    head = _page(table_name, "__ROWS__", last_id, done, cursor, tables, counts)
    head["columns"] = columns
    return orjson.dumps(head).replace(b'"__ROWS__"', rows_json.encode(), 1)


def _page(
    table: str | None,
    rows: str,
    last: uuid.UUID | None,
    done: bool,
    cursor: int,
    tables: list[str],
    counts: dict[str, int] | None,
) -> dict[str, Any]:
    page: dict[str, Any] = {
        "table": table or "",
        "columns": [],
        "rows": rows if rows == "__ROWS__" else [],
        "next_after": str(last) if last else None,
        "done": done,
        "cursor": cursor,
        "tables": tables,
    }
    if counts is not None:
        page["counts"] = counts
    return page


def _row_counts(session: Session, scopes: list[str], tables: list[str]) -> dict[str, int]:
    """Rows per table of the snapshot, for the desk's progress bar (one query)."""
    counts = []
    for name in tables:
        spec = spec_for(name)
        assert spec is not None
        table = table_of(name)
        query = sa.select(sa.func.count()).select_from(table).where(_scope_filter(spec, scopes))
        counts.append(query.scalar_subquery().label(name))
    if not counts:
        return {}
    return dict(session.execute(sa.select(*counts)).one()._mapping)


def _table_page(
    session: Session,
    spec: TableSpec,
    scopes: list[str],
    after: uuid.UUID | None,
    limit: int,
) -> tuple[list[str], str, uuid.UUID | None, int]:
    """(columns, rows as JSON text, last id, row count) of one keyset page."""
    table = table_of(spec.name)
    condition = _scope_filter(spec, scopes)
    assert condition is not None
    owner_only = all(s.startswith("o:") for s in scopes)
    names = [n for n in column_names(spec.name) if not (owner_only and n in PERSONAL_COLUMNS)]
    inner = sa.select(*(table.c[n] for n in names)).where(condition)
    inner = inner.order_by(table.c.id).limit(limit)
    if after is not None:
        inner = inner.where(table.c.id > after)
    page = inner.subquery("t")
    values = sa.func.json_build_array(*(stored_form(page.c[n]) for n in names))
    query = sa.select(
        sa.func.coalesce(
            sa.func.json_agg(aggregate_order_by(values, page.c.id)), sa.text("'[]'::json")
        ).cast(sa.Text),
        sa.func.count(),
        sa.func.max(sa.cast(page.c.id, sa.Text)),
    ).select_from(page)
    rows_json, count, last_id = session.execute(query).one()
    return names, rows_json, uuid.UUID(last_id) if last_id else None, int(count)


_STORED_TIMESTAMP = "YYYY-MM-DD HH24:MI:SS.US"


def stored_form(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """The column as a snapshot page carries it (``SnapshotPage``'s stored form)."""
    column_type = column.type
    if isinstance(column_type, UTCDateTime):
        return sa.func.to_char(sa.func.timezone("UTC", column), _STORED_TIMESTAMP)
    if isinstance(column_type, sa.Uuid):
        return sa.func.replace(sa.cast(column, sa.Text), "-", "")
    if isinstance(column_type, sa.JSON):
        return sa.cast(column, sa.Text)
    return column


def _scope_filter(spec: TableSpec, scopes: list[str]) -> Any:
    """SQL selecting the table's rows that belong to any of ``scopes`` (None: no rows)."""
    table = table_of(spec.name)
    clauses: list[Any] = []
    for scope in scopes:
        clause = _one_scope(spec, table, scope)
        if clause is not None:
            clauses.append(clause)
    return sa.or_(*clauses) if clauses else None


def _one_scope(spec: TableSpec, table: sa.Table, scope: str) -> Any:
    if scope == GLOBAL_SCOPE:
        if not is_global(spec):
            return None
        return (
            sa.true() if spec.hospital_column is None else table.c[spec.hospital_column].is_(None)
        )
    kind, _, raw = scope.partition(":")
    key = uuid.UUID(raw)
    hospital = table.c[spec.hospital_column] if spec.hospital_column else None
    if kind == "h" and hospital is not None and not spec.financial:
        return hospital == key
    if kind == "hf" and hospital is not None and spec.financial:
        return hospital == key
    if kind != "o":
        return None
    clauses = []
    if spec.owner_column:
        clauses.append(table.c[spec.owner_column] == key)
    if spec.owner_via_contract and hospital is not None:
        owned = sa.select(Contract.hospital_id).where(
            Contract.owner_account_id == key, Contract.deleted_at.is_(None)
        )
        clauses.append(hospital.in_(owned))
    return sa.or_(*clauses) if clauses else None
