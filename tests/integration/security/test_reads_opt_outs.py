"""An opt-out reaches only the hospitals whose patients use the address, never as a list.

Before the check a STOP became one suppression row with no hospital, filed
under the network-wide scope: every hospital's devices received it, so each
desk held the opted-out numbers of every hospital's patients (and of people
who are nobody's patient).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import Channel, Role
from sync_server.messaging.dispatch import suppression_reason
from sync_server.sync.changes import record_change
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
