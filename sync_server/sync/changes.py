"""The change log: how every server write reaches the desktops.

The server's session writes it itself. Before each flush, every new or
modified ORM row of a replicated table (``shared.sync.registry``) has its
changed fields stamped with the server's clock and is queued; when the
session commits, every queued row gets a change-log entry per scope it
belongs to and its ``server_seq`` is set to that entry's number. Server code
just writes rows and commits::

    patient.phone = "+2348031234567"
    # ... the caller commits as usual

Only PostgreSQL sessions are watched (the desk's SQLite sessions use the same
models). A row changed again later in the transaction is stamped again and
still writes one entry, with its final state. Soft deletes are updates and
travel the same way; a hard delete of a replicated row is refused, because
desks would never learn of it (no server code does one).

A writer that sets ``field_clocks`` itself owns them: the listener queues the
row without stamping it. The push service does this (the device's clocks)
and calls :func:`record_change` with ``stamp_clocks=False`` for its set-based
fast path. Rows written by SQL rather than the unit of work (an ``INSERT ...
ON CONFLICT``, an upsert read back) are invisible to the listener and are
passed to :func:`record_written` by the code that wrote them.

``session.info["actor"]`` (:func:`set_actor`) names who writes: "api",
"cli", "job:reminders", a device id; "server" when nobody said.

Sequence numbers are commit-ordered: the entries are written at the very end
of the transaction, right after taking a transaction-scoped advisory lock that
is held until commit. A transaction that took number N has therefore
committed (and become visible) before any other can take N+1, so a reader
that sees N+1 also sees N and a cursor never skips a late commit.
"""

from __future__ import annotations

import functools
import logging
import os
import uuid
from collections import Counter
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction
from sqlalchemy.orm.attributes import instance_state

from shared.clock import HybridLogicalClock, utcnow
from shared.db.base import new_id
from shared.db.models.owners import Contract
from shared.sync.codec import column_names, table_name_of
from shared.sync.registry import PERSONAL_COLUMNS, scopes_for, spec_for
from sync_server.sync.bulk import send_changes, set_taken, take_changes
from sync_server.sync.tables import SyncChange

log = logging.getLogger(__name__)

#: Key of the advisory lock that serialises change-log writers (arbitrary, fixed).
CHANGE_LOG_LOCK = 0x53594E43

#: Who writes, when the unit of work did not say.
DEFAULT_ACTOR = "server"

_ACTOR = "actor"
_PENDING = "sync_pending_changes"
_ACTORS = "sync_pending_actors"
_CALLER_CLOCKED = "sync_caller_clocked"

#: Bookkeeping columns the server's clock never stamps.
_UNSTAMPED = frozenset({"id", "server_seq", "field_clocks", "created_at", "updated_at"})

#: The server's own clock, for fields that server code (not a device) writes.
SERVER_CLOCK = HybridLogicalClock(f"srv{os.getpid()}")

Key = tuple[str, uuid.UUID]


class HardDeleteError(RuntimeError):
    """A replicated row was deleted outright; desks only learn of soft deletes."""


def set_actor(session: Session, actor: str) -> None:
    """Name who writes in this session ("api", "cli", "job:...") for its change-log rows."""
    session.info[_ACTOR] = actor


def record_change(
    session: Session, row: object, *, actor: str | None = None, stamp_clocks: bool = True
) -> None:
    """Queue ``row`` now rather than at the next flush (the push's set-based path).

    The push sets the device's clocks itself (``stamp_clocks=False``) and
    needs its rows queued before :func:`flush_changes` takes their changes
    out of the unit of work. A row of a server-only table is ignored.
    """
    key = _queue(session, row, actor, stamp=stamp_clocks)
    if key is not None and not stamp_clocks:
        session.info.setdefault(_CALLER_CLOCKED, set()).add(key)


def record_written(session: Session, row: object, *, actor: str | None = None) -> None:
    """Queue a row a SQL statement wrote outside the unit of work, clocks as it left them."""
    _queue(session, row, actor, stamp=False)


def _queue(session: Session, row: Any, actor: str | None, *, stamp: bool) -> Key | None:
    """Queue one row for the commit-time write; its key, or ``None`` if it does not replicate."""
    table_name = table_name_of(row)
    spec = spec_for(table_name)
    if spec is None or not spec.replicated:
        return None
    if stamp:
        _stamp_changed_fields(row, SERVER_CLOCK.now())
    if row.id is None:
        row.id = new_id()
    key = (table_name, row.id)
    session.info.setdefault(_PENDING, {})[key] = row
    session.info.setdefault(_ACTORS, {})[key] = actor or session.info.get(_ACTOR, DEFAULT_ACTOR)
    return key


