"""The design system on real widgets: the page header, button roles, the connection chip,
full text on hover, and a window that keeps its size through a lock."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.services.today import DayAppointment
from desktop.store.search import PatientHit
from desktop.sync.worker import WorkerState
from desktop.ui.main_window import MainWindow
from desktop.ui.models import PatientHitsModel
from desktop.ui.status import Connection, SyncStatusBar
from desktop.ui.sync_status import connection
from desktop.ui.tables import tidy
from shared.clock import utcnow


def test_the_header_names_the_screen_the_person_their_role_and_the_hospital(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: "·" in window.header.context.text())
    place, who = window.header.context.text().split(" · ")
    assert place  # the desk's hospital, from its store
    assert who == f"{window.staff.full_name} (Front desk)"
    window.go_to(window.payments)
    assert window.header.title.text() == "Payments"
    texts = [button.text() for button in window.header.buttons]
    assert texts == ["Switch user", "Sign out"]  # a tool button drops the "…"


def test_destructive_and_secondary_buttons_are_marked_for_the_stylesheet(
    window: MainWindow,
) -> None:
    assert window.appointments.cancel_button.property("role") == "destructive"
    assert window.today.no_show_button.property("role") == "destructive"
    assert window.today.print_button.property("role") == "secondary"


def test_the_chip_connects_first_then_says_offline_since_when(qtbot: QtBot) -> None:
    now = utcnow()
    assert connection(WorkerState()) == (Connection.CONNECTING, None)
    assert connection(WorkerState(online=True)) == (Connection.ONLINE, None)
    assert connection(WorkerState(failing_since=now)) == (Connection.OFFLINE, now)
    assert connection(WorkerState(failing_since=now), retrying=True)[0] is Connection.CONNECTING

    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.set_connection(Connection.CONNECTING)
    assert "Connecting" in bar.connection.text()
    assert bar.try_now.isHidden()
    spell = now.replace(hour=9, minute=42, second=0) - dt.timedelta(hours=1)  # 09:42 Lagos
    if spell.date() != now.date() or spell > now:
        spell = now - dt.timedelta(minutes=5)
    bar.set_connection(Connection.OFFLINE, spell)
    assert bar.connection.text().startswith("○ Offline since ")
    assert not bar.try_now.isHidden()
    bar.try_now.click()
    assert "Connecting" in bar.connection.text()
    bar.set_connection(Connection.OFFLINE, can_retry=False)
    assert bar.try_now.isHidden()


def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("Babatunde Adewale-Ogunleye Oluwaseun"))
    model.setItem(0, 1, QStandardItem("ok"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = tidy(view, fit_columns=False)
    view.setColumnWidth(0, 60)
    view.setColumnWidth(1, 200)
    view.show()
    long_name, short = model.index(0, 0), model.index(0, 1)
    assert delegate.full_text(view, long_name) == "Babatunde Adewale-Ogunleye Oluwaseun"
    assert delegate.full_text(view, short) is None
    assert not view.verticalHeader().isVisible()


def test_a_maximised_window_comes_back_maximised_after_the_idle_lock(
    window: MainWindow, qtbot: QtBot
) -> None:
    from desktop.ui.idle import IdleGuard

    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    guard = IdleGuard(window, dt.timedelta(minutes=10), check_ms=60_000)
    guard.lock.timeout = dt.timedelta(0)
    guard.check()
    assert not window.isVisible()
    guard.unlocked()
    qtbot.waitUntil(window.isVisible)
    assert window.isMaximized()
    guard.stop()


def test_today_without_appointments_says_what_to_do_next(window: MainWindow) -> None:
    today = window.today
    window.go_to(today)
    assert today.table.isVisible() and not today.empty.isVisible()
    today._show([])  # what the day's query answers on a day with no bookings
    assert today.empty.isVisible() and not today.table.isVisible()
    assert "Alt+W" in today.empty.text()


def test_today_sorts_by_a_clicked_column_and_keeps_it_across_a_refresh(
    window: MainWindow, qtbot: QtBot
) -> None:
    today = window.today
    window.go_to(today)
    model, header = today.model, today.table.horizontalHeader()

    def rows() -> list[DayAppointment]:
        return [r for r in (model.row_at(i) for i in range(model.rowCount())) if r is not None]

    grouped = rows()
    assert [r.provider for r in grouped] == sorted(r.provider for r in grouped), "by clinician"
    times = [r.starts_at for r in grouped]
    assert times != sorted(times), "the fixture's two clinicians' days overlap"
    at = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert [r.starts_at for r in rows()] == sorted(times)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert [r.starts_at for r in rows()] == sorted(times, reverse=True)
    first = rows()[0]
    today.refresh()  # a sync or a check-in reloads the day
    qtbot.waitUntil(lambda: not window._db.tasks.busy)
    assert rows()[0] == first, "the clerk's order survives the refresh"
    assert model.data(model.index(0, 1)) == first.provider, "a name heads each run"


def test_search_results_sort_by_name_and_by_birth_date_with_blanks_last() -> None:
    hits = [
        PatientHit(uuid.uuid4(), "LKK0-000002", "Ngozi Eze", None, dt.date(1990, 5, 12)),
        PatientHit(uuid.uuid4(), "LKK0-000001", "adebayo Okafor", None, None),
        PatientHit(uuid.uuid4(), "LKK0-000003", "Chidi Obi", None, dt.date(1985, 1, 2)),
    ]
    model = PatientHitsModel()
    model.set_hits(hits)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.hit_at(i).full_name for i in range(3)] == [  # type: ignore[union-attr]
        "adebayo Okafor",
        "Chidi Obi",
        "Ngozi Eze",
    ]
    model.sort(3, Qt.SortOrder.AscendingOrder)
    born = [model.hit_at(i).date_of_birth for i in range(3)]  # type: ignore[union-attr]
    assert born == [dt.date(1985, 1, 2), dt.date(1990, 5, 12), None]
    model.set_hits(list(reversed(hits)))  # a new search keeps the chosen column
    assert model.hit_at(0).full_name == "Chidi Obi"  # type: ignore[union-attr]
