"""First-run setup: connect this PC to a server, or run it as a standalone clinic.

Shown before the first login when there is no database yet and no server
was given on the command line or in the environment. The address is only
saved once the server answers its health check; the login that follows
registers the PC when a manager signs in (:func:`desktop.auth.online_login`).

Signals:
    chosen(object): the :class:`SavedSettings` written to the data directory.
"""

from __future__ import annotations

import httpx
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from desktop.config import DesktopSettings
from desktop.services.settings import SavedSettings, check_server, save_settings
from desktop.ui.tasks import TaskManager
from shared.errors import DomainError


class SetupDialog(QDialog):
    chosen = Signal(object)

    def __init__(self, tasks: TaskManager, settings: DesktopSettings) -> None:
        super().__init__()
        self._tasks = tasks
        self._settings = settings
        self.choice: SavedSettings | None = None
        self.setWindowTitle(self.tr("Set up GrandPro CRM on this PC"))
        intro = QLabel(
            self.tr(
                "Enter the address of your hospital's GrandPro server. After it answers, "
                "a manager logs in once to register this PC. A clinic without a server "
                "can work offline only."
            )
        )
        intro.setWordWrap(True)
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("http://10.0.0.5:8600")
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect to server"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.offline_button = QPushButton(self.tr("Work offline only"))
        self.offline_button.clicked.connect(self.work_offline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.offline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow(self.message)
        form.addRow(buttons)

    def connect_to_server(self) -> None:
        """Check the server on the network pool; save only if it answers."""
        text, settings = self.server_url.text(), self._settings
        self._busy(True)
        self.message.setText(self.tr("Checking the server…"))
        self._tasks.run_net(lambda: _connect(settings, text), self._done, self._failed)

    def work_offline(self) -> None:
        self._busy(True)
        settings = self._settings
        self._tasks.run_net(lambda: _save(settings, None), self._done, self._failed)

    def _done(self, choice: SavedSettings) -> None:
        self.choice = choice
        self.chosen.emit(choice)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.setText(error.message if isinstance(error, DomainError) else str(error))
        self.server_url.setFocus()

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        self.offline_button.setEnabled(not busy)


def _connect(settings: DesktopSettings, text: str) -> SavedSettings:
    with httpx.Client() as http:
        url = check_server(http, text)
    return _save(settings, url)


def _save(settings: DesktopSettings, server_url: str | None) -> SavedSettings:
    """Keep the choice, with the language, idle lock and printer as they stand."""
    choice = SavedSettings(
        server_url=server_url,
        offline_only=server_url is None,
        language=settings.language,
        idle_lock_minutes=settings.idle_lock_minutes,
        printer=settings.printer,
    )
    save_settings(settings.data_dir, choice)
    return choice
