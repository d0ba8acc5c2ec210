"""The real widgets, offscreen: login, search, the day's list, sync status, screenshots."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.ui.idle import IdleGuard
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models import PagedPatientModel
from desktop.ui.style import stylesheet
from shared.clock import utcnow

from .conftest import STAFF


def test_login_rejects_a_wrong_password_then_accepts_the_right_one(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    dialog = LoginDialog(demo.db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "amaka")
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: "Wrong username or password" in dialog.error.text())
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "s3cret-pass")
    with qtbot.waitSignal(dialog.logged_in) as signal:
        dialog.submit()
    assert signal.args[0].full_name == "Amaka Eze"


def test_type_ahead_search_finds_by_name_and_phone(window: MainWindow, qtbot: QtBot) -> None:
    screen = window.patients
    window.go_to(screen)
    qtbot.keyClicks(screen.search_box, "ada")
    qtbot.waitUntil(lambda: screen.table.model() is screen.hits_model)
    qtbot.waitUntil(lambda: screen.hits_model.rowCount() == 3)
    names = {screen.hits_model.hit_at(r).full_name for r in range(3)}  # type: ignore[union-attr]
    assert names == {"Adaeze Nwosu", "Adaeze Nwosu4", "Adaeze Nwosu8"}
    assert screen.summary.text() == "3 patient(s) found"
    screen.search_box.setText("0803 123 4501")
    qtbot.waitUntil(lambda: screen.hits_model.hit_at(0).full_name == "Babatunde Adeyemi")  # type: ignore[union-attr]
    screen.search_box.clear()
    qtbot.waitUntil(lambda: screen.table.model() is screen.register_model)


def test_register_model_pages_from_the_store(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot, qtmodeltester: object
) -> None:
    model = PagedPatientModel(demo.db)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    assert model.data(model.index(0, 1)) == "…"
    qtbot.waitUntil(lambda: model.hit_at(0) is not None)
    assert model.data(model.index(0, 1)) == "Babatunde Adeyemi"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_today_lists_appointments_and_the_waiting_queue(window: MainWindow) -> None:
    today = window.today
    assert today.model.rowCount() == 12
    providers = {today.model.row_at(r).provider for r in range(12)}  # type: ignore[union-attr]
    assert providers == {"Dr Ngozi Okafor", "Dr Ibrahim Sani"}
    shown = [today.model.data(today.model.index(r, 1)) for r in range(12)]
    assert [name for name in shown if name] == ["Dr Ibrahim Sani", "Dr Ngozi Okafor"]
    assert shown[0] and shown.count("") == 10, "each clinician's name heads their group"
    assert today.model.data(today.model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == shown[0]
    assert today.queue.count() == 1
    assert today.queue.item(0).text().startswith("Babatunde Adeyemi")


def test_status_bar_shows_offline_and_initial_sync_progress(window: MainWindow) -> None:
    status = window.status
    assert "Offline" in status.connection.text()
    status.set_initial_sync(25_000, 100_000, 42)
    assert status.progress.isVisible()
    assert status.progress.format() == "First sync: 25,000 of 100,000 rows, about 42 s left"
    status.set_initial_sync(100_000, 100_000, None)
    assert not status.progress.isVisible()


def test_screenshots_of_each_main_screen(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    qapp.setStyleSheet(stylesheet())
    window.status.set_initial_sync(42_000, 100_000, 35)
    for row, (name, _title, _screen) in enumerate(window.screens):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda: not demo.tasks.busy)
        path = tmp_path / f"{row:02d}-{name}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000
    qapp.setStyleSheet("")


def test_idle_session_locks_and_activity_keeps_it_open(window: MainWindow, qtbot: QtBot) -> None:
    guard = IdleGuard(window, dt.timedelta(minutes=10), check_ms=60_000)
    guard.lock.touch(utcnow() - dt.timedelta(minutes=11))
    qtbot.keyClick(window.patients.search_box, "a")  # activity resets the clock
    guard.check()
    assert window.isVisible()
    guard.lock.touch(utcnow() - dt.timedelta(minutes=11))
    with qtbot.waitSignal(guard.locked):
        guard.check()
    assert not window.isVisible()
    guard.unlocked()
    assert window.isVisible()


def test_settings_are_for_managers_not_front_desk_staff(demo: DesktopApp, qtbot: QtBot) -> None:
    desk_window = demo.main_window(STAFF)
    manager = dataclasses.replace(STAFF, username="ngozi", role="manager")
    manager_window = demo.main_window(manager)
    for window in (desk_window, manager_window):
        qtbot.addWidget(window)
    assert desk_window.settings_screen is None
    assert "settings" not in [name for name, _, _ in desk_window.screens]
    assert manager_window.settings_screen is not None
    assert [name for name, _, _ in manager_window.screens][-1] == "settings"
    qtbot.waitUntil(lambda: not demo.tasks.busy)
