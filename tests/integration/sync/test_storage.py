"""Server rows are stored on the desk as SQLAlchemy would store them, and stay searchable."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import orjson
import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from desktop.store.search import search_patients
from desktop.sync.apply import apply_snapshot_rows, server_data_session
from desktop.sync.storage import converters
from shared.db.models import Patient
from shared.domain.enums import Sex
from shared.sync.codec import decode_row, table_of
from shared.sync.registry import REPLICATED
from sync_server.sync.pull import stored_form
from tests.integration.sync.conftest import Desk, HospitalWorld

DIALECT = sqlite.dialect()
INT4_MAX = 2**31 - 1
WIRE_MOMENTS = (
    "2026-11-23T09:30:00+00:00",
    "2026-11-23T09:30:00.5+00:00",
    "2026-11-23T09:30:00.123456+00:00",
    "2026-11-23T10:30:00.25+01:00",
    "2026-11-23T09:30:00Z",
)


def wire_samples(column: sa.Column[Any]) -> list[Any]:
    """Wire values of the column's type, in every form the server or a desk sends them."""
    column_type = column.type
    if isinstance(column_type, sa.types.TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, sa.Enum):
        return list(column_type.enums)
    python_type = column_type.python_type
    if python_type is uuid.UUID:
        return [str(uuid.uuid4())]
    if python_type is dt.datetime:
        return list(WIRE_MOMENTS)
    if python_type is dt.date:
        return ["2026-11-23", "1961-02-01"]
    if python_type in (dict, list):
        return [{"first_name": "1795450752558-00000-IK01", "n": [1, 2]}, ["a", "b"]]
    if python_type is bool:
        return [True, False]
    if python_type is int:
        return [0, 9_007_199_254_740_993]
    return ["Adaeze", "₦ 1,250"]


def sqlalchemy_stored(column: sa.Column[Any], value: Any) -> Any:
    decoded = decode_row(column.table.name, {column.name: value})[column.name]
    bind = column.type.dialect_impl(DIALECT).bind_processor(DIALECT)
    return decoded if bind is None else bind(decoded)


@pytest.mark.parametrize("table_name", [spec.name for spec in REPLICATED])
def test_every_synced_column_is_stored_as_sqlalchemy_would(table_name: str) -> None:
    convert = converters(table_name)
    for column in table_of(table_name).columns:
        for value in wire_samples(column):
            ours, theirs = convert[column.name](value), sqlalchemy_stored(column, value)
            if isinstance(column.type, sa.JSON):
                ours, theirs = orjson.loads(ours), orjson.loads(theirs)
            assert ours == theirs, (column.name, value)


def test_a_large_download_keeps_patients_searchable(
    world: HospitalWorld, make_desk: Callable[..., Desk]
) -> None:
    source = make_desk(world.principal(0))
    with source.write() as writer:
        for n in range(250):  # over the size that fills the index set-based
            writer.insert(
                Patient,
                hospital_id=world.hospital_id,
                patient_number=f"IKJ1-{n:06d}",
                first_name="Ngozi" if n == 137 else "Amaka",
                last_name="Okafor",
                sex=Sex.FEMALE,
                phone=f"+23480312{n:05d}",
            )
    source.sync.sync_once()
    fresh = make_desk(world.principal(1), download=False)
    fresh.sync.page = 1000
    assert fresh.sync.sync_once().snapshot_rows >= 250
    with fresh.sessions() as session:
        assert [hit.patient_number for hit in search_patients(session, "ngozi")] == ["IKJ1-000137"]
        assert len(search_patients(session, "08031200042")) == 1
    with fresh.write() as writer:  # the insert trigger is back for the desk's own writes
        writer.insert(
            Patient,
            hospital_id=world.hospital_id,
            patient_number="IKJ2-000001",
            first_name="Zainab",
            last_name="Bello",
            sex=Sex.FEMALE,
        )
    with fresh.sessions() as session:
        assert [hit.patient_number for hit in search_patients(session, "zainab")] == ["IKJ2-000001"]


