"""The change log: how every server write reaches the desktops.

Any server code that inserts or changes a synced domain row (REST endpoints,
jobs, payout runs, the push service) calls :func:`record_change` for it::

    patient.phone = "+2348031234567"
    record_change(session, patient, actor="api")
    # ... the caller commits as usual

Nothing else is needed: when the session commits, every recorded row gets a
change-log entry per scope it belongs to (see ``shared.sync.registry``) and
its ``server_seq`` is set to that entry's number. Call it after setting the
attributes (it stamps the changed fields with the server's clock) and again
if you change the row further; recording the same row twice in one
transaction writes one entry with the final state.

Sequence numbers are commit-ordered: the entries are written at the very end
of the transaction, right after taking a transaction-scoped advisory lock that
is held until commit. A transaction that took number N has therefore
committed (and become visible) before any other can take N+1, so a reader
that sees N+1 also sees N and a cursor never skips a late commit.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from shared.clock import HybridLogicalClock, utcnow
from shared.db.base import new_id
from shared.db.models.owners import Contract
from shared.sync.codec import column_names, table_name_of
from shared.sync.registry import PERSONAL_COLUMNS, scopes_for, spec_for
from sync_server.sync.bulk import send_changes, set_taken, take_changes
from sync_server.sync.tables import SyncChange

#: Key of the advisory lock that serialises change-log writers (arbitrary, fixed).
CHANGE_LOG_LOCK = 0x53594E43

_PENDING = "sync_pending_changes"

#: The server's own clock, for fields that server code (not a device) writes.
SERVER_CLOCK = HybridLogicalClock(f"srv{os.getpid()}")


def record_change(
    session: Session, row: object, *, actor: str | None = None, stamp_clocks: bool = True
) -> None:
    """Queue ``row`` so desktops receive its current state when the session commits.

    ``row`` is an ORM instance of a replicated domain table (a row of a
    server-only table is ignored). ``actor`` is informational ("api",
    "job:reminders", a device id...). ``stamp_clocks=False`` is for the push
    service, which has already set the device's clocks on the fields.
    """
    del actor  # accepted for call-site readability and future auditing
    table_name = table_name_of(row)
    spec = spec_for(table_name)
    if spec is None or not spec.replicated:
        return
    if stamp_clocks:
        _stamp_changed_fields(row, SERVER_CLOCK.now())
    if row.id is None:  # type: ignore[attr-defined]
        row.id = new_id()  # type: ignore[attr-defined]
    pending: dict[tuple[str, uuid.UUID], object] = session.info.setdefault(_PENDING, {})
    pending[(table_name, row.id)] = row  # type: ignore[attr-defined]


def _stamp_changed_fields(row: Any, clock: str) -> None:
    state = sa.inspect(row)
    names = column_names(state.mapper.local_table.name)
    if state.persistent:
        changed = [n for n in names if state.attrs[n].history.has_changes()]
    else:
        changed = [n for n in names if getattr(row, n) is not None]
    skip = {"id", "server_seq", "field_clocks", "created_at", "updated_at"}
    clocks = dict(row.field_clocks or {})
    clocks.update({n: clock for n in changed if n not in skip})
    row.field_clocks = clocks


def discard_pending_changes(session: Session) -> None:
    """Forget rows recorded inside a savepoint that was rolled back."""
    session.info.pop(_PENDING, None)


def has_pending_changes(session: Session) -> bool:
    return bool(session.info.get(_PENDING))


def flush_changes(session: Session, *, rows_locked: bool = False) -> dict[uuid.UUID, int]:
    """Write the change-log entries of every recorded row now; returns row id -> seq.

    Called automatically before commit. The push service calls it itself to
    learn the numbers it reports back to the device; after it, the caller must
    commit promptly, because the change-log lock is held until then.

    Recorded rows are written once more after the lock (their ``server_seq``),
    set-based. ``rows_locked=True`` says the caller already holds the row locks
    of every recorded row (the push service does), so their own changes can
    wait and go out in that same statement; otherwise they are flushed first,
    so the change-log lock is never held while waiting for a row lock.
    """
    pending: dict[tuple[str, uuid.UUID], object] = session.info.pop(_PENDING, {})
    if not pending:
        return {}
    rows = list(pending.values())
    changes = take_changes(rows) if rows_locked else {}
    session.flush()
    session.execute(sa.select(sa.func.pg_advisory_xact_lock(CHANGE_LOG_LOCK)))
    seqs = _next_seqs(session, len(rows))
    now = utcnow()
    untaken = []
    for seq, row in zip(seqs, rows, strict=True):
        if not set_taken(row, changes, {"server_seq": seq, "updated_at": now}):
            row.server_seq = seq  # type: ignore[attr-defined]
            row.updated_at = now  # type: ignore[attr-defined]
            untaken.append(row)
    send_changes(session, take_changes(untaken, into=changes))
    owners = _OwnerLookup(session)
    entries: list[Entry] = []
    for row in rows:
        entries.extend(_entries_for(row, owners))
    _insert_entries(session, entries)
    return {row.id: row.server_seq for row in rows}  # type: ignore[attr-defined]


#: One change-log row to write: (scope, seq, table, row id).
Entry = tuple[str, int, str, uuid.UUID]


def _insert_entries(session: Session, entries: list[Entry]) -> None:
    """All change-log rows, one statement per table and projection, payloads built by PostgreSQL.

    The rows already hold their final state (the caller wrote it just
    before), so each payload is the row read back as JSON by its primary
    key. Encoding 1,000 rows in Python and parsing them again as one JSON
    parameter was a fifth of a push. Owner scopes get the row without its
    personal columns (``project_for_scope``). The scope, number and id
    arrays go in binary, which skips quoting each element.
    """
    groups: dict[tuple[str, bool], list[Entry]] = {}
    for entry in entries:
        groups.setdefault((entry[2], entry[0].startswith("o:")), []).append(entry)
    connection = session.connection()
    if groups:
        connection.exec_driver_sql("SET LOCAL timezone = 'UTC'")  # payload times end in +00:00
    for (table_name, owner_only), group in groups.items():
        scopes, seqs, _, row_ids = (list(column) for column in zip(*group, strict=True))
        sql = _insert_sql(connection.dialect.identifier_preparer, table_name, owner_only)
        connection.exec_driver_sql(sql, (scopes, seqs, row_ids))


@functools.cache
def _insert_sql(
    preparer: sa.sql.compiler.IdentifierPreparer, table_name: str, owner_only: bool
) -> str:
    """The change-log insert for one table; names come from the table's metadata, quoted."""
    quote = preparer.quote
    names = [n for n in column_names(table_name) if not (owner_only and n in PERSONAL_COLUMNS)]
    columns = ", ".join(f"t.{quote(n)}" for n in names)
    return (
        f"INSERT INTO {SyncChange.__tablename__} (scope, seq, table_name, row_id, payload) "  # noqa: S608
        f"SELECT v.scope, v.seq, '{table_name}', v.row_id, j.payload "
        "FROM ROWS FROM (unnest(%b::text[]), unnest(%b::bigint[]), unnest(%b::uuid[])) "
        "AS v(scope, seq, row_id) CROSS JOIN LATERAL ("
        f"SELECT row_to_json(p) AS payload FROM (SELECT {columns} FROM {quote(table_name)} AS t "
        "WHERE t.id = v.row_id) AS p) AS j"
    )


