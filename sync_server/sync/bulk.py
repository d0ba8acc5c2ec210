"""Writing many changed ORM rows with one statement per table instead of one per row.

The unit of work sends one ``UPDATE`` per changed row; a push of 1,000 edits
then spends most of its time in round trips. :func:`take_changes` takes the
changes of already-persistent rows out of the unit of work, and
:func:`send_changes` sends them as
``UPDATE t SET ... FROM unnest(<arrays>) v WHERE t.id = v.id``: one statement
per table and set of changed columns, with one array parameter per column.
Values pass through the columns' own bind processing and are cast to the
columns' types, so the stored result is the same as an ORM flush; only the
number of statements changes. The SQL is written directly (not compiled from
a construct) so its text stays the same for any number of rows.
:func:`insert_rows` writes new rows outside the unit of work (the push's
audit rows) with one statement too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import set_committed_value

_CHARACTER_TYPES = ("VARCHAR", "CHAR", "NVARCHAR", "NCHAR")

#: Changed column values per row, keyed by (table, row id).
Changes = dict[tuple[sa.Table, Any], dict[str, Any]]


def take_changes(rows: Iterable[Any], into: Changes | None = None) -> Changes:
    """Move the pending column changes of persistent ``rows`` out of the unit of work.

    The rows then look unchanged to the session (a flush skips them) until
    :func:`send_changes` writes what was taken. Rows keyed otherwise than by
    ``id`` (server tables) and rows not yet inserted are left to the flush.
    """
    changes: Changes = {} if into is None else into
    for row in rows:
        state = sa.inspect(row)
        names = _column_names(state.mapper)
        if not state.persistent or names is None:
            continue
        changed = changes.setdefault((state.mapper.local_table, row.id), {})
        taken = [key for key in state.committed_state if key in names]
        for key in taken:
            changed[names[key]] = getattr(row, key)
        if len(taken) == len(state.committed_state):
            # Nothing left for the unit of work: take the row off its modified list,
            # or every later flush re-examines a thousand unchanged rows.
            state._commit_all(state.dict, state.session.identity_map if state.session else None)
        else:
            for key in taken:
                set_committed_value(row, key, changed[names[key]])
    return changes


def set_taken(row: Any, changes: Changes, values: dict[str, Any]) -> bool:
    """Set ``values`` on a row whose changes were taken, straight into those changes.

    Returns ``False`` (nothing done) for a row :func:`take_changes` left alone.
    Setting the attributes as committed skips the change tracking that a
    second :func:`take_changes` would only undo again.
    """
    state = sa.inspect(row)
    changed = changes.get((state.mapper.local_table, row.id))
    if changed is None:
        return False
    names = _column_names(state.mapper)
    assert names is not None
    for key, value in values.items():
        set_committed_value(row, key, value)
        changed[names[key]] = value
    return True


@functools.cache
def _column_names(mapper: Mapper[Any]) -> dict[str, str] | None:
    """Attribute key -> column name of a table keyed by ``id`` (``None`` for other tables)."""
    if [column.name for column in mapper.primary_key] != ["id"]:
        return None
    return {key: column.name for key, column in mapper.columns.items()}


def send_changes(session: Session, changes: Changes) -> None:
    """Write taken changes: one statement per table and set of changed columns."""
    groups: dict[tuple[sa.Table, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    for (table, row_id), changed in changes.items():
        if changed:
            names = tuple(sorted(changed))
            values = (row_id, *(changed[name] for name in names))
            groups.setdefault((table, names), []).append(values)
    connection = session.connection()
    for (table, names), rows in groups.items():
        sql, params = _update_from_arrays(connection.dialect, table, names, rows)
        connection.exec_driver_sql(sql, params)


def insert_rows(
    session: Session,
    table: sa.Table,
    rows: list[dict[str, Any]],
    same: dict[str, Any] | None = None,
) -> None:
    """Insert ``rows`` with one statement: ``INSERT ... SELECT FROM json_to_recordset(...)``.

    Every row names the same columns and every value is given (no column
    default runs); ``same`` holds the values every row shares, bound once.
    The rows travel as one JSON document that PostgreSQL parses in C: an ORM
    bulk insert of 1,000 audit rows ran the defaults and sent the rows one
    by one, and binary arrays cost ~2 ms per 1,000 ids to build in Python.
    Row values are therefore limited to what JSON carries as it is (ids,
    text, numbers, flags, JSON documents); a column needing its type's bind
    processing (a time, an enum) goes in ``same``.
    """
    if not rows:
        return
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    shared = same or {}
    varying = [table.c[name] for name in rows[0]]
    for column in varying:
        if not isinstance(column.type, sa.JSON) and _has_processor(column.type, dialect):
            raise ValueError(f"insert_rows: {column.name} needs bind processing; pass it in same")
    fixed = [table.c[name] for name in shared]
    names = ", ".join(quote(column.name) for column in (*fixed, *varying))
    picks = ", ".join(["%s"] * len(fixed) + [_pick(c, quote(c.name)) for c in varying])
    record = ", ".join(f"{quote(c.name)} {_record_type(c, dialect)}" for c in varying)
    # Names come from table metadata, quoted; every value is a parameter.
    sql = (
        f"INSERT INTO {quote(table.name)} ({names}) SELECT {picks} "  # noqa: S608
        f"FROM json_to_recordset(%s::json) AS v({record})"
    )
    params = [_processor(c.type, dialect)(shared[c.name]) for c in fixed]
    session.connection().exec_driver_sql(sql, (*params, orjson.dumps(rows).decode()))


def _has_processor(type_: sa.types.TypeEngine[Any], dialect: sa.Dialect) -> bool:
    return type_.dialect_impl(dialect).bind_processor(dialect) is not None


def _record_type(column: sa.Column[Any], dialect: sa.Dialect) -> str:
    return "json" if isinstance(column.type, sa.JSON) else _array_element(column, dialect)


def _array(column: sa.Column[Any], dialect: sa.Dialect, values: list[Any]) -> Any:
    """One column's values as the parameter its ``_source`` reads."""
    if isinstance(column.type, sa.JSON):
        return orjson.dumps(values).decode()
    process = _processor(column.type, dialect)
    return [process(value) for value in values]


