"""First-run setup: connect this PC to a server, or run it as a standalone clinic.

Shown before the first login when there is no database yet and no server
was given on the command line or in the environment. The address is only
saved once the server answers its health check; the login that follows
registers the PC when a manager signs in (:func:`desktop.auth.online_login`).
A standalone clinic has nobody to ask, so choosing to work offline asks for
its first manager's account, which the app stores once the database exists.

Signals:
    chosen(object): the :class:`SavedSettings` written to the data directory.
"""

from __future__ import annotations

import httpx
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.auth import LocalAccount, check_local_account
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
        self.account: LocalAccount | None = None
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
        self.offline_button.clicked.connect(self.show_account)
        buttons = QHBoxLayout()
        buttons.addWidget(self.offline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow(buttons)
        form.addRow(self._account_box())
        form.addRow(self.message)

    def _account_box(self) -> QGroupBox:
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for secret in (self.password, self.repeat):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.start_button = QPushButton(self.tr("Create the account and start"))
        self.start_button.clicked.connect(self.work_offline)
        self.account_box = QGroupBox(self.tr("The clinic manager's account on this PC"))
        box = QFormLayout(self.account_box)
        box.addRow(self.tr("Full name"), self.full_name)
        box.addRow(self.tr("Username"), self.username)
        box.addRow(self.tr("Password"), self.password)
        box.addRow(self.tr("Repeat password"), self.repeat)
        box.addRow(self.start_button)
        self.account_box.setVisible(False)
        return self.account_box

    @property
    def inputs(self) -> dict[str, QWidget]:
        return {
            "server_url": self.server_url,
            "full_name": self.full_name,
            "username": self.username,
            "password": self.password,
            "repeat": self.repeat,
        }

    def show_account(self) -> None:
        """Working offline needs a first account: nobody else can create one."""
        self.message.clear()
        self.account_box.setVisible(True)
        self.full_name.setFocus()

    def connect_to_server(self) -> None:
        """Check the server on the network pool; save only if it answers."""
        text, settings = self.server_url.text(), self._settings
        self._busy(True)
        self.message.setText(self.tr("Checking the server…"))
        self._tasks.run_net(lambda: _connect(settings, text), self._done, self._failed)

    def work_offline(self) -> None:
        """Check the account first: the choice is saved only with a usable account."""
        try:
            self.account = check_local_account(
                self.full_name.text(),
                self.username.text(),
                self.password.text(),
                self.repeat.text(),
            )
        except DomainError as error:
            self._failed(error)
            return
        self._busy(True)
        settings = self._settings
        self._tasks.run_net(lambda: _save(settings, None), self._done, self._failed)

    def _done(self, choice: SavedSettings) -> None:
        self.choice = choice
        self.chosen.emit(choice)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        field = error.field if isinstance(error, DomainError) else None
        self.message.setText(error.message if isinstance(error, DomainError) else str(error))
        self.inputs.get(field or "", self.server_url).setFocus()

    def _busy(self, busy: bool) -> None:
        for button in (self.connect_button, self.offline_button, self.start_button):
            button.setEnabled(not busy)


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
