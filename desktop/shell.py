"""Who is at this shared PC, and their window: idle lock, sign out, switch user.

Several staff share one front-desk PC, so the window belongs to one person.
The idle lock hides it behind a login: the same person gets it back as it
was; anyone else gets a new window built for their role (a front-desk clerk
never inherits a manager's Settings), and sync hands over to their sign-in,
so whatever they change is pushed with their token. Sign out ends the
sign-in here and at the server; Switch user only asks who is next, and the
background sync keeps running meanwhile.

A language chosen on the Settings screen applies at once the same way: the
new translation is installed and the same person gets a new window, since
every screen builds its texts when it is made.

Signals:
    window_changed(object): a new :class:`MainWindow` replaced the old one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.auth import StaffSession
from desktop.services.settings import SavedSettings
from desktop.ui.idle import IdleGuard
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.app import DesktopApp


class DeskShell(QObject):
    window_changed = Signal(object)

    def __init__(self, app: DesktopApp, staff: StaffSession) -> None:
        super().__init__()
        self.app = app
        self.staff = staff
        app.db.actor = staff.user_id
        self.window = app.main_window(staff)
        self.guard = IdleGuard(self.window, dt.timedelta(minutes=app.settings.idle_lock_minutes))
        self.guard.locked.connect(self.lock)
        self.login: LoginDialog | None = None
        self._wire(self.window)
        app.on_signed_in = self.signed_in

    def _wire(self, window: MainWindow) -> None:
        window.sign_out_requested.connect(self.sign_out)
        window.switch_user_requested.connect(self.switch_user)
        if window.settings_screen is not None:
            window.settings_screen.saved.connect(self.settings_saved)

    def settings_saved(self, saved: SavedSettings) -> None:
        """The idle lock applies at once; a new language rebuilds the window in it."""
        self.guard.set_timeout(saved.idle_lock_minutes)
        if saved.language == self.app.settings.language:
            return
        self.app.use_language(saved.language)
        self._rebuild(self.staff)
        self.window.show()
        screen = self.window.settings_screen
        if screen is not None:  # the person who saved it is back where they were
            screen.show_saved(saved)
            self.window.go_to(screen)

    def lock(self) -> None:
        """Idle: leaving the login closes the app rather than exposing the window."""
        self._ask(on_cancel=QCoreApplication.quit)

    def switch_user(self) -> None:
        """Someone else takes the PC; cancelling gives the window back as it was."""
        self.window.hide()
        self._ask(on_cancel=self.guard.unlocked)

    def sign_out(self) -> None:
        """End this person's sign-in, then wait for the next one (or close)."""
        self.window.hide()
        self.app.sign_out()
        self._ask(on_cancel=QCoreApplication.quit)

    def _ask(self, on_cancel: Callable[[], object]) -> None:
        """A non-blocking login; a closed one is kept until the next replaces it."""
        if self.login is not None and self.login.isVisible():
            return
        self.login = self.app.login_dialog(self.app.backend)
        self.login.logged_in.connect(self.signed_in)
        self.login.rejected.connect(on_cancel)
        self.login.open()

    def signed_in(self, staff: StaffSession) -> None:
        """The same person gets their window back; anyone else a window of their own."""
        self.app.hand_over(staff)
        self.app.db.actor = staff.user_id
        if staff.user_id != self.staff.user_id or staff.role != self.staff.role:
            self._rebuild(staff)
        self.staff = staff
        self.guard.unlocked()

    def _rebuild(self, staff: StaffSession) -> None:
        """The new person's screens, in the old window's place and state (maximised or not)."""
        old = self.window
        self.window = self.app.main_window(staff)
        self.window.setGeometry(old.geometry())
        if old.isMaximized():
            self.window.setWindowState(old.windowState())
        self._wire(self.window)
        self.guard.window = self.window
        self.app.show_sync_in(self.window)
        old.retire()
        self.window_changed.emit(self.window)
