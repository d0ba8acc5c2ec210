"""Rows to JSON-ready dicts and back, the same way on both stores.

On the wire a UUID is its string, a datetime an ISO-8601 string in UTC, a
date ``YYYY-MM-DD``, an enum its value; everything else is already JSON.
Decoding uses each column's SQLAlchemy type, cached per table, so pulling
hundreds of thousands of rows stays a tight loop, and refuses a value of the
wrong type rather than coercing it.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, object_mapper

from shared.clock import as_utc
from shared.db.base import Base
from shared.errors import FieldValidationError

Decoder = Callable[[Any], Any]


def encode_value(value: Any) -> Any:
    """One Python value as JSON-ready data."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return as_utc(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _decode_uuid(value: Any) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise ValueError("must be an id")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueError("must be an id") from None


def _decode_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return as_utc(value)
    if not isinstance(value, str):
        raise ValueError("must be a date and time")
    try:
        return as_utc(dt.datetime.fromisoformat(value))
    except ValueError:
        raise ValueError("must be a date and time") from None


def _decode_date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        raise ValueError("must be a date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("must be a date") from None


def _identity(value: Any) -> Any:
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


#: No column holds a whole number beyond 64 bits (PostgreSQL refuses a 32-bit overflow itself).
_INT_LIMIT = 2**63


def _whole(value: Any) -> int:
    """Whole numbers only: 1.5 is not rounded to 2 and "100" is not read as 100."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be a whole number")
    if not -_INT_LIMIT <= value < _INT_LIMIT:
        raise ValueError("is far too large")
    return value


def _choice(enum: type[Enum]) -> Decoder:
    allowed = {member.value for member in enum}

    def decode(value: Any) -> Any:
        if isinstance(value, Enum):
            value = value.value
        if not isinstance(value, str) or value not in allowed:
            raise ValueError(f"must be one of {', '.join(sorted(allowed))}")
        return value

    return decode


_SIMPLE: dict[Any, Decoder] = {
    uuid.UUID: _decode_uuid,
    dt.datetime: _decode_datetime,
    dt.date: _decode_date,
    str: _text,
    bool: _flag,
}


def _decoder_for(column: sa.Column[Any]) -> Decoder:
    python_type: Any
    column_type = column.type
    if isinstance(column_type, sa.types.TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, sa.Enum) and column_type.enum_class is not None:
        return _choice(column_type.enum_class)
    if isinstance(column_type, sa.Integer):
        return _whole
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return _identity
    return _SIMPLE.get(python_type, _identity)


@functools.cache
def table_of(table_name: str) -> sa.Table:
    """The domain table of that name (raises ``KeyError`` for an unknown one)."""
    return Base.metadata.tables[table_name]


@functools.cache
def model_of(table_name: str) -> type[DeclarativeBase]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table_of(table_name):
            model: type[DeclarativeBase] = mapper.class_
            return model
    raise KeyError(table_name)


@functools.cache
def decoders(table_name: str) -> Mapping[str, Decoder]:
    return {c.name: _decoder_for(c) for c in table_of(table_name).columns}


@functools.cache
def column_names(table_name: str) -> tuple[str, ...]:
    return tuple(c.name for c in table_of(table_name).columns)


def decode_row(table_name: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """A wire row as column values; unknown keys are dropped, ``None`` stays ``None``.

    Strict: a value of the wrong JSON type is refused with the column named
    (:class:`FieldValidationError`), never coerced. A device's push is the
    main caller, and a coerced value (1.5 kobo stored as 2, "100" as 100)
    would reach owners' payouts as if a desk had typed it.
    """
    table_decoders = decoders(table_name)
    out: dict[str, Any] = {}
    for key, value in payload.items():
        decoder = table_decoders.get(key)
        if decoder is None:
            continue
        try:
            out[key] = None if value is None else decoder(value)
        except ValueError as exc:
            raise FieldValidationError(key, str(exc) or "is not valid") from None
    return out


def table_name_of(row: object) -> str:
    """The table an ORM instance is a row of."""
    table = object_mapper(row).local_table
    assert isinstance(table, sa.Table)
    return table.name


#: Python types whose values are already JSON-ready (no conversion needed).
_PLAIN_TYPES = (str, int, float, bool, dict, list)


@functools.cache
def _encoded_columns(table_name: str) -> tuple[tuple[str, bool], ...]:
    """Per column, its name and whether its values need :func:`encode_value`.

    Text, number and JSON columns are passed through as they are: a push of
    1,000 rows encodes 40,000 values, and most of them are already plain.
    """
    out = []
    for column in table_of(table_name).columns:
        column_type = column.type
        if isinstance(column_type, sa.types.TypeDecorator):
            column_type = column_type.impl_instance
        try:
            plain = column_type.python_type in _PLAIN_TYPES
        except NotImplementedError:
            plain = False
        out.append((column.name, not plain))
    return tuple(out)


def encode_row(row: object) -> dict[str, Any]:
    """An ORM instance of a domain table as a wire row (every column)."""
    values = row.__dict__
    out: dict[str, Any] = {}
    for name, convert in _encoded_columns(table_name_of(row)):
        value = values[name] if name in values else getattr(row, name)
        out[name] = encode_value(value) if convert and value is not None else value
    return out


def encode_mapping(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: encode_value(value) for key, value in values.items()}
