"""Signing in on a shared PC: the idle lock, Switch user and Sign out, against a real server.

A front-desk clerk who unlocks a manager's locked window must get a window
of their own (no Settings), and sync must go on with the clerk's token, so
what the clerk saves reaches the server as the clerk's.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from desktop import keys
from desktop.app import DesktopApp, build
from desktop.auth import StaffSession, online_login
from desktop.config import DesktopSettings
from desktop.services.desk import SESSION_KEY
from desktop.services.registration import register_patient
from desktop.shell import DeskShell
from desktop.store.tables import OutboxMutation
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine, read_state
from shared.db.models import AuditEntry, Patient
from sync_server.auth.tokens import verify_access_token
from tests.integration.server.conftest import PASSWORD, LiveServer, World

from .conftest import MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _manager_signed_in(
    tmp_path: Path, keyring: MemoryKeyring, server: LiveServer
) -> tuple[DesktopApp, StaffSession]:
    """The manager's first login registers the PC, as on a new hospital PC."""
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
    return app, login.staff


def _shell(app: DesktopApp, staff: StaffSession, qtbot: QtBot) -> DeskShell:
    shell = DeskShell(app, staff)
    qtbot.addWidget(shell.window)
    app.start_sync(shell.window)
    shell.window.showMaximized()
    qtbot.waitUntil(lambda: app.worker is not None and app.worker.rounds > 0, timeout=20_000)
    return shell


def _answer_login(shell: DeskShell, qtbot: QtBot, username: str) -> None:
    dialog = shell.login
    assert dialog is not None and dialog.isVisible()
    dialog.username.setText(username)
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)


def _token_user(app: DesktopApp, server: LiveServer) -> str:
    with app.db.sessions() as session:
        token = read_state(session, SESSION_KEY)["access_token"]
    return str(verify_access_token(token, server.settings).user_id)


