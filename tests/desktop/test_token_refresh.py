"""Expired access tokens are renewed from the keyring's refresh token, over real HTTP.

Access tokens live 15 minutes; a desk offline for longer comes back with an
expired one. The background worker must trade the refresh token for a new
pair, keep the rotated refresh token, and push what waited. Only when the
server refuses the refresh (a revoked PC) does syncing pause for a login,
with the outbox intact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from desktop import keys
from desktop.app import DesktopApp, build
from desktop.auth import online_login
from desktop.config import DesktopSettings
from desktop.services.desk import SESSION_KEY
from desktop.services.registration import register_patient
from desktop.store import outbox
from desktop.store.writes import LocalWriter
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine, read_state, write_state
from desktop.ui.main_window import MainWindow
from shared.clock import utcnow
from shared.db.models import Patient
from sync_server.auth.devices import revoke_device
from sync_server.auth.tokens import issue_access_token, verify_access_token
from tests.integration.server.conftest import PASSWORD, LiveServer, World

from .conftest import STAFF, MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _signed_in(tmp_path: Path, keyring: MemoryKeyring, server: LiveServer) -> DesktopApp:
    """A manager's first login registers the PC, then the first download runs."""
    app = build(DesktopSettings(data_dir=tmp_path / "data", server_url=server.url), keyring)
    with app.db.sessions.begin() as session, httpx.Client() as http:
        login = online_login(
            session,
            http,
            server_url=server.url,
            username="manager",
            password=PASSWORD,
            device_name="Reception PC",
        )
    keys.save_refresh_token(keyring, "manager", login.refresh_token)
    app.adopt_registration()
    return app


def _expire_access_token(app: DesktopApp, server: LiveServer) -> None:
    """Replace the stored token by one issued 16 minutes ago: it expired while offline."""
    with app.db.sessions.begin() as session:
        state = read_state(session, SESSION_KEY)
        principal = verify_access_token(state["access_token"], server.settings)
        old = issue_access_token(
            principal, server.settings, now=utcnow() - dt.timedelta(minutes=16)
        )
        write_state(session, SESSION_KEY, {**state, "access_token": old})


def _register_offline(app: DesktopApp, last_name: str) -> None:
    """A registration made while the token was expired; it waits in the outbox."""
    with app.db.sessions.begin() as session:
        writer = LocalWriter(session, device_id=app.db.desk.device_id, clock=app.db.clock)
        data = {
            "first_name": "Halima",
            "last_name": last_name,
            "phone": "0806 555 7788",
            "sex": "female",
        }
        register_patient(session, writer, desk=app.db.desk, data=data)


def _on_server(server: LiveServer, last_name: str) -> bool:
    with sessionmaker(server.engine)() as session:
        query = sa.select(Patient.id).where(Patient.last_name == last_name)
        return session.scalars(query).first() is not None


def _pending(app: DesktopApp) -> int:
    with app.db.sessions() as session:
        return len(outbox.unacked(session, 100))


def _start(app: DesktopApp, qtbot: QtBot) -> MainWindow:
    window = MainWindow(app.db, STAFF)
    qtbot.addWidget(window)
    assert app.start_sync(window) is not None
    qtbot.waitUntil(lambda: not app.tasks.busy)
    return window


def _download(app: DesktopApp) -> None:
    """The first sync after registration, so the desk knows its hospital."""
    with app.db.sessions() as session:
        state = read_state(session, SESSION_KEY)
    client = HttpSyncClient(state["server"], state["access_token"])
    try:
        SyncEngine(app.engine, client, clock=app.db.clock).sync_once()
    finally:
        client.close()


def test_an_expired_token_is_refreshed_and_the_push_goes_through(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app = _signed_in(tmp_path, memory_keyring, live_server)
    try:
        _download(app)
        first_refresh = keys.load_refresh_token(memory_keyring, "manager")
        _expire_access_token(app, live_server)
        _register_offline(app, "Garba")
        assert _pending(app) == 1

        window = _start(app, qtbot)
        qtbot.waitUntil(lambda: _on_server(live_server, "Garba"), timeout=20_000)
        qtbot.waitUntil(lambda: _pending(app) == 0, timeout=10_000)
        assert app.worker is not None and not app.worker.state().needs_login
        assert app.relogin is None, "a refreshed token asks nobody to log in"
        qtbot.waitUntil(lambda: "Online" in window.status.connection.text(), timeout=5_000)
        rotated = keys.load_refresh_token(memory_keyring, "manager")
        assert rotated and rotated != first_refresh, "the rotated refresh token was kept"
        with httpx.Client() as http:
            reused = http.post(
                f"{live_server.url}/api/auth/refresh", json={"refresh_token": first_refresh}
            )
        assert reused.status_code == 401, "the old refresh token no longer works"
    finally:
        app.close()


def test_a_revoked_pc_pauses_for_login_and_keeps_its_outbox(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app = _signed_in(tmp_path, memory_keyring, live_server)
    try:
        _download(app)
        _expire_access_token(app, live_server)
        _register_offline(app, "Danjuma")
        with sessionmaker(live_server.engine).begin() as session:
            revoke_device(session, app.db.desk.device_id)

        _window = _start(app, qtbot)
        qtbot.waitUntil(lambda: app.relogin is not None and app.relogin.isVisible(), timeout=20_000)
        assert app.worker is not None and app.worker.state().needs_login
        assert _pending(app) == 1, "the unsynced registration is kept for after a new login"
        assert not _on_server(live_server, "Danjuma")
    finally:
        app.close()


def test_without_a_refresh_token_the_desk_asks_for_a_login_then_pushes(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app = _signed_in(tmp_path, memory_keyring, live_server)
    try:
        _download(app)
        _expire_access_token(app, live_server)
        keys.forget_refresh_token(memory_keyring, "manager")
        _register_offline(app, "Okoro")

        window = _start(app, qtbot)
        qtbot.waitUntil(lambda: app.relogin is not None and app.relogin.isVisible(), timeout=20_000)
        assert app.relogin is not None and _pending(app) == 1
        app.relogin.username.setText("manager")
        app.relogin.password.setText(PASSWORD)
        app.relogin.submit()
        qtbot.waitUntil(lambda: _on_server(live_server, "Okoro"), timeout=20_000)
        assert app.relogin is not None and not app.relogin.isVisible(), "closed after the login"
        qtbot.waitUntil(lambda: _pending(app) == 0, timeout=10_000)
        qtbot.waitUntil(lambda: "Online" in window.status.connection.text(), timeout=5_000)
    finally:
        app.close()
