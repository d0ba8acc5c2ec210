"""Login, refresh, logout, lockout and device revocation over real HTTP."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models.audit import AuditEntry
from shared.db.models.organisation import Device
from tests.integration.server.conftest import PASSWORD, LiveServer, World


def login(
    client: httpx.Client, username: str, password: str = PASSWORD, device: Any = None
) -> httpx.Response:
    body: dict[str, Any] = {"username": username, "password": password}
    if device is not None:
        body["device"] = device
    return client.post("/api/auth/login", json=body)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def audit_actions(server: LiveServer) -> list[str]:
    with Session(server.engine) as s:
        return list(s.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.occurred_at)))


def test_front_desk_logs_in_on_its_hospital_desk(live_server: LiveServer, world: World) -> None:
    with live_server.client() as c:
        r = login(c, "FRONT_DESK", device={"id": str(world.desks["IKJ"])})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["user"]["role"] == "front_desk"
        assert body["device"]["prefix"] == "IKJ9"
        me = c.get("/api/auth/me", headers=bearer(body["access_token"]))
        assert me.status_code == 200
        assert me.json()["device_id"] == str(world.desks["IKJ"])
    assert "login" in audit_actions(live_server)


def test_wrong_password_and_unknown_user_are_401_with_envelope(
    live_server: LiveServer, world: World
) -> None:
    with live_server.client() as c:
        for username in ("manager", "nobody"):
            r = login(c, username, "wrong password!")
            assert r.status_code == 401
            assert r.json()["error"]["code"] == "unauthorized"


def test_front_desk_cannot_register_a_pc_or_use_another_hospitals(
    live_server: LiveServer, world: World
) -> None:
    with live_server.client() as c:
        # answered like a wrong password, so the answer does not confirm the password
        assert login(c, "front_desk", device={"name": "New PC"}).status_code == 401
        assert login(c, "front_desk", device={"id": str(world.desks["GRK"])}).status_code == 401


def test_manager_login_registers_a_pc_with_a_prefix(live_server: LiveServer, world: World) -> None:
    pc = str(uuid.uuid4())
    with live_server.client() as c:
        first = login(c, "manager", device={"id": pc, "name": "Reception 2"}).json()
        assert first["device"] == {
            "id": pc,
            "name": "Reception 2",
            "prefix": "IKJ1",
            "hospital_id": str(world.hospitals["IKJ"]),
            "owner_account_id": None,
        }
        assert login(c, "front_desk", device={"id": pc}).status_code == 200
        other = login(c, "manager", device={"name": "Back office"}).json()["device"]
        assert other["prefix"] == "IKJ2"


def test_refresh_rotates_and_reuse_revokes_the_chain(live_server: LiveServer, world: World) -> None:
    with live_server.client() as c:
        first = login(c, "manager", device={"id": str(world.desks["IKJ"])}).json()
        second = c.post("/api/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert second.status_code == 200
        rotated = second.json()["refresh_token"]
        assert rotated != first["refresh_token"]
        replay = c.post("/api/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert replay.status_code == 401
        # the replay revealed a copy: the legitimate successor is revoked too
        assert c.post("/api/auth/refresh", json={"refresh_token": rotated}).status_code == 401
        assert c.post("/api/auth/refresh", json={"refresh_token": "garbage"}).status_code == 401


def test_logout_revokes_refresh(live_server: LiveServer, world: World) -> None:
    with live_server.client() as c:
        pair = login(c, "clinician", device={"id": str(world.desks["IKJ"])}).json()
        assert c.post("/api/auth/logout").status_code == 401
        assert c.post("/api/auth/logout", headers=bearer(pair["access_token"])).status_code == 204
        r = c.post("/api/auth/refresh", json={"refresh_token": pair["refresh_token"]})
        assert r.status_code == 401


def test_failures_make_this_client_wait_even_for_the_right_password(
    live_server: LiveServer, world: World
) -> None:
    with live_server.client() as c:
        codes = [login(c, "manager", "bad password").status_code for _ in range(3)]
        assert codes == [401, 401, 401]
        waiting = login(c, "manager")
        assert waiting.status_code == 429
        assert waiting.json()["error"]["code"] == "too_many_requests"
        assert 0 < int(waiting.headers["Retry-After"]) <= 5 * 60
        assert login(c, "front_desk", device={"id": str(world.desks["IKJ"])}).status_code == 200
    assert audit_actions(live_server).count("login_failed") == 3


def test_revoked_device_is_cut_off_at_once(live_server: LiveServer, world: World) -> None:
    desk = str(world.desks["IKJ"])
    with live_server.client() as c:
        clerk = login(c, "front_desk", device={"id": desk}).json()
        manager = login(c, "manager", device={"id": desk}).json()
        other = c.post(
            f"/api/auth/devices/{world.desks['GRK']}/revoke",
            headers=bearer(manager["access_token"]),
        )
        assert other.status_code == 403
        denied = c.post(f"/api/auth/devices/{desk}/revoke", headers=bearer(clerk["access_token"]))
        assert denied.status_code == 403
        r = c.post(f"/api/auth/devices/{desk}/revoke", headers=bearer(manager["access_token"]))
        assert r.status_code == 200
        assert c.get("/api/auth/me", headers=bearer(clerk["access_token"])).status_code == 401
        again = c.post("/api/auth/refresh", json={"refresh_token": clerk["refresh_token"]})
        assert again.status_code == 401
        assert login(c, "front_desk", device={"id": desk}).status_code == 401
    with Session(live_server.engine) as s:
        assert s.get(Device, world.desks["IKJ"]).revoked_at is not None  # type: ignore[union-attr]


def test_bad_input_is_422_naming_the_field(live_server: LiveServer, world: World) -> None:
    with live_server.client() as c:
        r = c.post("/api/auth/login", json={"username": "manager"})
        assert r.status_code == 422
        assert r.json()["error"]["field"] == "password"
        r = login(c, "manager", device={"id": "not-a-uuid"})
        assert r.status_code == 422
        assert r.json()["error"]["field"] == "device.id"