def _stamp_changed_fields(row: Any, clock: str) -> None:
    state = sa.inspect(row)
    names = column_names(state.mapper.local_table.name)
    if state.persistent:
        changed = [n for n in names if state.attrs[n].history.has_changes()]
    else:
        changed = [n for n in names if getattr(row, n) is not None]
    clocks = dict(row.field_clocks or {})
    clocks.update({n: clock for n in changed if n not in _UNSTAMPED})
    row.field_clocks = clocks


@event.listens_for(Session, "before_flush")
def _queue_flushed_rows(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """Every replicated row this flush writes joins the change log; none is deleted outright."""
    if not _is_server_session(session):
        return
    for row in session.deleted:
        if _replicates(row):
            raise HardDeleteError(
                f"{table_name_of(row)} rows replicate to desks: set deleted_at instead of deleting"
            )
    caller_clocked: set[Key] = session.info.get(_CALLER_CLOCKED, set())
    for row in (*session.new, *session.dirty):
        if not _replicates(row) or not session.is_modified(row):
            continue
        key = (table_name_of(row), row.id)
        clocks_set = instance_state(row).attrs.field_clocks.history.has_changes()
        stamp = key not in caller_clocked and not clocks_set
        _queue(session, row, None, stamp=stamp)


def _persistent(row: object) -> bool:
    return instance_state(row).persistent


def _replicates(row: object) -> bool:
    spec = spec_for(table_name_of(row))
    return spec is not None and spec.replicated


def _is_server_session(session: Session) -> bool:
    """A session on PostgreSQL: the desk's SQLite sessions keep no change log."""
    try:
        bind = session.get_bind()
    except sa.exc.UnboundExecutionError:
        return False
    return bind.dialect.name == "postgresql"


def discard_pending_changes(session: Session) -> None:
    """Forget rows recorded inside a savepoint that was rolled back."""
    for name in (_PENDING, _ACTORS, _CALLER_CLOCKED):
        session.info.pop(name, None)


def flush_changes(session: Session, *, rows_locked: bool = False) -> dict[uuid.UUID, int]:
    """Write the change-log entries of every queued row now; returns row id -> seq.

    Called automatically before commit. The push service calls it itself to
    learn the numbers it reports back to the device; after it, the caller must
    commit promptly, because the change-log lock is held until then.

    The session is flushed first, which queues whatever else the transaction
    wrote. Queued rows are written once more after the lock (their
    ``server_seq``), set-based. ``rows_locked=True`` says the caller already
    holds the row locks of every row it recorded (the push service does), so
    their own changes can wait and go out in that same statement; otherwise
    they are flushed first, so the change-log lock is never held while
    waiting for a row lock.
    """
    recorded = list(session.info.get(_PENDING, {}).values())
    changes = take_changes(recorded) if rows_locked else {}
    session.flush()
    pending: dict[Key, object] = session.info.get(_PENDING, {})
    actors: dict[Key, str] = session.info.get(_ACTORS, {})
    discard_pending_changes(session)
    # A row inserted in a savepoint that was rolled back is gone again.
    rows = [row for row in pending.values() if _persistent(row)]
    if not rows:
        return {}
    if log.isEnabledFor(logging.DEBUG):
        log.debug("change log: %d rows by %s", len(rows), dict(Counter(actors.values())))
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
    scopes: dict[tuple[Any, ...], list[str]] = {}
    entries: list[Entry] = []
    for row in rows:
        entries.extend(_entries_for(row, owners, scopes))
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


def _entries_for(
    row: Any, owners: _OwnerLookup, known: dict[tuple[Any, ...], list[str]]
) -> list[Entry]:
    """The row's change-log entries; ``known``: scopes already worked out in this flush.

    A row's scopes follow from its table, hospital and owner alone, and a
    push's thousand rows mostly share all three.
    """
    table_name = table_name_of(row)
    spec = spec_for(table_name)
    assert spec is not None
    keys = {name: getattr(row, name) for name in (spec.hospital_column, spec.owner_column) if name}
    key = (table_name, *keys.values())
    if key not in known:
        known[key] = scopes_for(spec, keys, owners)
    return [(scope, row.server_seq, table_name, row.id) for scope in known[key]]


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
    if not session.in_nested_transaction() and _is_server_session(session):
        flush_changes(session)


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, transaction: SessionTransaction) -> None:
    """A rolled-back transaction leaves nothing queued for the session's next one."""
    if transaction.parent is None:
        discard_pending_changes(session)
