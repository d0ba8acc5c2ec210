"""An opt-out reaches only the hospitals whose patients use the address, never as a list.

Before the check a STOP became one suppression row with no hospital, filed
under the network-wide scope: every hospital's devices received it, so each
desk held the opted-out numbers of every hospital's patients (and of people
who are nobody's patient).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import Channel, Role, SuppressionReason
from sync_server.db import migrate
from sync_server.messaging.dispatch import suppression_reason
from sync_server.sync.changes import record_change
from sync_server.sync.tables import SyncChange
from tests import factories
from tests.integration.security._reads_fixtures import (  # noqa: F401  (fixtures)
    PHONE_A,
    Estate,
    Reader,
    estate,
    send_stop,
    twilio_server,
)
from tests.integration.sync.conftest import SyncServer

NOBODYS = "+2348039990009"


def _manager_at(sessions: sessionmaker[Session], hospital_id: uuid.UUID) -> Principal:
    with sessions.begin() as session:
        user = factories.user(session, role=Role.MANAGER, hospital_id=hospital_id)
        device = m.Device(name="B office", prefix="RDB1", hospital_id=hospital_id)
        session.add(device)
        session.flush()
        record_change(session, device)
        return Principal(user.id, Role.MANAGER, hospital_id=hospital_id, device_id=device.id)


def _hospital(row: dict[str, Any]) -> uuid.UUID | None:
    return uuid.UUID(row["hospital_id"]) if row["hospital_id"] else None


def _opt_outs(server: SyncServer, principal: Principal) -> list[list[dict[str, Any]]]:
    """The suppression rows the device's snapshot and its pull from zero hold."""
    device = Reader(server, principal)
    try:
        return [device.snapshot().get("suppressions", []), device.pull().get("suppressions", [])]
    finally:
        device.close()


def test_a_stop_reaches_only_the_hospital_whose_patient_uses_the_number(
    estate: Estate,  # noqa: F811
    twilio_server: SyncServer,  # noqa: F811
    pg_engine: Any,
) -> None:
    sessions = sessionmaker(pg_engine, expire_on_commit=False)
    manager_b = _manager_at(sessions, estate.hospital_b)
    assert send_stop(twilio_server, PHONE_A, "SMstopA").status_code == 200
    assert send_stop(twilio_server, NOBODYS, "SMstopX").status_code == 200
    for rows in _opt_outs(twilio_server, estate.of(Role.MANAGER)):
        assert [(r["address"], _hospital(r)) for r in rows] == [(PHONE_A, estate.hospital_a)]
    for rows in _opt_outs(twilio_server, manager_b):
        assert rows == []  # neither A's patient's number nor a list of everyone's


def test_dispatch_still_honours_the_opt_out_everywhere(
    estate: Estate,  # noqa: F811
    twilio_server: SyncServer,  # noqa: F811
    pg_engine: Any,
) -> None:
    assert send_stop(twilio_server, PHONE_A, "SMstopA").status_code == 200
    with sessionmaker(pg_engine)() as session:
        for hospital_id in (estate.hospital_a, estate.hospital_b):
            message = m.Message(
                hospital_id=hospital_id, channel=Channel.SMS, address=PHONE_A, body="Hello"
            )
            assert suppression_reason(session, message) is not None


@pytest.fixture
def database_at_s0007(pg_admin_url: str) -> Iterator[sa.Engine]:
    """A fresh database migrated only up to the revision before private opt-outs."""
    name = f"reads_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine = sa.create_engine(sa.make_url(pg_admin_url).set(database=name), poolclass=sa.NullPool)
    migrate.upgrade(engine, "s0007_survey_rounds")
    yield engine
    engine.dispose()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


def test_the_upgrade_withdraws_the_old_global_list_and_files_opt_outs_per_hospital(
    database_at_s0007: sa.Engine,
) -> None:
    with sessionmaker(database_at_s0007, expire_on_commit=False).begin() as session:
        # Core insert: only the columns a hospital had at s0007 (the model has more now).
        values = {"code": "IKJ", "name": "Ikeja General", "state": "Lagos", "lga": "Ikeja"}
        hospital_id = session.execute(
            sa.insert(m.Hospital.__table__).values(values).returning(m.Hospital.id)
        ).scalar_one()
        factories.patient(session, hospital_id=hospital_id, phone=PHONE_A)
        for seq, address in enumerate((PHONE_A, NOBODYS), start=1):  # as the old code wrote
            row = m.Suppression(
                address=address, channel=Channel.SMS, reason=SuppressionReason.STOP_KEYWORD
            )
            session.add(row)
            session.flush()
            entry = {"scope": "g", "seq": seq, "table_name": "suppressions", "row_id": row.id}
            session.execute(sa.insert(SyncChange).values(entry | {"payload": {"address": address}}))
    migrate.upgrade(database_at_s0007)
    with sessionmaker(database_at_s0007)() as session:
        feed = sa.select(SyncChange.scope).where(SyncChange.table_name == "suppressions")
        assert session.scalars(feed).all() == []
        rows = session.execute(sa.select(m.Suppression.address, m.Suppression.hospital_id)).all()
    assert sorted(rows, key=str) == sorted(
        [(PHONE_A, None), (NOBODYS, None), (PHONE_A, hospital_id)], key=str
    )
