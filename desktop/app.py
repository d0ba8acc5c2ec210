"""The composition root of ``hmso-desktop``: settings, key, store, tasks, window.

Everything the program is made of is built here, once, and handed down; no
module below reaches for a global. Start-up order matters: the keyring is
chosen before the key is read, and the store is migrated (in one transaction,
refusing a newer schema) before any screen asks it a question.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx
import sqlalchemy as sa
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.orm import Session

from desktop import keys
from desktop.auth import (
    LocalAccount,
    StaffSession,
    create_local_account,
    hand_over_sync,
    refresh_access,
    sign_out,
)
from desktop.config import DesktopSettings, load_settings
from desktop.services.desk import SESSION_KEY, desk_identity
from desktop.shell import DeskShell
from desktop.store import migrate
from desktop.store.engine import make_engine, make_sessionmaker
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine, read_state
from desktop.sync.worker import SyncWorker
from desktop.ui.database import Database
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.setup import SetupDialog
from desktop.ui.status import Connection
from desktop.ui.style import stylesheet
from desktop.ui.sync_status import SyncStatusPoller
from desktop.ui.tasks import TaskManager
from shared.resources import resource_path

I18N_DIR = resource_path("i18n")


def parse_args(argv: Sequence[str] | None = None) -> DesktopSettings:
    parser = argparse.ArgumentParser(prog="hmso-desktop", description="GrandPro CRM front desk")
    parser.add_argument("--server", dest="server_url", help="sync server URL")
    parser.add_argument("--data-dir", help="where the local database lives")
    parser.add_argument("--language", help="language code, e.g. en or ha")
    parser.add_argument(
        "--offline",
        dest="offline_only",
        action="store_true",
        default=None,
        help="work offline only (a standalone clinic)",
    )
    args = parser.parse_args(argv)
    overrides = {k: v for k, v in vars(args).items() if v is not None}
    return load_settings(overrides)


def open_store(settings: DesktopSettings, backend: KeyringBackend) -> sa.Engine:
    """Open (creating on first run) the encrypted store and bring its schema up to date."""
    first_run = not settings.database_path.exists()
    settings.ensure_data_dir()
    key = keys.database_key(backend, create=first_run, name=settings.database_key_name)
    engine = make_engine(settings.database_path, key)
    migrate.upgrade(engine)
    return engine


@dataclass
class DesktopApp:
    """The running program's parts, kept together so they are closed in order."""

    settings: DesktopSettings
    engine: sa.Engine
    tasks: TaskManager
    db: Database
    backend: KeyringBackend
    worker: SyncWorker | None = None
    poller: SyncStatusPoller | None = None
    relogin: LoginDialog | None = None
    watching_network: bool = False
    #: Who hears of a sign-in at the sync's own prompt (the shell, which may rebuild the window).
    on_signed_in: Callable[[StaffSession], None] | None = None
    #: This PC's owner profile, once an owner chose it at sign-in (see ``owner_profile``).
    owner_app: DesktopApp | None = None

    def login_dialog(self, backend: KeyringBackend, *, offer_owner: bool = False) -> LoginDialog:
        """Online login when a server is configured, the cached verifier otherwise.

        ``offer_owner`` adds the owner-profile choice (a hospital PC's first
        sign-in of a run; an owner profile never offers another).
        """
        server = None if self.settings.offline_only else self.settings.server_url
        offered = offer_owner and bool(server) and self.settings.profile == "desk"
        return LoginDialog(
            self.db,
            server_url=server,
            keep_refresh_token=lambda user, token: keys.save_refresh_token(backend, user, token),
            standalone=self.settings.offline_only,
            owner_sessions=(lambda: self.owner_profile().db.sessions) if offered else None,
        )

    def owner_profile(self) -> DesktopApp:
        """Open (creating on first use) this PC's owner profile: its own store, key and device.

        Opened on the GUI thread when the login dialog sends a sign-in there;
        the profile's first sign-in has no device id, so the server registers
        it as the owner's.
        """
        if self.owner_app is None:
            self.owner_app = build(self.settings.owner_profile(), self.backend)
        return self.owner_app

    def add_local_account(self, account: LocalAccount) -> None:
        """A standalone clinic's first manager, entered at setup, before the first login."""
        with self.db.sessions.begin() as session:
            create_local_account(session, account)

    def adopt_registration(self) -> None:
        """After a login that registered this PC, write with the registered identity."""
        with self.db.sessions.begin() as session:
            self.db.adopt(desk_identity(session))

    def main_window(self, staff: StaffSession) -> MainWindow:
        window = MainWindow(self.db, staff, self.settings)
        # Offline until a sync worker reports (start_sync, show_sync_in): a PC without
        # a sign-in to a server has nothing to connect to.
        window.status.set_connection(Connection.OFFLINE, can_retry=False)
        window.data_changed()
        return window

    def show_sync_in(self, window: MainWindow) -> None:
        """Another person's window took over: the sync status goes to its status bar."""
        if self.poller is not None:
            self.poller.show_in(window.status, window.sync_health)

    def hand_over(self, staff: StaffSession) -> None:
        """Sync as whoever just signed in: their fresh token, or their kept refresh token."""
        if staff.online:
            self.resume_sync()
            return
        with self.db.sessions.begin() as session:
            changed_hands = hand_over_sync(session, staff)
        if changed_hands and self.worker is not None:
            self.worker.client.set_token(None)
            self.worker.nudge()

    def sign_out(self) -> None:
        """End the sign-in at the server and here; sync waits for the next sign-in."""
        if self.worker is not None:
            self.worker.client.set_token(None)
        self.db.run(self._sign_out)

    def _sign_out(self, session: Session) -> None:
        with httpx.Client() as http:
            sign_out(session, self.backend, http)

    def start_sync(self, window: MainWindow) -> SyncStatusPoller | None:
        """Replicate in the background once this PC is signed in to a server.

        Local writes nudge the worker; a round that changed local rows
        announces them through ``Database.changed``, so only the screens
        showing those tables refresh. Without a sign-in the desk works
        offline only.
        """
        with self.db.sessions() as session:
            signed_in = read_state(session, SESSION_KEY) or {}
        if self.settings.offline_only or not signed_in.get("access_token"):
            return None
        client = HttpSyncClient(signed_in["server"], signed_in["access_token"])
        engine = SyncEngine(self.engine, client, clock=self.db.clock)
        self.worker = SyncWorker(
            engine, client, refresh=self.refresh_access, on_changes=self.db.sync_changed
        )
        self.db.written.connect(self.worker.nudge)
        self.poller = SyncStatusPoller(self.worker, window.status, health=window.sync_health)
        self.poller.synced.connect(self.ask_login_if_signed_out)
        self.db.changed.connect(self.poller.show_now)
        self.watch_network()
        self.worker.start()
        return self.poller

    def watch_network(self) -> bool:
        """Sync the moment the OS reports the network back, not after the offline backoff.

        Returns whether the OS can report it at all; without that the backoff
        timer still retries.
        """
        feature = QNetworkInformation.Feature.Reachability
        if not QNetworkInformation.loadBackendByFeatures(feature):
            return False
        QNetworkInformation.instance().reachabilityChanged.connect(self.network_changed)
        self.watching_network = True
        return True

    def network_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """The OS's reachability report: back online means sync now."""
        if reachability == QNetworkInformation.Reachability.Online and self.worker is not None:
            self.worker.nudge()

    def ask_login_if_signed_out(self) -> None:
        """Sync lost its sign-in and the refresh was refused: ask for a login, once.

        The dialog does not block the desk; whatever waits in the outbox is
        pushed as soon as someone logs in online. A closed dialog is kept
        until the next prompt replaces it: dropping it while it is still
        emitting ``finished`` would delete it under Qt's feet.
        """
        signed_out = self.worker is not None and self.worker.state().needs_login
        if not signed_out or (self.relogin is not None and self.relogin.isVisible()):
            return
        self.relogin = self.login_dialog(self.backend)
        self.relogin.logged_in.connect(self._signed_in_again)
        self.relogin.open()

    def _signed_in_again(self, staff: StaffSession) -> None:
        if self.on_signed_in is not None:
            self.on_signed_in(staff)
        elif staff.online:
            self.resume_sync()

    def resume_sync(self) -> None:
        """After a login that reached the server, sync with its fresh token at once."""
        self.db.run(_access_token, self._use_token)

    def _use_token(self, token: str | None) -> None:
        if self.worker is not None and token:
            self.worker.set_token(token)

    def refresh_access(self) -> str:
        """Renew the access token from the keyring's refresh token (on the sync thread)."""
        with httpx.Client() as http:
            return refresh_access(self.db.sessions, self.backend, http)

    def use_language(self, language: str) -> None:
        """Speak ``language`` from now on: the Settings screen's choice, without a restart."""
        qt_app = QCoreApplication.instance()
        if qt_app is not None:
            install_translator(qt_app, language)
        self.settings = self.settings.model_copy(update={"language": language})

    def close(self) -> None:
        if self.owner_app is not None:
            self.owner_app.close()
        if self.relogin is not None:
            self.relogin.close()
        if self.poller is not None:
            self.poller.timer.stop()
            # A round's last changes may still be queued; the status bar may be gone by then.
            self.db.changed.disconnect(self.poller.show_now)
        if self.watching_network:
            QNetworkInformation.instance().reachabilityChanged.disconnect(self.network_changed)
        if self.worker is not None:
            self.worker.stop()
            self.worker.client.close()
        self.tasks.shutdown()
        self.engine.dispose()