def _update_from_arrays(
    dialect: sa.Dialect, table: sa.Table, names: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> tuple[str, tuple[Any, ...]]:
    """``UPDATE ... FROM ROWS FROM (unnest(<array>), ...)``: a fixed text per column set.

    A JSON column travels as one JSON array (``json_array_elements``), not as
    an array of JSON texts, which the driver escapes value by value. Other
    arrays travel in binary (``%b``): the text form quotes every element
    through a regular expression, about 1.5 ms per 1,000 values.
    """
    quote = dialect.identifier_preparer.quote
    columns = [table.c[name] for name in ("id", *names)]
    sources = ", ".join(_source(column, dialect) for column in columns)
    sets = ", ".join(_assignment(column, quote(column.name)) for column in columns[1:])
    aliases = ", ".join(quote(column.name) for column in columns)
    # Names come from table metadata, quoted; every value is a parameter.
    target = f"UPDATE {quote(table.name)} AS t SET {sets} "  # noqa: S608
    sql = target + f"FROM ROWS FROM ({sources}) AS v({aliases}) WHERE t.id = v.id"
    # Without the redundant id filter the rows are found by hashing the whole table.
    sql += f" AND t.id = ANY(%b::{_array_element(columns[0], dialect)}[])"
    params = [
        _array(column, dialect, [row[index] for row in rows])
        for index, column in enumerate(columns)
    ]
    return sql, (*params, params[0])


def _source(column: sa.Column[Any], dialect: sa.Dialect) -> str:
    if isinstance(column.type, sa.JSON):
        return "json_array_elements(%s::json)"
    return f"unnest(%b::{_array_element(column, dialect)}[])"


def _assignment(column: sa.Column[Any], name: str) -> str:
    """``name = v.name``; a JSON ``null`` element stores SQL NULL, as ``None`` does elsewhere."""
    return f"{name} = {_pick(column, name)}"


def _pick(column: sa.Column[Any], name: str) -> str:
    if isinstance(column.type, sa.JSON):
        return f"NULLIF(v.{name}::text, 'null')::json"
    return f"v.{name}"


def _array_element(column: sa.Column[Any], dialect: sa.Dialect) -> str:
    """The element type to cast a parameter array to.

    Character types become ``TEXT``: an explicit cast to ``VARCHAR(n)`` would
    silently cut a long value, where the column's own assignment refuses it
    (as an ORM flush would).
    """
    compiled = column.type.compile(dialect)
    return "TEXT" if compiled.upper().startswith(_CHARACTER_TYPES) else compiled


def _processor(type_: sa.types.TypeEngine[Any], dialect: sa.Dialect) -> Callable[[Any], Any]:
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return lambda value: value
    return lambda value: None if value is None else process(value)
