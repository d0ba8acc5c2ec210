"""The login dialog: each member of staff logs in with their own account.

With a server configured the dialog logs in there first and falls back to
the cached offline verifier only when the server cannot be reached; a
standalone clinic logs in against its local accounts only. The
check runs on the database thread (a login is one short request with a
timeout, and nothing else may touch the store meanwhile); the dialog only
collects the text and shows the outcome in words.

A hospital PC holds patient records and is registered to its hospital, so
an owner cannot use its store. When the program offers an owner profile
(``owner_sessions``), the dialog shows a choice that says why, and a login
with it ticked goes to that profile's own store instead; an account that is
not an owner's is refused there and leaves nothing behind
(``opened_owner_profile`` tells the caller which store was used).

Signals:
    logged_in(object): the :class:`StaffSession` of whoever logged in.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable

import httpx
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.auth import (
    LoginError,
    OnlineLogin,
    ServerUnreachableError,
    StaffSession,
    offline_login,
    online_login,
)
from desktop.services.desk import SESSION_KEY
from desktop.sync.engine import read_state
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from shared.domain.enums import Role


class LoginDialog(QDialog):
    logged_in = Signal(object)

    def __init__(
        self,
        db: Database,
        *,
        server_url: str | None = None,
        keep_refresh_token: Callable[[str, str], None] | None = None,
        standalone: bool = False,
        owner_sessions: Callable[[], sessionmaker[Session]] | None = None,
    ) -> None:
        super().__init__()
        self._db = db
        self._server_url = server_url
        self._standalone = standalone
        self._keep_refresh_token = keep_refresh_token
        self._owner_sessions = owner_sessions
        self.staff: StaffSession | None = None
        self.opened_owner_profile = False
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
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        set_role(cancel, ButtonRole.SECONDARY)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.owner_profile = QCheckBox(self.tr("Open an owner profile on this PC"))
        self.owner_profile.setToolTip(
            self.tr(
                "This PC holds the hospital's patient records, which an owner's view never "
                "shows, so hospital owners sign in to a separate owner profile: its own "
                "encrypted database, registered as the owner's device."
            )
        )
        if owner_sessions is not None:
            form.addRow(self.owner_profile)
            why = QLabel(self.owner_profile.toolTip())
            why.setWordWrap(True)
            form.addRow(why)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        owner = self._owner_sessions is not None and self.owner_profile.isChecked()
        sessions = self._owner_sessions() if owner and self._owner_sessions else self._db.sessions
        self.buttons.setEnabled(False)
        self.owner_profile.setEnabled(False)
        self._db.tasks.run_db(
            lambda: self._check(sessions, username, password, owner=owner),
            lambda staff: self._succeeded(staff, owner=owner),
            self._failed,
        )

    def _check(
        self, sessions: sessionmaker[Session], username: str, password: str, *, owner: bool
    ) -> StaffSession:
        """Failures are committed too: the lockout counter must survive the error."""
        with sessions() as session:
            try:
                if self._server_url:
                    try:
                        return self._online(session, username, password, owner=owner)
                    except ServerUnreachableError:
                        pass
                return offline_login(
                    session, username=username, password=password, standalone=self._standalone
                )
            finally:
                session.commit()

    def _online(
        self, session: Session, username: str, password: str, *, owner: bool
    ) -> StaffSession:
        with httpx.Client() as http:
            login = online_login(
                session,
                http,
                server_url=str(self._server_url),
                username=username,
                password=password,
                device_name=socket.gethostname(),
            )
            if owner:
                _owners_only(session, http, str(self._server_url), login)
        if self._keep_refresh_token is not None:
            self._keep_refresh_token(login.staff.username, login.refresh_token)
        return login.staff

    def _succeeded(self, staff: StaffSession, *, owner: bool = False) -> None:
        self.opened_owner_profile = owner
        self.staff = staff
        self.logged_in.emit(staff)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.owner_profile.setEnabled(True)
        self.password.clear()
        self.error.setText(str(error) + self._owner_hint(error))

    def _owner_hint(self, error: BaseException) -> str:
        """After a refusal on the hospital's store, remind owners where their view lives.

        The server answers an owner on a hospital PC as it answers a wrong
        password (it tells no one which accounts exist), so the hint is given
        to every refusal there.
        """
        offered = self._owner_sessions is not None and not self.owner_profile.isChecked()
        if not offered or type(error) is not LoginError:
            return ""
        return " " + self.tr(
            "Hospital owners: this PC holds patient records, so tick "
            "“Open an owner profile on this PC”."
        )


def _owners_only(session: Session, http: httpx.Client, server: str, login: OnlineLogin) -> None:
    """An owner profile is for owners: anyone else's sign-in is ended and undone here.

    The server has no way to be asked for an owner device only, so a manager's
    sign-in here registered a device for their hospital; ending the sign-in
    leaves that device with no token (an administrator may revoke it).
    """
    if login.staff.role != Role.OWNER:
        token = (read_state(session, SESSION_KEY) or {}).get("access_token")
        session.rollback()
        with contextlib.suppress(httpx.TransportError):
            http.post(f"{server}/api/auth/logout", headers={"Authorization": f"Bearer {token}"})
        raise LoginError(
            "Owner profile: only hospital owners sign in here. Untick "
            "“Open an owner profile on this PC” to sign in to the hospital's PC."
        )
