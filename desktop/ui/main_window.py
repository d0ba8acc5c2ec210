"""The main window: a navigation sidebar, one screen at a time, and the status bar.

Screens refresh when shown and when :meth:`MainWindow.data_changed` is told
that synced data changed (after a local write or a sync pull).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from desktop.auth import StaffSession
from desktop.services.sync_health import SyncHealth, sync_health
from desktop.ui.database import Database
from desktop.ui.screens.appointments import AppointmentsScreen
from desktop.ui.screens.conflicts import ConflictsScreen
from desktop.ui.screens.feedback import FeedbackScreen
from desktop.ui.screens.messages import MessagesScreen
from desktop.ui.screens.owner_dashboard import OwnerDashboardScreen
from desktop.ui.screens.patients import PatientsScreen
from desktop.ui.screens.statements import StatementsScreen
from desktop.ui.screens.sync_health import SyncHealthScreen
from desktop.ui.screens.today import TodayScreen
from desktop.ui.status import SyncStatusBar
from shared.domain.enums import Role


class Screen(Protocol):
    def refresh(self) -> None: ...


class MainWindow(QMainWindow):
    def __init__(self, db: Database, staff: StaffSession) -> None:
        super().__init__()
        self._db = db
        self.staff = staff
        self.setWindowTitle(self.tr("GrandPro CRM — {name}").format(name=staff.full_name))
        self.setMinimumSize(QSize(1024, 640))
        self.sync_health = SyncHealthScreen(db)
        self.screens: list[tuple[str, QWidget]] = (
            self._owner_screens() if staff.role == Role.OWNER else self._desk_screens()
        )
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.stack = QStackedWidget()
        for title, screen in self.screens:
            self.sidebar.addItem(title)
            self.stack.addWidget(screen)
        self.sidebar.currentRowChanged.connect(self._show_screen)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = SyncStatusBar()
        self.setStatusBar(self.status)
        self.sidebar.setCurrentRow(0)
        db.changed.connect(self.data_changed)

    def _desk_screens(self) -> list[tuple[str, QWidget]]:
        db = self._db
        self.today = TodayScreen(db)
        self.patients = PatientsScreen(db)
        self.appointments = AppointmentsScreen(db)
        self.feedback = FeedbackScreen(db)
        self.messages = MessagesScreen(db)
        self.conflicts = ConflictsScreen(db)
        return [
            (self.tr("Today"), self.today),
            (self.tr("Patients"), self.patients),
            (self.tr("Appointments"), self.appointments),
            (self.tr("Feedback"), self.feedback),
            (self.tr("Messages"), self.messages),
            (self.tr("Sync health"), self.sync_health),
            (self.tr("Conflicts"), self.conflicts),
        ]

    def _owner_screens(self) -> list[tuple[str, QWidget]]:
        """An owner's device holds no patient data, so owners get their own screens."""
        self.owner_dashboard = OwnerDashboardScreen(self._db)
        self.statements = StatementsScreen(self._db)
        return [
            (self.tr("Dashboard"), self.owner_dashboard),
            (self.tr("Statements"), self.statements),
            (self.tr("Sync health"), self.sync_health),
        ]

    def go_to(self, screen: QWidget) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(screen))

    def _show_screen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self._current().refresh()

    def _current(self) -> Screen:
        screen: Screen = self.stack.currentWidget()  # type: ignore[assignment]
        return screen

    def data_changed(self) -> None:
        """Synced data changed: refresh the visible screen and the pending count."""
        self._current().refresh()
        self._db.run(sync_health, self._show_health)

    def _show_health(self, health: SyncHealth) -> None:
        self.status.set_pending(health.pending)
        self.status.set_last_sync(health.last_sync_at)
