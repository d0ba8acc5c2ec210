"""The Settings screen on real widgets: refusals name the field; saved values return at start."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp, parse_args
from desktop.services.settings import SETTINGS_FILE
from desktop.ui.idle import IdleGuard
from desktop.ui.screens.settings import SettingsScreen
from shared.clock import utcnow

#: The offscreen platform plugin warns when a top-level window is shown; harmless here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _screen(desk: DesktopApp, qtbot: QtBot) -> SettingsScreen:
    screen = SettingsScreen(desk.db, desk.settings)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: bool(screen.device.text()))
    return screen


def _save(screen: SettingsScreen, qtbot: QtBot) -> None:
    screen.message.clear()
    screen.save()
    qtbot.waitUntil(lambda: bool(screen.message.text()))


def test_a_bad_server_address_is_refused_by_name_and_nothing_is_saved(
    desk: DesktopApp, qtbot: QtBot
) -> None:
    screen = _screen(desk, qtbot)
    screen.offline_only.setChecked(False)
    screen.server_url.setText("10.0.0.5 port 8600")
    _save(screen, qtbot)
    assert screen.message.text().startswith("Server address:")
    assert screen.server_url.property("invalid") is True
    assert not (desk.settings.data_dir / SETTINGS_FILE).exists()


@pytest.mark.parametrize("minutes", ["0", "241", "ten"])
def test_idle_minutes_out_of_range_are_refused_by_name(
    desk: DesktopApp, qtbot: QtBot, minutes: str
) -> None:
    screen = _screen(desk, qtbot)
    screen.idle_lock_minutes.setText(minutes)
    _save(screen, qtbot)
    assert screen.message.text() == "Idle lock: enter whole minutes from 1 to 240."
    assert screen.idle_lock_minutes.property("invalid") is True
    assert not (desk.settings.data_dir / SETTINGS_FILE).exists()


def test_saved_settings_are_read_at_start_below_the_command_line_and_environment(
    desk: DesktopApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _screen(desk, qtbot)
    screen.offline_only.setChecked(False)
    screen.server_url.setText("http://10.0.0.5:8600/")
    screen.idle_lock_minutes.setText("25")
    screen.language.setCurrentIndex(screen.language.findData("ha"))
    with qtbot.waitSignal(screen.saved) as saved:
        screen.save()
    assert saved.args is not None and saved.args[0].idle_lock_minutes == 25
    assert screen.message.text().startswith("Saved.")

    data_dir = str(desk.settings.data_dir)
    started = parse_args(["--data-dir", data_dir])
    assert started.server_url == "http://10.0.0.5:8600"
    assert (started.idle_lock_minutes, started.language, started.offline_only) == (25, "ha", False)
    monkeypatch.setenv("HMSO_DESKTOP_IDLE_LOCK_MINUTES", "40")
    assert parse_args(["--data-dir", data_dir]).idle_lock_minutes == 40
    forced = parse_args(["--data-dir", data_dir, "--server", "http://192.168.1.9:8600"])
    assert forced.server_url == "http://192.168.1.9:8600"
    assert forced.language == "ha"


def test_this_pc_is_described_as_standalone_until_registered(
    desk: DesktopApp, qtbot: QtBot
) -> None:
    screen = _screen(desk, qtbot)
    text = screen.device.text()
    assert f"Patient number prefix: {desk.db.desk.prefix}" in text
    assert "Not registered (works offline only)" in text
    assert "Hospital: none yet" in text


def test_a_shorter_idle_lock_applies_without_a_restart(desk: DesktopApp, qtbot: QtBot) -> None:
    screen = _screen(desk, qtbot)
    guard = IdleGuard(screen, dt.timedelta(minutes=30), check_ms=60_000)
    screen.saved.connect(lambda saved: guard.set_timeout(saved.idle_lock_minutes))
    guard.lock.touch(utcnow() - dt.timedelta(minutes=3))
    guard.check()
    assert screen.isVisible(), "three idle minutes are within the old 30"

    screen.idle_lock_minutes.setText("2")
    with qtbot.waitSignal(screen.saved):
        screen.save()
    with qtbot.waitSignal(guard.locked):
        guard.check()
    assert not screen.isVisible()
