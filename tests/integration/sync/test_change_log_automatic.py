"""No replicated table can be written on the server without reaching the change log.

Every replicated table of the registry gets a row inserted and then updated
through a plain ORM session, with no call into the change-log module; after
each commit the row must have a change-log entry holding its state as
committed, numbered with its ``server_seq``. The rows are built from the
models' own columns (required columns filled by type, required parents built
the same way), so a table added to the registry is covered without a line
here.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.base import new_id
from shared.sync.codec import column_names, model_of
from shared.sync.registry import SPECS
from sync_server.sync.changes import HardDeleteError
from sync_server.sync.tables import SyncChange

REPLICATED = [spec.name for spec in SPECS if spec.replicated]

#: Values a CHECK constraint or validator expects, by column name.
_BY_NAME: dict[str, Any] = {
    "currency": "NGN",
    "phone": "+2348031234567",
    "email": "desk@example.ng",
    "period": "2026-01",
    "rating": 5,
    "score": 5,
    "locale": "en",
    "amount_minor": 150_000,
}


def _value(column: sa.Column[Any], serial: int) -> Any:
    """A value the column accepts; ``serial`` keeps unique columns apart."""
    if column.name in _BY_NAME:
        return _BY_NAME[column.name]
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        members: list[enum.Enum] = list(kind.enum_class)
        return members[0]
    if isinstance(kind, sa.Enum):
        return kind.enums[0]
    python_type = _python_type(kind)
    if column.name.endswith("_minor"):
        return 0  # amounts that must add up (a payout's net) do with all zeros
    if python_type is str:
        length = getattr(kind, "length", None) or 40
        return f"v{serial}"[:length]
    if python_type is bool:
        return False
    if python_type is int:
        return serial
    if python_type is dt.datetime:
        return utcnow().replace(microsecond=0) + dt.timedelta(hours=serial)
    if python_type is dt.date:
        return dt.date(2026, 1, 1) + dt.timedelta(days=serial)
    if python_type is uuid.UUID:
        return new_id()
    if python_type in (dict, list):
        return python_type()
    raise AssertionError(f"no test value for {column.table}.{column.name} ({kind})")


def _python_type(kind: sa.types.TypeEngine[Any]) -> type:
    """The Python type of a column's values, looking through our own decorated types."""
    if isinstance(kind, sa.types.TypeDecorator):
        return _python_type(kind.impl_instance)
    return kind.python_type


class _Builder:
    """One row per table, parents first; every required column filled."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._rows: dict[str, Any] = {}
        self._serial = 0

    def row(self, table_name: str) -> Any:
        if table_name not in self._rows:
            self._rows[table_name] = self._build(table_name)
        return self._rows[table_name]

    def _build(self, table_name: str) -> Any:
        model = model_of(table_name)
        table = model.__table__
        values: dict[str, Any] = {}
        for column in table.columns:
            foreign = next(iter(column.foreign_keys), None)
            if foreign is not None and foreign.column.table.name == table_name:
                continue  # a row does not need to point at a row of its own table
            if foreign is not None and (not column.nullable or _scoping(column)):
                values[column.key] = self.row(foreign.column.table.name).id
            elif not column.nullable and not _defaulted(column):
                self._serial += 1
                values[column.key] = _value(column, self._serial)
        if table_name == "appointments":  # a slot needs a provider and ends after it starts
            values.update(_appointment_times(), clinician_id=self.row("clinicians").id)
        if table_name == "patient_referrals":  # nobody refers themselves
            values["referrer_id"] = self._build("patients").id
        if table_name == "loyalty_pool_members":  # the guardian is not their own member
            values["member_id"] = self._build("patients").id
        if table_name == "loyalty_tier_changes":  # a move goes somewhere
            values["to_tier"] = "silver"
        row = model(**values)
        self._session.add(row)
        self._session.flush()
        return row


def _scoping(column: sa.Column[Any]) -> bool:
    """The columns that decide a row's scopes, set so every row has one: a hospital if it can."""
    if column.name == "owner_account_id":
        return "hospital_id" not in column.table.columns
    return column.name == "hospital_id"


def _defaulted(column: sa.Column[Any]) -> bool:
    return column.default is not None or column.server_default is not None or column.primary_key


def _appointment_times() -> dict[str, Any]:
    start = utcnow().replace(microsecond=0) + dt.timedelta(days=1)
    return {"starts_at": start, "ends_at": start + dt.timedelta(minutes=20)}


def _edit(row: Any) -> tuple[str, Any]:
    """Change one plain column of ``row``; returns the column and its new value."""
    table = type(row).__table__
    for column in table.columns:
        if column.foreign_keys or column.primary_key or column.name in _BY_NAME:
            continue
        if _python_type(column.type) is str and not isinstance(column.type, sa.Enum):
            current = getattr(row, column.key)
            if current is not None:
                value = f"{current}-edited"[: getattr(column.type, "length", None) or 60]
                setattr(row, column.key, value)
                return column.name, value
    row.deleted_at = utcnow().replace(microsecond=0)
    return "deleted_at", row.deleted_at.isoformat()


def _latest_entry(session: Session, table_name: str, row_id: uuid.UUID) -> SyncChange | None:
    query = (
        sa.select(SyncChange)
        .where(SyncChange.table_name == table_name, SyncChange.row_id == row_id)
        .order_by(SyncChange.seq.desc())
        .limit(1)
    )
    return session.scalars(query).first()


@pytest.fixture
def sessions(pg_engine: sa.Engine) -> sessionmaker[Session]:
    return sessionmaker(pg_engine, expire_on_commit=False)


@pytest.mark.parametrize("table_name", REPLICATED)
def test_every_replicated_table_reaches_the_change_log_on_insert_and_update(
    sessions: sessionmaker[Session], table_name: str
) -> None:
    with sessions.begin() as session:
        row = _Builder(session).row(table_name)
    with sessions() as session:
        inserted = _latest_entry(session, table_name, row.id)
        assert inserted is not None, f"inserting into {table_name} wrote no change-log row"
        assert inserted.seq == row.server_seq > 0

    with sessions.begin() as session:
        row = session.get_one(model_of(table_name), row.id)
        field, value = _edit(row)
    with sessions() as session:
        updated = _latest_entry(session, table_name, row.id)
        stored = session.get_one(model_of(table_name), row.id)
        assert updated is not None and updated.seq > inserted.seq, (
            f"updating {table_name} wrote no change-log row"
        )
        assert updated.seq == stored.server_seq
        assert updated.payload[field] == value
        assert set(updated.payload) <= set(column_names(table_name))
        assert field in stored.field_clocks  # stamped with the server's clock


def test_a_hard_delete_of_a_replicated_row_is_refused(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        patient = _Builder(session).row("patients")
    with sessions() as session, pytest.raises(HardDeleteError, match="deleted_at"):
        session.delete(session.get_one(model_of("patients"), patient.id))
        session.flush()
