"""Lock an unattended session: several staff share one front-desk PC.

Any key press or mouse click anywhere in the app counts as activity. When
the idle time passes, the main window hides behind the login dialog; only a
successful login (the same person or another) brings it back.

Signals:
    locked: the session was locked for inactivity.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

from desktop.auth import IdleLock

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})
CHECK_EVERY_MS = 15_000


class IdleGuard(QObject):
    locked = Signal()

    def __init__(
        self, window: QWidget, timeout: dt.timedelta, check_ms: int = CHECK_EVERY_MS
    ) -> None:
        super().__init__()
        self.window = window
        self.lock = IdleLock(timeout)
        self.timer = QTimer(self, interval=check_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY:
            self.lock.touch()
        return False

    def check(self) -> None:
        if not Shiboken.isValid(self.window):
            # The window went away without a successor (the app or test closed
            # it): nothing is left to lock, so stop watching the whole app.
            self.stop()
            return
        if self.window.isVisible() and self.lock.should_lock():
            self.window.hide()
            self.locked.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_timeout(self, minutes: int) -> None:
        """A new idle time from the Settings screen applies without a restart."""
        self.lock.timeout = dt.timedelta(minutes=minutes)

    def unlocked(self) -> None:
        """The window comes back as it was left: a maximised one maximised again."""
        self.lock.touch()
        if self.window.isMaximized():
            self.window.showMaximized()
        else:
            self.window.show()
