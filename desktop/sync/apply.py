"""Writing server rows into the local store without losing local work.

The server is the authority on every row, with one exception: a field that
a local edit still holds (its outbox mutation is not yet answered) keeps the
local value until the server has seen that edit, and so does the rest of its
field group (the server decides a group as one unit). Rows arriving older than
the local copy (``server_seq`` below it) are skipped, so an old change-log
entry never makes the screen flicker back.

Foreign keys are not checked while applying server data: a scope can hold a
row whose parent lies outside it (an owner's payout names the user who
approved it), and the server has already enforced referential integrity.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.outbox import has_pending, pending_fields, pending_row_ids
from desktop.sync.storage import converters, json_columns, stored_id, stored_rows, wire_rows
from shared.sync.codec import encode_value, table_of
from shared.sync.registry import spec_for

_CHUNK = 900


#: Page cache while downloading (KiB, as SQLite takes it negative): the default 2 MB
#: cannot hold the indexes of 300,000 appointments, and every insert then waits on I/O.
_BULK_CACHE_KIB = 65_536


@contextmanager
def server_data_connection(engine: sa.Engine, *, bulk: bool = False) -> Iterator[sa.Connection]:
    """A connection for applying server data: foreign-key checks off until it is returned.

    ``bulk`` also gives it a large page cache for as long as it is held (a
    whole initial download). Growing and shrinking the cache around each
    page threw the cached indexes away every time: the next page read them
    back, half a second over a first download.
    """
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        if bulk:
            raw.execute(f"PRAGMA cache_size=-{_BULK_CACHE_KIB}")
        try:
            yield conn
        finally:
            raw.execute(f"PRAGMA cache_size={int(cache)}")
            raw.execute("PRAGMA foreign_keys=ON")


@contextmanager
def server_data_session(bind: sa.Engine | sa.Connection) -> Iterator[Session]:
    """One local transaction for applying server data.

    Given an engine it takes a connection of its own; given one from
    :func:`server_data_connection` (a whole download) it uses that.
    """
    if isinstance(bind, sa.Engine):
        with server_data_connection(bind) as conn, server_data_session(conn) as session:
            yield session
        return
    with Session(bind=bind, expire_on_commit=False) as session, session.begin():
        yield session


def drop_secondary_indexes(session: Session, table_name: str) -> list[str]:
    """Drop the table's non-unique indexes; returns the statements that recreate them.

    Keeping five indexes current row by row made inserting 300,000 downloaded
    appointments about twice as slow as inserting them and then building each
    index once, sorted. Unique indexes stay: they are constraints.
    """
    found = session.connection().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
        (table_name,),
    )
    indexes = found.tuples().all()
    for name, _ in indexes:
        session.connection().exec_driver_sql(f'DROP INDEX "{name}"')
    return [create for _, create in indexes]


def create_indexes(session: Session, statements: Sequence[str]) -> None:
    """Recreate indexes dropped by :func:`drop_secondary_indexes` (those still missing)."""
    for create in statements:
        sql = create.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)
        session.connection().exec_driver_sql(sql)


def apply_rows(
    session: Session, table_name: str, rows: Sequence[dict[str, Any]], *, force: bool = False
) -> int:
    """Upsert server rows of one table (wire form); returns how many were written."""
    if not rows:
        return 0
    if force:
        writes = list(rows)
    else:
        local_seqs = _local_seqs(session, table_name, [row["id"] for row in rows])
        writes = [
            row
            for row in rows
            if (seq := local_seqs.get(stored_id(row["id"]))) is None
            or (row.get("server_seq") or 0) >= seq
        ]
    pending = _pending(session, table_name, [row["id"] for row in writes])
    if pending:
        writes = [_keep_local(session, table_name, row, pending.get(row["id"])) for row in writes]
    if writes:
        known = converters(table_name)
        names = [name for name in writes[0] if name in known]
        _upsert(session, table_name, names, stored_rows(table_name, writes, names))
    return len(writes)


def apply_snapshot_rows(
    session: Session, table_name: str, columns: list[str], rows: Sequence[Sequence[Any]]
) -> int:
    """Store a snapshot page, whose values come in stored form; returns the page's row count.

    A fresh desk holds nothing the page could overwrite, and the rows go in
    as they came. When local rows could collide (a download again over
    existing data) or local edits are pending, rows stored exactly as the
    page has them are left alone (a download again over a current copy
    took twice as long as the first download, rewriting every row), and the
    rest take the careful path of :func:`apply_rows`.
    """
    if not rows:
        return 0
    known = converters(table_name)
    if any(name not in known for name in columns):  # a newer server's columns: not ours to store
        keep = [i for i, name in enumerate(columns) if name in known]
        columns = [columns[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
    at = columns.index("id")
    if _has_rows_from(session, table_name, min(row[at] for row in rows)) or has_pending(
        session, table_name
    ):
        changed = _unlike_local(session, table_name, columns, rows, at)
        apply_rows(session, table_name, wire_rows(table_name, columns, changed))
    else:
        _upsert(session, table_name, columns, rows)
    return len(rows)


def _unlike_local(
    session: Session,
    table_name: str,
    columns: list[str],
    rows: Sequence[Sequence[Any]],
    at: int,
) -> list[Sequence[Any]]:
    """The page rows whose stored values differ from the local row's, or that are not here.

    Both sides are in stored form, so equal values mean nothing to write.
    """
    connection = session.connection()
    local: dict[str, tuple[Any, ...]] = {}
    names = ", ".join(columns)
    for start in range(0, len(rows), _CHUNK):
        chunk = [row[at] for row in rows[start : start + _CHUNK]]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT {names} FROM {table_name} WHERE id IN ({marks})"  # noqa: S608
        for stored in connection.exec_driver_sql(sql, tuple(chunk)):
            local[stored[at]] = tuple(stored)
    documents = [i for i, name in enumerate(columns) if name in json_columns(table_name)]
    return [row for row in rows if not _same(local.get(row[at]), row, documents)]


def _same(local: tuple[Any, ...] | None, row: Sequence[Any], documents: list[int]) -> bool:
    """Equal stored values; JSON documents compared parsed (the two stores space them apart)."""
    if local is None:
        return False
    if local == tuple(row):
        return True
    return all(
        mine == theirs
        or (
            i in documents
            and None not in (mine, theirs)
            and orjson.loads(mine) == orjson.loads(theirs)
        )
        for i, (mine, theirs) in enumerate(zip(local, row, strict=True))
    )


def remove_row(session: Session, table_name: str, row_id: uuid.UUID) -> None:
    """Drop a row the server refused to create (its insert was rejected)."""
    table = table_of(table_name)
    session.execute(sa.delete(table).where(table.c.id == row_id))


def remove_unlisted(
    session: Session,
    table_name: str,
    listed: set[str],
    *,
    above: str | None = None,
    upto: str | None = None,
) -> int:
    """Delete the table's rows in the id range ``(above, upto]`` that ``listed`` lacks.

    A download again (recovery, a change of scope) walks each table in id
    order; a local row in the range a page covers that the page does not
    hold is no longer this PC's to see (a lost role, an ended contract) and
    goes, unless a local edit of it is still unanswered. ``None`` leaves a
    bound open; stored ids throughout. Returns how many rows went.
    """
    table_of(table_name)  # only a synced table's name reaches the SQL below
    where, params = ["1 = 1"], []
    if above is not None:
        where.append("id > ?")
        params.append(above)
    if upto is not None:
        where.append("id <= ?")
        params.append(upto)
    connection = session.connection()
    sql = f"SELECT id FROM {table_name} WHERE {' AND '.join(where)}"  # noqa: S608
    here = {row_id for (row_id,) in connection.exec_driver_sql(sql, tuple(params))}
    gone = here - listed - {row_id.hex for row_id in pending_row_ids(session, table_name)}
    if gone:
        delete = f"DELETE FROM {table_name} WHERE id = ?"  # noqa: S608
        connection.exec_driver_sql(delete, [(row_id,) for row_id in sorted(gone)])
    return len(gone)


def acknowledge(session: Session, table_name: str, pairs: list[tuple[uuid.UUID, int]]) -> None:
    """The server took these local edits: each row is at least as new as its ``server_seq``.

    Only ``server_seq`` changes (the server's own ``updated_at`` arrives with
    the row in a pull), written as plain SQL with stored ids: bound through
    the ORM's column types, 1,000 acknowledgements cost 20 ms of Python.
    """
    table_of(table_name)  # only a synced table's name reaches the SQL below
    sql = f"UPDATE {table_name} SET server_seq = ? WHERE id = ? AND server_seq < ?"  # noqa: S608
    params = [(seq, row_id.hex, seq) for row_id, seq in pairs]
    session.connection().exec_driver_sql(sql, params)


def _has_rows_from(session: Session, table_name: str, lowest: str) -> bool:
    """Whether a local row has an id at or above ``lowest`` (a stored id): one index probe."""
    sql = f"SELECT 1 FROM {table_name} WHERE id >= ? LIMIT 1"  # noqa: S608
    return session.connection().exec_driver_sql(sql, (lowest,)).first() is not None


def _local_seqs(session: Session, table_name: str, ids: list[str]) -> dict[str, int]:
    """Stored id -> ``server_seq`` of the rows already here (new rows are absent).

    A snapshot page comes in id order and continues above the previous one,
    so during an initial download no local id is as high as the page's
    lowest: one index lookup then answers for the whole page.
    """
    connection = session.connection()
    stored = [stored_id(row_id) for row_id in ids]
    highest = connection.exec_driver_sql(f"SELECT max(id) FROM {table_name}").scalar()  # noqa: S608
    if highest is None or highest < min(stored):
        return {}
    out: dict[str, int] = {}
    for start in range(0, len(stored), _CHUNK):
        chunk = stored[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id, server_seq FROM {table_name} WHERE id IN ({marks})"  # noqa: S608
        out.update(connection.exec_driver_sql(sql, tuple(chunk)).tuples().all())
    return out


def _pending(session: Session, table_name: str, ids: list[str]) -> dict[str, set[str]]:
    """Wire id -> fields that local unanswered edits hold (checked cheaply when there are none)."""
    if not ids or not has_pending(session, table_name):
        return {}
    by_uuid = pending_fields(session, table_name, (uuid.UUID(row_id) for row_id in ids))
    spec = spec_for(table_name)
    groups = spec.field_groups if spec is not None else ()
    return {str(row_id): _with_groups(fields, groups) for row_id, fields in by_uuid.items()}


def _with_groups(fields: set[str], groups: tuple[frozenset[str], ...]) -> set[str]:
    """Pending fields with the rest of their groups: a group is kept local, or not at all.

    The server decides a group as one unit; keeping half of it local would
    show, until the push is answered, a mix neither desk wrote.
    """
    out = set(fields)
    for group in groups:
        if out & group:
            out |= group
    return out


def _keep_local(
    session: Session, table_name: str, row: dict[str, Any], fields: set[str] | None
) -> dict[str, Any]:
    """The server row with the fields a local edit still holds put back to their local values."""
    if not fields:
        return row
    table = table_of(table_name)
    local = session.execute(sa.select(table).where(table.c.id == uuid.UUID(row["id"])))
    current = local.mappings().first()
    if current is None:
        return row
    merged = dict(row)
    clocks = dict(row.get("field_clocks") or {})
    for field in fields:
        merged[field] = encode_value(current[field])
        clocks[field] = (current["field_clocks"] or {}).get(field, clocks.get(field))
    merged["field_clocks"] = clocks
    return merged


def _upsert(
    session: Session, table_name: str, names: list[str], params: Sequence[Sequence[Any]]
) -> None:
    """INSERT ... ON CONFLICT DO UPDATE for many rows of stored values (``names`` order).

    Runs with the driver's own executemany, which takes a page's row lists
    as they came (SQLAlchemy's wants tuples: copying 400,000 rows cost half
    a second of a first download). Large batches also fill the table's
    full-text index set-based (see :func:`_without_insert_triggers`).
    """
    if not params:
        return
    columns = ", ".join(names)
    updates = ", ".join(f"{name} = excluded.{name}" for name in names if name != "id")
    sql = (
        f"INSERT INTO {table_name} ({columns}) VALUES ({', '.join('?' * len(names))}) "  # noqa: S608
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )
    connection = session.connection()
    if len(params) < _SET_BASED_TRIGGERS_FROM:
        _executemany(connection, sql, params)
        return
    at = names.index("id")
    if len({row[at] for row in params}) < len(params):  # a row twice: the replay would repeat it
        _executemany(connection, sql, params)
        return
    with _without_insert_triggers(connection, table_name):
        _executemany(connection, sql, params)


def _executemany(connection: sa.Connection, sql: str, params: Sequence[Sequence[Any]]) -> None:
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


#: Batches at least this big fill the full-text index set-based (DDL costs more for a few rows).
_SET_BASED_TRIGGERS_FROM = 200

_INSERT_TRIGGER = re.compile(
    r"CREATE TRIGGER (?P<name>\w+) AFTER INSERT ON (?P<table>\w+)(?: WHEN (?P<when>.+?))? "
    r"BEGIN (?P<insert>INSERT INTO [^;]+?) VALUES \((?P<values>[^;]+)\); END",
    re.DOTALL | re.IGNORECASE,
)


@contextmanager
def _without_insert_triggers(connection: sa.Connection, table_name: str) -> Iterator[None]:
    """Run a bulk insert with the table's index-keeping insert triggers replayed set-based.

    The full-text index of patients is kept by an ``AFTER INSERT`` trigger
    that indexes one row per statement; run 100,000 times in an initial
    download it cost more than the inserts. A trigger whose body is one
    ``INSERT ... VALUES (new...)`` is dropped for the batch, restored after
    it, and its insert is then run once for every new row (``rowid`` above
    the old maximum; SQLite numbers new rows upwards) as ``INSERT ... SELECT``.
    Everything happens in the caller's transaction, so a crash leaves the
    triggers as they were.
    """
    triggers = _replayable_insert_triggers(connection, table_name)
    if not triggers:
        yield
        return
    last = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table_name}")  # noqa: S608
    before = last.scalar()
    for name, _, _ in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        for _, create, _ in triggers:
            connection.exec_driver_sql(create)
    for _, _, replay in triggers:
        connection.exec_driver_sql(replay, (before,))


def _replayable_insert_triggers(
    connection: sa.Connection, table_name: str
) -> list[tuple[str, str, str]]:
    """(name, CREATE statement, set-based replay) of each simple insert trigger on the table."""
    found = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table_name,)
    )
    out = []
    for (create,) in found:
        match = _INSERT_TRIGGER.fullmatch(create.strip())
        if match is None or match["table"] != table_name:
            continue
        when = f" AND ({match['when']})" if match["when"] else ""
        # Built from the database's own trigger text and a table name it holds.
        replay = (
            f"{match['insert']} SELECT {match['values']} FROM {table_name} AS new "  # noqa: S608
            f"WHERE new.rowid > ?{when}"
        )
        out.append((match["name"], create, replay))
    return out
