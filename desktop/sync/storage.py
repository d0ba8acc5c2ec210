"""Wire rows straight to the values SQLite stores, without building Python objects first.

Snapshot pages already arrive in stored form (``SnapshotPage``) and need none
of this on a fresh desk; :func:`wire_rows` turns such a page back into wire
rows for the careful path, when a download lands on existing local data.

Decoding a wire row into UUIDs and datetimes (``shared.sync.codec``) and
then letting SQLAlchemy turn them back into text for SQLite cost more than
half of an initial download. The common column types are converted here
from their wire text to exactly what SQLAlchemy's SQLite bind processing
would store (``tests/integration/sync/test_storage.py`` checks every synced column
against it); any other type goes the long way, through the codec and the
column's own processor, so an unusual column is slower but never different.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from shared.db.types import UTCDateTime
from shared.sync.codec import decoders, table_of

Converter = Callable[[Any], Any]

_DIALECT = sqlite.dialect()
_UTC_SUFFIX = "+00:00"


def _uuid(value: str) -> str:
    return value.replace("-", "")  # both ends write UUIDs in lower case


def _utc_datetime(value: Any) -> Any:
    """``2026-11-23T09:30:00.5+00:00`` -> ``2026-11-23 09:30:00.500000`` (naive UTC)."""
    if value.endswith(_UTC_SUFFIX) and len(value) >= 25 and value[10] == "T":
        fraction = value[20:-6] if value[19] == "." else ""
        return f"{value[:10]} {value[11:19]}.{fraction:0<6}"
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat(" ", "microseconds")


def _date(value: Any) -> Any:
    return value if len(value) == 10 else dt.date.fromisoformat(value).isoformat()


def _json(value: Any) -> Any:
    return orjson.dumps(value).decode()


def _identity(value: Any) -> Any:
    return value


def _fallback(column: sa.Column[Any]) -> Converter:
    """Decode like the codec, then bind like SQLAlchemy: correct for any type."""
    decode = decoders(column.table.name)[column.name]
    bind = column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
    if bind is None:
        return decode
    return lambda value: bind(decode(value))


def _converter(column: sa.Column[Any]) -> Converter:
    column_type = column.type
    if isinstance(column_type, UTCDateTime):
        return _utc_datetime
    if isinstance(column_type, sa.Uuid) and column_type.as_uuid:
        return _uuid
    if type(column_type) is sa.Date:
        return _date
    if isinstance(column_type, sa.JSON):
        return _json
    if isinstance(column_type, sa.Enum) and not column_type.native_enum:
        return _identity  # the wire carries the stored value
    if type(column_type) in (sa.String, sa.Text, sa.Integer, sa.BigInteger, sa.Boolean):
        return _identity
    return _fallback(column)


@functools.cache
def converters(table_name: str) -> dict[str, Converter]:
    """Per column of the table, wire value -> stored value (``None`` is never passed in)."""
    return {column.name: _converter(column) for column in table_of(table_name).columns}


@functools.cache
def json_columns(table_name: str) -> frozenset[str]:
    """The table's columns holding JSON documents (stored as their text)."""
    return frozenset(name for name, fn in converters(table_name).items() if fn is _json)


def stored_rows(
    table_name: str, rows: Sequence[dict[str, Any]], names: Sequence[str]
) -> list[tuple[Any, ...]]:
    """``rows`` as parameter tuples in ``names`` order; a missing key stores NULL.

    Built column by column: most columns are text stored as it came, and
    those cost one list per page instead of a function call per value.
    """
    convert = converters(table_name)
    columns = []
    for name in names:
        values = [row.get(name) for row in rows]
        fn = convert[name]
        if fn is not _identity:
            values = [None if value is None else fn(value) for value in values]
        columns.append(values)
    return list(zip(*columns, strict=True))


def stored_id(value: str) -> str:
    """A wire id as the primary-key text SQLite holds."""
    return _uuid(value)


def _wire_uuid(value: str) -> str:
    return str(uuid.UUID(value))


def _wire_datetime(value: str) -> str:
    return value.replace(" ", "T", 1) + _UTC_SUFFIX


@functools.cache
def _to_wire(table_name: str) -> dict[str, Converter]:
    """Per column that differs, stored value -> wire value (the inverse of ``converters``)."""
    out: dict[str, Converter] = {}
    for column in table_of(table_name).columns:
        convert = _converter(column)
        if convert is _uuid:
            out[column.name] = _wire_uuid
        elif convert is _utc_datetime:
            out[column.name] = _wire_datetime
        elif convert is _json:
            out[column.name] = orjson.loads
    return out


def wire_rows(
    table_name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[dict[str, Any]]:
    """Rows in stored form (a snapshot page) as the wire rows ``apply_rows`` takes."""
    to_wire = _to_wire(table_name)
    fns = [to_wire.get(name) for name in columns]
    return [
        {
            name: value if fn is None or value is None else fn(value)
            for name, fn, value in zip(columns, fns, row, strict=True)
        }
        for row in rows
    ]