def _access_token(session: Session) -> str | None:
    token = (read_state(session, SESSION_KEY) or {}).get("access_token")
    return str(token) if token else None


def build(settings: DesktopSettings, backend: KeyringBackend) -> DesktopApp:
    engine = open_store(settings, keys.require_secure(backend))
    tasks = TaskManager(on_unhandled=_show_error)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        desk = desk_identity(session)
    return DesktopApp(settings, engine, tasks, Database(sessions, tasks, desk), backend)


def _show_error(error: BaseException) -> None:
    QMessageBox.warning(None, QApplication.translate("app", "Something went wrong"), str(error))


def needs_setup(settings: DesktopSettings) -> bool:
    """A first run with nothing saying where the server is, or that there is none."""
    return (
        not settings.database_path.exists()
        and not settings.server_url
        and not settings.offline_only
    )


def first_run_setup(settings: DesktopSettings) -> SetupDialog | None:
    """Run the setup dialog; None when it was closed without a choice."""
    tasks = TaskManager(on_unhandled=_show_error)
    try:
        dialog = SetupDialog(tasks, settings)
        return dialog if dialog.exec() == SetupDialog.DialogCode.Accepted else None
    finally:
        tasks.shutdown()


#: The object name of the installed GrandPro translation, so a new choice replaces it.
TRANSLATOR_NAME = "grandpro-translation"


