"""Tokens die with the account: deactivation, deletion, demotion and log-out act at once.

Before, an access token stayed good for its 15 minutes whatever happened to
the account, and ``/api/auth/refresh`` went on issuing new pairs to a
deleted user. Each test holds a token, changes the account the way an
operator (or another server process) does, and uses the token again.
"""

# ruff: noqa: F811  (pytest fixtures are imported, then named as parameters)
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import sqlalchemy as sa

from shared.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync_server.auth.standing import CACHE_SECONDS
from tests.integration.security._auth_fixtures import (  # noqa: F401  (fixtures)
    LiveServer,
    World,
    bearer,
    cli,
    client,
    live_server,
    server_settings,
    signed_in,
    spare_pc,
    world,
)

PULL = "/api/sync/pull"


def _pull(c: httpx.Client, token: str) -> httpx.Response:
    headers = {**bearer(token), PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    return c.get(PULL, params={"cursor": 0, "limit": 10}, headers=headers)


def _rewards(c: httpx.Client, token: str) -> httpx.Response:
    return c.get("/api/crm/patients/loyalty/rewards", headers=bearer(token))


def test_a_deactivated_users_token_is_refused_on_rest_and_pull_at_once(
    live_server: LiveServer, world: World, cli: Callable[..., int]
) -> None:
    with client(live_server) as c:
        pair = signed_in(c, "front_desk", world.desks["IKJ"])
        assert _rewards(c, pair["access_token"]).status_code == 200
        assert _pull(c, pair["access_token"]).status_code == 200
        assert cli(["deactivate-user", "front_desk"]) == 0
        for answer in (_rewards(c, pair["access_token"]), _pull(c, pair["access_token"])):
            assert answer.status_code == 401
            assert answer.json()["error"]["message"] == "This account can no longer sign in."
        refreshed = c.post("/api/auth/refresh", json={"refresh_token": pair["refresh_token"]})
        assert refreshed.status_code == 401


def test_a_change_made_elsewhere_is_seen_within_the_cache_time(
    live_server: LiveServer, world: World
) -> None:
    """Another server process (or a bulk statement) deactivates: no in-process signal at all."""
    with client(live_server) as c:
        pair = signed_in(c, "front_desk", world.desks["IKJ"])
        assert _pull(c, pair["access_token"]).status_code == 200
        user_id = world.users["front_desk"].id
        with live_server.engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE users SET is_active = false WHERE id = :id"), {"id": user_id}
            )
        changed = time.monotonic()
        while _pull(c, pair["access_token"]).status_code == 200:
            assert time.monotonic() - changed < CACHE_SECONDS + 1, "the change was never seen"
            time.sleep(0.1)
        assert _rewards(c, pair["access_token"]).status_code == 401


def test_a_deleted_users_refresh_token_is_refused(live_server: LiveServer, world: World) -> None:
    with client(live_server) as c:
        pair = signed_in(c, "manager", world.desks["IKJ"])
        with live_server.engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE users SET deleted_at = now() WHERE id = :id"),
                {"id": world.users["manager"].id},
            )
        r = c.post("/api/auth/refresh", json={"refresh_token": pair["refresh_token"]})
        assert r.status_code == 401
        assert "access_token" not in r.text


def test_a_deleted_user_is_cut_off_by_the_cli(
    live_server: LiveServer, world: World, cli: Callable[..., int]
) -> None:
    with client(live_server) as c:
        pair = signed_in(c, "clinician", world.desks["IKJ"])
        assert cli(["delete-user", "clinician"]) == 0
        assert c.get("/api/auth/me", headers=bearer(pair["access_token"])).status_code == 401
        r = c.post("/api/auth/refresh", json={"refresh_token": pair["refresh_token"]})
        assert r.status_code == 401


def test_a_demoted_manager_loses_manager_endpoints_at_once(
    live_server: LiveServer, world: World, cli: Callable[..., int]
) -> None:
    spare = spare_pc(live_server, world.hospitals["IKJ"])
    revoke = f"/api/auth/devices/{spare}/revoke"
    with client(live_server) as c:
        pair = signed_in(c, "manager", world.desks["IKJ"])
        assert cli(["set-role", "manager", "--role", "front_desk", "--hospital", "IKJ"]) == 0
        assert c.post(revoke, headers=bearer(pair["access_token"])).status_code == 401
        assert (
            c.post("/api/auth/refresh", json={"refresh_token": pair["refresh_token"]}).status_code
            == 401
        )
        again = signed_in(c, "manager", world.desks["IKJ"])
        assert again["user"]["role"] == "front_desk"
        assert c.post(revoke, headers=bearer(again["access_token"])).status_code == 403
        me = c.get("/api/auth/me", headers=bearer(again["access_token"])).json()
        assert me["role"] == "front_desk"


def test_a_role_changed_elsewhere_stops_the_old_token(
    live_server: LiveServer, world: World
) -> None:
    """The token is compared with the account's role, so even a bulk update needs no signal."""
    spare = spare_pc(live_server, world.hospitals["IKJ"])
    with client(live_server) as c:
        pair = signed_in(c, "manager", world.desks["IKJ"])
        with live_server.engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE users SET role = 'front_desk' WHERE id = :id"),
                {"id": world.users["manager"].id},
            )
        time.sleep(CACHE_SECONDS + 0.2)
        r = c.post(f"/api/auth/devices/{spare}/revoke", headers=bearer(pair["access_token"]))
        assert r.status_code == 401
        assert "role" in r.json()["error"]["message"]


def test_logout_kills_the_access_token_too(live_server: LiveServer, world: World) -> None:
    with client(live_server) as c:
        pair: dict[str, Any] = signed_in(c, "manager", world.desks["IKJ"])
        headers = bearer(pair["access_token"])
        assert c.get("/api/auth/me", headers=headers).status_code == 200
        assert c.post("/api/auth/logout", headers=headers).status_code == 204
        assert c.get("/api/auth/me", headers=headers).status_code == 401
        assert _pull(c, pair["access_token"]).status_code == 401
        r = c.post("/api/auth/refresh", json={"refresh_token": pair["refresh_token"]})
        assert r.status_code == 401