def _register(app: DesktopApp, qtbot: QtBot, last_name: str) -> None:
    data = {
        "first_name": "Halima",
        "last_name": last_name,
        "phone": "0806 555 7788",
        "sex": "female",
    }
    outcome: list[object] = []
    app.db.write(
        lambda s, w: register_patient(s, w, desk=app.db.desk, data=data),
        outcome.append,
        outcome.append,
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert not isinstance(outcome[0], BaseException), outcome[0]


def first_sync(app: DesktopApp) -> None:
    """The download a registered PC starts with, so it knows its hospital."""
    with app.db.sessions() as session:
        state = read_state(session, SESSION_KEY)
    client = HttpSyncClient(state["server"], state["access_token"])
    try:
        SyncEngine(app.engine, client, clock=app.db.clock).sync_once()
    finally:
        client.close()


def _on_server(server: LiveServer, last_name: str) -> bool:
    with sessionmaker(server.engine)() as session:
        query = sa.select(Patient.id).where(Patient.last_name == last_name)
        return session.scalars(query).first() is not None


def _outbox_actors(app: DesktopApp) -> set[uuid.UUID | None]:
    with app.db.sessions() as session:
        return set(session.scalars(sa.select(OutboxMutation.actor_user_id)))


def _server_author(server: LiveServer, last_name: str) -> uuid.UUID | None:
    """Who the server's audit log says created the patient."""
    with sessionmaker(server.engine)() as session:
        patient_id = session.scalar(sa.select(Patient.id).where(Patient.last_name == last_name))
        return session.scalar(
            sa.select(AuditEntry.actor_user_id).where(
                AuditEntry.entity == "patients", AuditEntry.entity_id == patient_id
            )
        )


def test_a_clerk_unlocking_a_managers_window_gets_their_own(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app, manager = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        shell = _shell(app, manager, qtbot)
        assert shell.window.settings_screen is not None
        shell.window.hide()
        shell.lock()
        _answer_login(shell, qtbot, "front_desk")

        window = shell.window
        qtbot.addWidget(window)
        assert window.staff.username == "front_desk" and window.isVisible()
        assert window.settings_screen is None, "the manager's Settings left with the manager"
        assert "Settings" not in [title for _, title, _ in window.screens]
        assert window.windowState() & Qt.WindowState.WindowMaximized
        assert _token_user(app, live_server) == str(world.users["front_desk"].id)

        _register(app, qtbot, "Clerkson")
        qtbot.waitUntil(lambda: _on_server(live_server, "Clerkson"), timeout=20_000)
        clerk = world.users["front_desk"].id
        assert _outbox_actors(app) == {clerk}
        assert _server_author(live_server, "Clerkson") == clerk
    finally:
        app.close()


def test_the_same_person_unlocking_keeps_their_window(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app, manager = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        shell = _shell(app, manager, qtbot)
        before = shell.window
        shell.window.hide()
        shell.lock()
        _answer_login(shell, qtbot, "manager")
        assert shell.window is before and before.isVisible()
    finally:
        app.close()


def test_sign_out_ends_the_session_then_another_user_signs_in(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app, manager = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        shell = _shell(app, manager, qtbot)
        with app.db.sessions() as session:
            old_token = read_state(session, SESSION_KEY)["access_token"]
        shell.window.sign_out_action.trigger()
        assert not shell.window.isVisible()
        qtbot.waitUntil(lambda: not app.tasks.busy, timeout=10_000)
        assert keys.load_refresh_token(memory_keyring, "manager") is None
        with httpx.Client() as http:
            answer = http.get(
                f"{live_server.url}/api/sync/pull",
                headers={"Authorization": f"Bearer {old_token}"},
            )
        assert answer.status_code == 401, "the server ended the manager's sign-in"

        _answer_login(shell, qtbot, "front_desk")
        qtbot.addWidget(shell.window)
        assert shell.window.staff.username == "front_desk" and shell.window.isVisible()
        assert _token_user(app, live_server) == str(world.users["front_desk"].id)
    finally:
        app.close()


def test_switch_user_cancelled_gives_the_window_back(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app, manager = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        shell = _shell(app, manager, qtbot)
        shell.window.switch_user_action.trigger()
        assert not shell.window.isVisible() and shell.login is not None
        shell.login.reject()
        assert shell.window.isVisible() and shell.staff.username == "manager"
        assert app.worker is not None and app.worker.alive, "sync kept running meanwhile"
    finally:
        app.close()


def test_a_change_pushed_under_the_next_persons_token_stays_its_authors(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app, manager = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        first_sync(app)
        shell = DeskShell(app, manager)  # no background sync yet: the manager's change waits
        qtbot.addWidget(shell.window)
        shell.window.show()
        _register(app, qtbot, "Managerson")
        shell.window.hide()
        shell.lock()
        _answer_login(shell, qtbot, "front_desk")
        qtbot.addWidget(shell.window)
        _register(app, qtbot, "Clerkdaughter")
        app.start_sync(shell.window)  # with the clerk's token, both changes go
        qtbot.waitUntil(lambda: _on_server(live_server, "Managerson"), timeout=20_000)
        assert _token_user(app, live_server) == str(world.users["front_desk"].id)
        assert _server_author(live_server, "Managerson") == manager.user_id
        assert _server_author(live_server, "Clerkdaughter") == world.users["front_desk"].id
    finally:
        app.close()


def _online(app: DesktopApp, keyring: MemoryKeyring, server: LiveServer, username: str) -> None:
    """An online sign-in on this PC, as the login dialog makes it."""
    with app.db.sessions.begin() as session, httpx.Client() as http:
        login = online_login(
            session,
            http,
            server_url=server.url,
            username=username,
            password=PASSWORD,
            device_name="Reception PC",
        )
    keys.save_refresh_token(keyring, username, login.refresh_token)


def test_an_offline_unlock_by_another_person_syncs_with_their_own_refresh_token(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app, manager = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        _online(app, memory_keyring, live_server, "front_desk")  # the clerk, earlier this week
        _online(app, memory_keyring, live_server, "manager")
        shell = _shell(app, manager, qtbot)
        clerk = world.users["front_desk"]
        offline = StaffSession(clerk.id, "front_desk", "Front_Desk", "front_desk", online=False)
        shell.window.hide()
        shell.signed_in(offline)  # what an offline login at the lock hands over
        qtbot.addWidget(shell.window)
        assert shell.window.staff.username == "front_desk"
        with app.db.sessions() as session:
            assert read_state(session, SESSION_KEY)["username"] == "front_desk"
        qtbot.waitUntil(
            lambda: _has_token(app) and _token_user(app, live_server) == str(clerk.id),
            timeout=20_000,
        )
    finally:
        app.close()


def _has_token(app: DesktopApp) -> bool:
    with app.db.sessions() as session:
        return bool(read_state(session, SESSION_KEY).get("access_token"))