def install_translator(qt_app: QCoreApplication, language: str) -> QTranslator | None:
    """Show every tr() string in the chosen language; English is the source text.

    Whatever GrandPro translation was installed before is removed, so this
    also switches language while the app runs (English just removes it).
    Texts already built keep their language until rebuilt (see DeskShell).
    The translator is parented to the application, so it lives as long as it;
    it is returned so a test can remove it again.
    """
    translator = QTranslator(qt_app)
    translator.setObjectName(TRANSLATOR_NAME)
    loaded = language != "en" and translator.load(f"grandpro_{language}", str(I18N_DIR))
    for old in qt_app.findChildren(QTranslator, TRANSLATOR_NAME):
        if old is not translator or not loaded:
            qt_app.removeTranslator(old)
            old.deleteLater()
    if not loaded:
        return None
    qt_app.installTranslator(translator)
    return translator


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_args(argv)
    qt_app = QApplication(sys.argv[:1])
    qt_app.setStyleSheet(stylesheet())
    install_translator(qt_app, settings.language)
    account = None
    if needs_setup(settings):
        setup = first_run_setup(settings)
        if setup is None:
            return 0
        settings, account = parse_args(argv), setup.account
    try:
        backend = keys.choose_backend()
        app = build(settings, backend)
    except (keys.NoSecureKeyringError, keys.MissingDatabaseKeyError, RuntimeError) as exc:
        # Also in the terminal: a user who started it there looks there, and logs keep it.
        print(f"Cannot start: {exc}", file=sys.stderr, flush=True)
        QMessageBox.critical(None, QApplication.translate("app", "Cannot start"), str(exc))
        return 2
    if account is not None:
        app.add_local_account(account)
    return run(qt_app, app)


def run(qt_app: QApplication, app: DesktopApp) -> int:
    """Log in, then show the desk (whoever is signed in) until the window closes."""
    login = app.login_dialog(app.backend, offer_owner=True)
    if login.exec() != LoginDialog.DialogCode.Accepted or login.staff is None:
        app.close()
        return 0
    app = signed_in_profile(app, login)
    app.adopt_registration()
    shell = DeskShell(app, login.staff)
    app.start_sync(shell.window)
    shell.window.showMaximized()  # a desk works in the app all day; it opens full screen
    freeze_startup_objects()
    code = qt_app.exec()
    close_window(shell.window)
    app.close()
    return code


def signed_in_profile(app: DesktopApp, login: LoginDialog) -> DesktopApp:
    """The store the login went to: the hospital PC's, or the owner profile's.

    An owner's run never opens the hospital's store again, so it is closed.
    """
    if not login.opened_owner_profile:
        return app
    owner = app.owner_profile()
    app.owner_app = None
    app.close()
    return owner


def freeze_startup_objects() -> None:
    """Exclude everything built at start-up from garbage-collector scans.

    A full collection walks every live object with the GIL held; with Qt,
    SQLAlchemy and the window loaded that took 220-280 ms here, and it lands
    during background sync when many rows are created: a visible GUI freeze.
    Frozen objects are never scanned, which brings the longest pause under 60 ms.
    """
    gc.collect()
    gc.freeze()


def close_window(window: MainWindow) -> None:
    """Delete the window while Qt still runs, not in the garbage collector at interpreter exit."""
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
