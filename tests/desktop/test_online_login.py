"""The login dialog against a real server: registration, refusals, and offline fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import keys
from desktop.app import DesktopApp, build
from desktop.config import DesktopSettings
from desktop.services.desk import SESSION_KEY
from desktop.store.tables import CachedLogin
from desktop.sync.engine import read_state
from desktop.ui.login import LoginDialog
from tests.integration.server.conftest import PASSWORD, LiveServer, World

from .conftest import MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _app(tmp_path: Path, keyring: MemoryKeyring, server_url: str) -> DesktopApp:
    return build(DesktopSettings(data_dir=tmp_path / "data", server_url=server_url), keyring)


def _log_in(
    app: DesktopApp, keyring: MemoryKeyring, qtbot: QtBot, user: str, pw: str
) -> LoginDialog:
    dialog = app.login_dialog(keyring)
    qtbot.addWidget(dialog)
    dialog.username.setText(user)
    dialog.password.setText(pw)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.staff is not None or bool(dialog.error.text()), timeout=20000)
    return dialog


def test_a_managers_first_login_registers_the_pc(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app = _app(tmp_path, memory_keyring, live_server.url)
    try:
        dialog = _log_in(app, memory_keyring, qtbot, "manager", PASSWORD)
        assert dialog.staff is not None and dialog.staff.online
        assert dialog.staff.role == "manager"
        with app.db.sessions() as session:
            state = read_state(session, SESSION_KEY)
        assert state["server"] == live_server.url and state["access_token"]
        assert keys.load_refresh_token(memory_keyring, "manager")
        app.adopt_registration()
        assert app.db.desk.prefix == state["device_prefix"]
        assert str(app.db.desk.device_id) == state["device_id"]
    finally:
        app.close()


def test_a_wrong_password_is_refused_by_the_server_and_not_tried_offline(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app = _app(tmp_path, memory_keyring, live_server.url)
    try:
        assert _log_in(app, memory_keyring, qtbot, "manager", PASSWORD).staff is not None
        dialog = _log_in(app, memory_keyring, qtbot, "manager", "not the password")
        assert dialog.staff is None
        assert "password" in dialog.error.text().lower()
        with app.db.sessions() as session:
            cached = session.get(CachedLogin, "manager")
            assert cached is not None
            assert cached.failed_attempts == 0, "the server's refusal was not retried offline"
    finally:
        app.close()


def test_offline_login_works_when_the_server_is_unreachable(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app = _app(tmp_path, memory_keyring, live_server.url)
    try:
        assert _log_in(app, memory_keyring, qtbot, "manager", PASSWORD).staff is not None
    finally:
        app.close()
    offline = _app(tmp_path, memory_keyring, "http://127.0.0.1:9")
    try:
        dialog = _log_in(offline, memory_keyring, qtbot, "manager", PASSWORD)
        assert dialog.staff is not None
        assert not dialog.staff.online
    finally:
        offline.close()
