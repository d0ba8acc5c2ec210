"""First-run setup on real widgets: a server that answers is kept, anything else saves nothing."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import build, needs_setup, parse_args
from desktop.config import DesktopSettings
from desktop.services.desk import SESSION_KEY
from desktop.services.settings import SETTINGS_FILE
from desktop.sync.engine import read_state
from desktop.ui.screens.settings import SettingsScreen
from desktop.ui.setup import SetupDialog
from desktop.ui.tasks import TaskManager
from tests.integration.server.conftest import PASSWORD, LiveServer, World

from .conftest import MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown()


def _dialog(tasks: TaskManager, data_dir: Path, qtbot: QtBot) -> SetupDialog:
    settings = DesktopSettings(data_dir=data_dir)
    assert needs_setup(settings)
    dialog = SetupDialog(tasks, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _connect(dialog: SetupDialog, qtbot: QtBot, address: str) -> None:
    dialog.server_url.setText(address)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled() or dialog.choice is not None)


def _unreachable() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("10.0.0.5 port 8600", "Server address: enter a full address such as"),
        ("http://10.0.0.5:99999", "Server address: the port must be a number"),
        (None, "Server address: nothing answers at http://127.0.0.1:"),
    ],
)
def test_a_bad_or_unreachable_server_is_refused_and_nothing_is_saved(
    tasks: TaskManager, tmp_path: Path, qtbot: QtBot, address: str | None, expected: str
) -> None:
    dialog = _dialog(tasks, tmp_path / "data", qtbot)
    _connect(dialog, qtbot, address or _unreachable())
    assert dialog.message.text().startswith(expected)
    assert dialog.choice is None and dialog.isVisible()
    assert not (tmp_path / "data" / SETTINGS_FILE).exists()
    assert needs_setup(parse_args(["--data-dir", str(tmp_path / "data")]))


def test_a_server_that_answers_is_kept_and_a_managers_login_registers_the_pc(
    tasks: TaskManager,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    data_dir = tmp_path / "data"
    dialog = _dialog(tasks, data_dir, qtbot)
    _connect(dialog, qtbot, f"{live_server.url}/")
    assert dialog.choice is not None and dialog.choice.server_url == live_server.url
    settings = parse_args(["--data-dir", str(data_dir)])
    assert settings.server_url == live_server.url and not needs_setup(settings)

    app = build(settings, memory_keyring)
    try:
        login = app.login_dialog(memory_keyring)
        qtbot.addWidget(login)
        login.username.setText("manager")
        login.password.setText(PASSWORD)
        with qtbot.waitSignal(login.logged_in, timeout=20_000):
            login.submit()
        with app.db.sessions() as session:
            state = read_state(session, SESSION_KEY)
        assert state["server"] == live_server.url and state["device_id"]
        app.adopt_registration()
        screen = SettingsScreen(app.db, settings)
        qtbot.addWidget(screen)
        screen.refresh()
        qtbot.waitUntil(lambda: "Registered with the server" in screen.device.text())
        assert f"Name: {socket.gethostname()}" in screen.device.text()
        assert f"Patient number prefix: {state['device_prefix']}" in screen.device.text()
    finally:
        app.close()


def _fill_account(dialog: SetupDialog, password: str, repeat: str) -> None:
    dialog.offline_button.click()
    assert dialog.account_box.isVisible()
    dialog.full_name.setText("Zainab Musa")
    dialog.username.setText("zainab")
    dialog.password.setText(password)
    dialog.repeat.setText(repeat)


@pytest.mark.parametrize(
    ("password", "repeat", "expected"),
    [
        ("short", "short", "Password: use at least 10 characters."),
        ("clinic-password-1", "clinic-password-2", "Repeat password: the two passwords differ."),
    ],
)
def test_a_standalone_clinic_needs_a_usable_first_account(
    tasks: TaskManager, tmp_path: Path, qtbot: QtBot, password: str, repeat: str, expected: str
) -> None:
    dialog = _dialog(tasks, tmp_path / "data", qtbot)
    _fill_account(dialog, password, repeat)
    dialog.start_button.click()
    assert dialog.message.text() == expected
    assert dialog.choice is None
    assert not (tmp_path / "data" / SETTINGS_FILE).exists()


def test_a_standalone_clinic_logs_in_with_the_account_made_at_setup(
    tasks: TaskManager, tmp_path: Path, memory_keyring: MemoryKeyring, qtbot: QtBot
) -> None:
    dialog = _dialog(tasks, tmp_path / "data", qtbot)
    _fill_account(dialog, "clinic-password-1", "clinic-password-1")
    with qtbot.waitSignal(dialog.chosen):
        dialog.start_button.click()
    settings = parse_args(["--data-dir", str(tmp_path / "data")])
    assert settings.offline_only and settings.server_url is None
    assert not needs_setup(settings)
    assert dialog.account is not None

    app = build(settings, memory_keyring)
    try:
        app.add_local_account(dialog.account)
        login = app.login_dialog(memory_keyring)
        qtbot.addWidget(login)
        login.username.setText("zainab")
        login.password.setText("clinic-password-1")
        with qtbot.waitSignal(login.logged_in, timeout=20_000) as signal:
            login.submit()
        assert signal.args is not None
        staff = signal.args[0]
        assert (staff.full_name, staff.role, staff.online) == ("Zainab Musa", "manager", False)
    finally:
        app.close()


@pytest.mark.parametrize("given", [["--server", "http://10.0.0.5:8600"], ["--offline"]])
def test_no_setup_when_the_command_line_already_says_where_the_server_is(
    tmp_path: Path, given: list[str]
) -> None:
    assert not needs_setup(parse_args(["--data-dir", str(tmp_path), *given]))
