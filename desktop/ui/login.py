"""The login dialog: each member of staff logs in with their own account.

With a server configured the dialog logs in there first and falls back to
the cached offline verifier only when the server cannot be reached; a
standalone clinic logs in against its local accounts only. The
check runs on the database thread (a login is one short request with a
timeout, and nothing else may touch the store meanwhile); the dialog only
collects the text and shows the outcome in words.

Signals:
    logged_in(object): the :class:`StaffSession` of whoever logged in.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit
from sqlalchemy.orm import Session

from desktop.auth import ServerUnreachableError, StaffSession, offline_login, online_login
from desktop.ui.database import Database


class LoginDialog(QDialog):
    logged_in = Signal(object)

    def __init__(
        self,
        db: Database,
        *,
        server_url: str | None = None,
        keep_refresh_token: Callable[[str, str], None] | None = None,
        standalone: bool = False,
    ) -> None:
        super().__init__()
        self._db = db
        self._server_url = server_url
        self._standalone = standalone
        self._keep_refresh_token = keep_refresh_token
        self.staff: StaffSession | None = None
        self.setWindowTitle(self.tr("Log in to GrandPro CRM"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        self.buttons.setEnabled(False)
        self._db.tasks.run_db(
            lambda: self._check(username, password), self._succeeded, self._failed
        )

    def _check(self, username: str, password: str) -> StaffSession:
        """Failures are committed too: the lockout counter must survive the error."""
        with self._db.sessions() as session:
            try:
                if self._server_url:
                    try:
                        return self._online(session, username, password)
                    except ServerUnreachableError:
                        pass
                return offline_login(
                    session, username=username, password=password, standalone=self._standalone
                )
            finally:
                session.commit()

    def _online(self, session: Session, username: str, password: str) -> StaffSession:
        with httpx.Client() as http:
            login = online_login(
                session,
                http,
                server_url=str(self._server_url),
                username=username,
                password=password,
                device_name=socket.gethostname(),
            )
        if self._keep_refresh_token is not None:
            self._keep_refresh_token(login.staff.username, login.refresh_token)
        return login.staff

    def _succeeded(self, staff: StaffSession) -> None:
        self.staff = staff
        self.logged_in.emit(staff)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.error.setText(str(error))
