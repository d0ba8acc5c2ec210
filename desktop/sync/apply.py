"""Writing server rows into the local store without losing local work.

The server is the authority on every row, with one exception: a field that
a local edit still holds (its outbox mutation is not yet answered) keeps the
local value until the server has seen that edit. Rows arriving older than
the local copy (``server_seq`` below it) are skipped, so an old change-log
entry never makes the screen flicker back.

Foreign keys are not checked while applying server data: a scope can hold a
row whose parent lies outside it (an owner's payout names the user who
approved it), and the server has already enforced referential integrity.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.store.outbox import pending_fields
from shared.sync.codec import decode_row, table_of

_CHUNK = 900


@contextmanager
def server_data_session(engine: sa.Engine) -> Iterator[Session]:
    """One local transaction for applying server data (foreign-key checks off)."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def apply_rows(
    session: Session, table_name: str, rows: Sequence[dict[str, Any]], *, force: bool = False
) -> int:
    """Upsert server rows of one table; returns how many were written."""
    if not rows:
        return 0
    decoded = [decode_row(table_name, row) for row in rows]
    ids = [row["id"] for row in decoded]
    local_seqs = {} if force else _local_seqs(session, table_name, ids)
    pending = pending_fields(session, table_name, ids)
    writes: list[dict[str, Any]] = []
    for row in decoded:
        local_seq = local_seqs.get(row["id"])
        if local_seq is not None and (row.get("server_seq") or 0) < local_seq:
            continue
        fields = pending.get(row["id"])
        writes.append(_keep_local(session, table_name, row, fields) if fields else row)
    _upsert(session, table_name, writes)
    return len(writes)


def remove_row(session: Session, table_name: str, row_id: uuid.UUID) -> None:
    """Drop a row the server refused to create (its insert was rejected)."""
    table = table_of(table_name)
    session.execute(sa.delete(table).where(table.c.id == row_id))


def acknowledge(session: Session, table_name: str, pairs: list[tuple[uuid.UUID, int]]) -> None:
    """The server took these local edits: each row is at least as new as its ``server_seq``."""
    table = table_of(table_name)
    stmt = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("row_id"), table.c.server_seq < sa.bindparam("seq"))
        .values(server_seq=sa.bindparam("seq"))
    )
    session.execute(stmt, [{"row_id": row_id, "seq": seq} for row_id, seq in pairs])


def _local_seqs(session: Session, table_name: str, ids: list[uuid.UUID]) -> dict[Any, int]:
    table = table_of(table_name)
    out: dict[Any, int] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = sa.select(table.c.id, table.c.server_seq).where(table.c.id.in_(chunk))
        out.update({row_id: seq for row_id, seq in session.execute(query)})
    return out


def _keep_local(
    session: Session, table_name: str, row: dict[str, Any], fields: set[str]
) -> dict[str, Any]:
    table = table_of(table_name)
    local = session.execute(sa.select(table).where(table.c.id == row["id"])).mappings().first()
    if local is None:
        return row
    merged = dict(row)
    clocks = dict(row.get("field_clocks") or {})
    for field in fields:
        merged[field] = local[field]
        clocks[field] = (local["field_clocks"] or {}).get(field, clocks.get(field))
    merged["field_clocks"] = clocks
    return merged


def _upsert(session: Session, table_name: str, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO UPDATE for many rows, converting each column once per value.

    The statement is compiled once and run with the driver's executemany: going
    through SQLAlchemy's per-row parameter handling doubled the cost of an
    initial download.
    """
    if not rows:
        return
    table = table_of(table_name)
    names = list(rows[0])
    dialect = session.get_bind().dialect
    stmt = sqlite_insert(table).values({name: sa.bindparam(name) for name in names})
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={name: stmt.excluded[name] for name in names if name != "id"},
    )
    compiled = stmt.compile(dialect=dialect)
    order = list(compiled.positiontup or [])
    processors = [table.c[name].type.bind_processor(dialect) for name in order]
    params = [
        tuple(
            value if proc is None or value is None else proc(value)
            for proc, value in zip(processors, (row.get(name) for name in order), strict=True)
        )
        for row in rows
    ]
    session.connection().exec_driver_sql(compiled.string, params)
