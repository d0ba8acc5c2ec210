"""The main window: a navigation sidebar, one screen at a time, and the status bar.

Screens refresh when shown, and while shown when :meth:`MainWindow.data_changed`
is told that a table they show changed (after a local write or a sync round).
Each screen names those tables in its ``shows`` class attribute; a change to
any other table leaves it, and whatever is half-typed in it, alone.

The window belongs to one signed-in person, named with their role and
place in the page header above every screen. The header's buttons ask the
program to end that (Sign out) or to hand the PC to someone else (Switch
user); the composition root decides what that means and builds a new window
for whoever signs in next, since the screens depend on the role.

Signals:
    sign_out_requested: the user chose Sign out.
    switch_user_requested: the user chose Switch user.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import StaffSession
from desktop.config import DesktopSettings
from desktop.services.admin import admin_resources
from desktop.services.desk import signed_in_place
from desktop.services.sync_health import SyncHealth, sync_health
from desktop.store.changes import EVERYTHING, OUTBOX, Changes
from desktop.ui.database import Database
from desktop.ui.header import PageHeader
from desktop.ui.icons import icon
from desktop.ui.screens.administration import AdministrationScreen
from desktop.ui.screens.appointments import AppointmentsScreen
from desktop.ui.screens.call_list import CallListScreen
from desktop.ui.screens.campaigns import CampaignsScreen
from desktop.ui.screens.conflicts import ConflictsScreen
from desktop.ui.screens.feedback import FeedbackScreen
from desktop.ui.screens.loyalty_program import LoyaltyProgramScreen
from desktop.ui.screens.messages import MessagesScreen
from desktop.ui.screens.owner_dashboard import OwnerDashboardScreen
from desktop.ui.screens.patients import PatientsScreen
from desktop.ui.screens.payments import PaymentsScreen
from desktop.ui.screens.payout_calendar import PayoutCalendarScreen
from desktop.ui.screens.settings import SettingsScreen
from desktop.ui.screens.statements import StatementsScreen
from desktop.ui.screens.sync_health import SyncHealthScreen
from desktop.ui.screens.today import TodayScreen
from desktop.ui.status import SyncStatusBar
from shared.domain.enums import Role


class Screen(Protocol):
    shows: ClassVar[frozenset[str]]

    def refresh(self) -> None: ...


#: Who may change this PC's server, language and printer: the people answerable for the PC
#: (a manager or admin at a hospital, an owner on their own computer), not every desk user.
SETTINGS_ROLES = frozenset({Role.ADMIN, Role.MANAGER, Role.OWNER})


#: The tables the page header's place comes from (see ``signed_in_place``).
PLACE_TABLES = frozenset({"hospitals", "owner_accounts"})


class MainWindow(QMainWindow):
    """The signed-in user's screens; ``settings`` adds the Settings screen for SETTINGS_ROLES."""

    sign_out_requested = Signal()
    switch_user_requested = Signal()

    def __init__(
        self, db: Database, staff: StaffSession, settings: DesktopSettings | None = None
    ) -> None:
        super().__init__()
        self._db = db
        self.staff = staff
        self.setWindowTitle(self.tr("GrandPro CRM — {name}").format(name=staff.full_name))
        self.setMinimumSize(QSize(1024, 640))
        self.sync_health = SyncHealthScreen(db)
        self.screens: list[tuple[str, str, QWidget]] = (
            self._owner_screens() if staff.role == Role.OWNER else self._desk_screens()
        )
        self.administration: AdministrationScreen | None = None
        if pages := admin_resources(staff.role):
            offline = settings is not None and settings.offline_only
            self.administration = AdministrationScreen(db, pages, offline_only=offline)
            self.screens.append(("administration", self.tr("Administration"), self.administration))
        self.settings_screen: SettingsScreen | None = None
        if settings is not None and staff.role in SETTINGS_ROLES:
            self.settings_screen = SettingsScreen(db, settings)
            self.screens.append(("settings", self.tr("Settings"), self.settings_screen))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for icon_name, title, screen in self.screens:
            QListWidgetItem(icon(icon_name), title, self.sidebar)
            self.stack.addWidget(screen)
        self.switch_user_action = QAction(self.tr("Switch user…"), self)
        self.switch_user_action.triggered.connect(self.switch_user_requested)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.header = PageHeader(
            staff.full_name, staff.role, [self.switch_user_action, self.sign_out_action]
        )
        self.sidebar.currentRowChanged.connect(self._show_screen)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.header)
        page_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(page, 1)
        self.setCentralWidget(central)
        self.status = SyncStatusBar()
        self.setStatusBar(self.status)
        self.sidebar.setCurrentRow(0)
        db.changed.connect(self.data_changed)
        self._show_place()

    def retire(self) -> None:
        """Let go of this window once another person's replaced it.

        It stops hearing changes first, so no refresh reaches a window that
        is being deleted; deletion waits for the event loop.
        """
        self._db.changed.disconnect(self.data_changed)
        self.close()
        tasks = self._db.tasks
        if tasks.busy:  # a screen's answer may still be on its way
            tasks.idle.connect(self.deleteLater, Qt.ConnectionType.SingleShotConnection)
        else:
            self.deleteLater()

    def _desk_screens(self) -> list[tuple[str, str, QWidget]]:
        db = self._db
        self.today = TodayScreen(db)
        self.patients = PatientsScreen(db)
        self.appointments = AppointmentsScreen(db)
        self.payments = PaymentsScreen(db)
        self.call_list = CallListScreen(db)
        self.feedback = FeedbackScreen(db)
        self.messages = MessagesScreen(db)
        self.conflicts = ConflictsScreen(db)
        screens = [
            ("today", self.tr("Today"), self.today),
            ("patients", self.tr("Patients"), self.patients),
            ("appointments", self.tr("Appointments"), self.appointments),
            ("payments", self.tr("Payments"), self.payments),
            ("call_list", self.tr("Call today"), self.call_list),
            ("feedback", self.tr("Feedback"), self.feedback),
            ("messages", self.tr("Messages"), self.messages),
            ("sync_health", self.tr("Sync health"), self.sync_health),
            ("conflicts", self.tr("Conflicts"), self.conflicts),
        ]
        self.loyalty: LoyaltyProgramScreen | None = None
        self.campaigns: CampaignsScreen | None = None
        if self.staff.role in (Role.MANAGER, Role.ADMIN):
            self.loyalty = LoyaltyProgramScreen(db)
            self.campaigns = CampaignsScreen(db)
            screens.insert(6, ("loyalty", self.tr("Loyalty"), self.loyalty))
            screens.insert(8, ("campaigns", self.tr("Campaigns"), self.campaigns))
        return screens

    def _owner_screens(self) -> list[tuple[str, str, QWidget]]:
        """An owner's device holds no patient data, so owners get their own screens."""
        self.owner_dashboard = OwnerDashboardScreen(self._db)
        self.statements = StatementsScreen(self._db)
        self.payout_calendar = PayoutCalendarScreen(self._db)
        return [
            ("dashboard", self.tr("Dashboard"), self.owner_dashboard),
            ("statements", self.tr("Statements"), self.statements),
            ("calendar", self.tr("Payout calendar"), self.payout_calendar),
            ("sync_health", self.tr("Sync health"), self.sync_health),
        ]

    def go_to(self, screen: QWidget) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(screen))

    def _show_screen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.header.set_title(self.screens[row][1])
        self._current().refresh()

    def _current(self) -> Screen:
        screen: Screen = self.stack.currentWidget()  # type: ignore[assignment]
        return screen

    def data_changed(self, changes: Changes = EVERYTHING) -> None:
        """Refresh the visible screen if it shows a changed table, and the pending count.

        Hidden screens need nothing: each one refreshes when it is shown.
        """
        screen = self._current()
        if changes.touches(PLACE_TABLES):  # a new PC's first sync brings its hospital
            self._show_place()
        if changes.touches(screen.shows):
            screen.refresh()
        if changes.touches({OUTBOX}):
            self._db.run(sync_health, self._show_health)

    def _show_place(self) -> None:
        role = self.staff.role
        self._db.run(lambda s: signed_in_place(s, role), self.header.set_place)

    def _show_health(self, health: SyncHealth) -> None:
        self.status.set_pending(health.pending)
        self.status.set_last_sync(health.last_sync_at)
