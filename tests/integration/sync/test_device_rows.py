"""Device rows reach desks through the change log: registration, last seen, revocation.

They used to be written without ``record_change``, so another PC of the
hospital learnt of a newly registered PC (or a revoked one) only from a
full download. ``last_seen_at`` is published at most once an hour per PC:
every sign-in and token refresh would otherwise add a change to every
desk's feed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import Device, User
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.auth.devices import revoke_device
from sync_server.auth.passwords import set_password
from sync_server.sync.tables import SyncChange
from tests.integration.sync.conftest import Desk, SyncServer, make_hospital

PASSWORD = "Correct-Horse-Battery-9"


def test_a_pc_registered_seen_and_revoked_reaches_the_other_desks(
    make_desk: Callable[..., Desk], sync_server: SyncServer, pg_sessions: sessionmaker[Session]
) -> None:
    manager, username = _manager(pg_sessions)
    assert manager.device_id is not None
    desk = make_desk(manager, download=False)
    desk.api.set_token(_sign_in(sync_server, username, manager.device_id))
    desk.sync.sync_once()
    ward_pc = uuid.uuid4()
    _sign_in(sync_server, username, ward_pc)
    desk.sync.sync_once()
    seen = _local(desk, ward_pc)
    assert seen is not None and seen.last_seen_at is not None and seen.revoked_at is None

    published = _device_changes(pg_sessions)
    _sign_in(sync_server, username, ward_pc)  # within the hour: nothing new to publish
    assert _device_changes(pg_sessions) == published

    _seen_hours_ago(pg_sessions, ward_pc, 2)
    _sign_in(sync_server, username, ward_pc)
    desk.sync.sync_once()
    again = _local(desk, ward_pc)
    assert again is not None and again.last_seen_at is not None
    assert again.last_seen_at > utcnow() - dt.timedelta(minutes=5)

    with pg_sessions.begin() as session:
        revoke_device(session, ward_pc)
    desk.sync.sync_once()
    revoked = _local(desk, ward_pc)
    assert revoked is not None and revoked.revoked_at is not None


def _manager(sessions: sessionmaker[Session]) -> tuple[Principal, str]:
    with sessions.begin() as session:
        world = make_hospital(session, code="DEV", role=Role.MANAGER)
        user = session.get(User, world.user_id)
        assert user is not None
        set_password(session, user, PASSWORD)
        principal = Principal(
            user.id, Role.MANAGER, hospital_id=world.hospital_id, device_id=world.device_ids[0]
        )
        return principal, user.username


def _sign_in(server: SyncServer, username: str, device_id: uuid.UUID) -> str:
    """A sign-in over HTTP, as a desk makes it; returns the access token."""
    body: dict[str, Any] = {
        "username": username,
        "password": PASSWORD,
        "device": {"id": str(device_id), "name": "Ward PC"},
    }
    with httpx.Client(base_url=server.url) as client:
        answer = client.post("/api/auth/login", json=body)
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["access_token"]
    return token


def _local(desk: Desk, device_id: uuid.UUID) -> Device | None:
    with desk.sessions() as session:
        return session.get(Device, device_id)


def _device_changes(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        query = sa.select(sa.func.count()).where(SyncChange.table_name == "devices")
        return int(session.scalar(query.select_from(SyncChange)) or 0)


def _seen_hours_ago(sessions: sessionmaker[Session], device_id: uuid.UUID, hours: int) -> None:
    """The PC was last seen a while ago (as if no one had used it since)."""
    with sessions.begin() as session:
        device = session.get(Device, device_id)
        assert device is not None
        device.last_seen_at = utcnow() - dt.timedelta(hours=hours)