@pytest.mark.parametrize("table_name", [spec.name for spec in REPLICATED])
def test_snapshot_pages_carry_every_column_as_sqlite_stores_it(
    table_name: str, pg_engine: sa.Engine
) -> None:
    """What PostgreSQL puts in a snapshot page goes into SQLite untouched, so it must match."""
    with pg_engine.connect() as conn:
        for column in table_of(table_name).columns:
            for value in wire_samples(column):
                if type(column.type) is sa.Integer and value > INT4_MAX:
                    continue  # the sample is for BIGINT; an INTEGER column cannot hold it
                if isinstance(column.type, sa.String):  # text and enums travel as they are
                    bound = sa.bindparam("value", value, type_=sa.Text())
                else:
                    decoded = decode_row(table_name, {column.name: value})[column.name]
                    bound = sa.bindparam("value", decoded, type_=column.type)
                sent = stored_form(sa.cast(bound, bound.type))
                page = sa.select(sa.func.json_build_array(sent).cast(sa.Text))
                ours = orjson.loads(conn.execute(page).scalar_one())[0]
                theirs = sqlalchemy_stored(column, value)
                if isinstance(column.type, sa.JSON):
                    ours, theirs = orjson.loads(ours), orjson.loads(theirs)
                assert ours == theirs, (column.name, value)


def stored_row(desk: Desk, table: str, /, **values: Any) -> dict[str, Any]:
    """A snapshot row of the desk's table in stored form: ``values``, a fresh id, NULL elsewhere."""
    with desk.engine.connect() as conn:
        sql = f"SELECT * FROM {table} LIMIT 0"
        columns = list(conn.exec_driver_sql(sql).keys())
    return {**dict.fromkeys(columns), "id": uuid.uuid4().hex, **values}


def test_a_snapshot_column_this_desk_does_not_know_yet_is_left_out(
    world: HospitalWorld, make_desk: Callable[..., Desk]
) -> None:
    """A server upgraded before its desks adds columns; the desks keep downloading."""
    desk = make_desk(world.principal(0), download=False)
    row = stored_row(
        desk,
        "hospitals",
        code="OYO",
        name="Oyo Specialist Hospital",
        state="Oyo",
        currency="NGN",
        created_at="2026-11-23 09:30:00.000000",
        updated_at="2026-11-23 09:30:00.000000",
        server_seq=4,
        field_clocks="{}",
    )
    page_columns = [*row, "added_by_a_newer_server"]
    with server_data_session(desk.engine) as session:
        stored = apply_snapshot_rows(
            session, "hospitals", page_columns, [[*row.values(), "whatever"]]
        )
    assert stored == 1
    with desk.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM hospitals WHERE code = 'OYO'").scalars()
        assert names.all() == ["Oyo Specialist Hospital"]


def test_a_row_downloaded_again_in_other_json_spelling_is_not_rewritten(
    world: HospitalWorld, make_desk: Callable[..., Desk]
) -> None:
    """PostgreSQL spaces JSON text, the desk does not; an empty value stays empty."""
    desk = make_desk(world.principal(0))
    row = stored_row(
        desk,
        "sync_conflicts",
        hospital_id=world.hospital_id.hex,
        table_name="patients",
        row_id=uuid.uuid4().hex,
        field="phone",
        losing_value='"+2348031234567"',
        winning_clock="1795474110073-00000-d1",
        losing_clock="1795474110070-00000-d0",
        status="open",
        created_at="2026-11-23 09:30:00.000000",
        updated_at="2026-11-23 09:30:00.000000",
        server_seq=9,
        field_clocks='{"phone":"1795474110073-00000-d1"}',
    )
    spaced = {**row, "field_clocks": '{"phone": "1795474110073-00000-d1"}'}
    written = []
    for version in (row, spaced):
        with server_data_session(desk.engine) as session:
            before = session.connection().exec_driver_sql("SELECT total_changes()").scalar()
            apply_snapshot_rows(session, "sync_conflicts", [*version], [list(version.values())])
            after = session.connection().exec_driver_sql("SELECT total_changes()").scalar()
            written.append(after - before)
    assert written == [1, 0]