def _next_seqs(session: Session, count: int) -> list[int]:
    query = sa.text("SELECT nextval('sync_change_seq') FROM generate_series(1, :n)")
    return sorted(session.execute(query, {"n": count}).scalars())


def _entries_for(row: Any, owners: _OwnerLookup) -> list[Entry]:
    table_name = table_name_of(row)
    spec = spec_for(table_name)
    assert spec is not None
    keys = {name: getattr(row, name) for name in (spec.hospital_column, spec.owner_column) if name}
    return [(scope, row.server_seq, table_name, row.id) for scope in scopes_for(spec, keys, owners)]


class _OwnerLookup:
    """Owners with a live contract on a hospital, cached for one flush."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[uuid.UUID, list[uuid.UUID]] = {}

    def __call__(self, hospital_id: uuid.UUID) -> Iterable[uuid.UUID]:
        if hospital_id not in self._cache:
            query = sa.select(Contract.owner_account_id.distinct()).where(
                Contract.hospital_id == hospital_id, Contract.deleted_at.is_(None)
            )
            self._cache[hospital_id] = list(self._session.scalars(query))
        return self._cache[hospital_id]


@event.listens_for(Session, "before_commit")
def _write_change_log(session: Session) -> None:
    # A savepoint's commit fires this hook too; the log is written once, at the real commit.
    if has_pending_changes(session) and not session.in_nested_transaction():
        flush_changes(session)
