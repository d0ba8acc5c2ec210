"""A refresh whose answer is lost on the wire does not sign the desk out.

The server rotates the refresh token and answers, but the answer never
arrives: the desk still holds the old token and tries again. Before the
retry window the server saw a rotated token reused, revoked the chain and
audited a theft; the desk had to sign in again. Through a proxy on
127.0.0.1 that drops exactly that answer, the desk now stays signed in.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop import keys
from desktop.app import DesktopApp, build
from desktop.auth import online_login, refresh_access
from desktop.config import DesktopSettings
from desktop.sync.client import SyncOfflineError
from shared.db.models.audit import AuditEntry
from tests.integration.server.conftest import PASSWORD, LiveServer, World

from .conftest import MemoryKeyring
from .dropping_proxy import DroppingProxy, dropping_proxy

REFRESH = "/api/auth/refresh"


def _signed_in(tmp_path: Path, keyring: MemoryKeyring, url: str) -> DesktopApp:
    app = build(DesktopSettings(data_dir=tmp_path / "data", server_url=url), keyring)
    with app.db.sessions.begin() as session, httpx.Client() as http:
        login = online_login(
            session, http, server_url=url, username="manager", password=PASSWORD, device_name="PC"
        )
    keys.save_refresh_token(keyring, "manager", login.refresh_token)
    app.adopt_registration()
    return app


def _refresh(app: DesktopApp, keyring: MemoryKeyring) -> str:
    with httpx.Client() as http:
        return refresh_access(app.db.sessions, keyring, http)


def _actions(server: LiveServer) -> list[str]:
    with Session(server.engine) as s:
        return list(s.scalars(sa.select(AuditEntry.action)))


def _lose_one_answer(app: DesktopApp, keyring: MemoryKeyring, proxy: DroppingProxy) -> str:
    held = keys.load_refresh_token(keyring, "manager")
    proxy.drop_next(REFRESH)
    with pytest.raises(SyncOfflineError):
        _refresh(app, keyring)
    assert proxy.dropped == [REFRESH]
    assert keys.load_refresh_token(keyring, "manager") == held  # nothing arrived
    return str(held)


def test_a_lost_refresh_answer_is_retried_and_the_desk_stays_signed_in(
    tmp_path: Path, memory_keyring: MemoryKeyring, live_server: LiveServer, world: World
) -> None:
    with dropping_proxy(live_server.url) as proxy:
        app = _signed_in(tmp_path, memory_keyring, proxy.url)
        try:
            held = _lose_one_answer(app, memory_keyring, proxy)
            access = _refresh(app, memory_keyring)  # the retry, with the old token
            successor = keys.load_refresh_token(memory_keyring, "manager")
            assert successor not in (None, held)
            with httpx.Client(base_url=proxy.url) as c:
                me = c.get("/api/auth/me", headers={"Authorization": f"Bearer {access}"})
                assert me.status_code == 200, me.text
            _refresh(app, memory_keyring)  # the chain is intact: the next rotation works too
        finally:
            app.close()
    actions = _actions(live_server)
    assert "refresh_reused" not in actions and actions.count("refresh_retried") == 1


def test_the_retry_answers_the_same_refresh_token_the_lost_answer_carried(
    tmp_path: Path, memory_keyring: MemoryKeyring, live_server: LiveServer, world: World
) -> None:
    with dropping_proxy(live_server.url) as proxy:
        app = _signed_in(tmp_path, memory_keyring, proxy.url)
        try:
            held = _lose_one_answer(app, memory_keyring, proxy)
            _refresh(app, memory_keyring)
            first = keys.load_refresh_token(memory_keyring, "manager")
            device_id = app.db.desk.device_id
            with httpx.Client(base_url=live_server.url) as c:
                again = c.post(REFRESH, json={"refresh_token": held, "device_id": str(device_id)})
            assert again.status_code == 200, again.text
            assert again.json()["refresh_token"] == first
        finally:
            app.close()
