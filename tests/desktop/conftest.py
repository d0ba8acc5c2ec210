"""Desktop fixtures: an in-memory secure keyring, a fresh encrypted store, a demo clinic day."""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.app import DesktopApp, build
from desktop.auth import StaffSession, remember_login
from desktop.config import DesktopSettings
from desktop.services.today import lagos_day_bounds
from desktop.ui.main_window import MainWindow
from shared.clock import lagos_today, utcnow
from shared.domain.enums import AppointmentStatus
from tests import factories
from tests.integration.server.conftest import (  # noqa: F401  (the live server's fixtures)
    live_server,
    server_settings,
    world,
)

STAFF = StaffSession(uuid.uuid4(), "amaka", "Amaka Eze", "front_desk", online=True)
NAMES = [("Adaeze", "Nwosu"), ("Babatunde", "Adeyemi"), ("Chiamaka", "Okafor"), ("Musa", "Bello")]


class MemoryKeyring(KeyringBackend):
    """Holds secrets in a dict for the test's lifetime; counts as a secure backend."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """Free each test's Qt objects on the GUI thread, once its widgets are closed.

    A test's app, dialogs and timers sit in reference cycles. Left to the
    cyclic collector they are freed whenever it happens to run, which may be
    on the live server's thread in the middle of the next test: a QObject
    destroyed off its thread crashed the test process about one run in three.
    """
    yield
    gc.collect()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def desk_engine(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[sa.Engine]:
    """A migrated SQLCipher store keyed from the in-memory keyring, as the app opens it."""
    from desktop.keys import database_key
    from desktop.store import migrate
    from desktop.store.engine import make_engine

    engine = make_engine(tmp_path / "desk.db", database_key(memory_keyring, create=True))
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def desk(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[DesktopApp]:
    app = build(DesktopSettings(data_dir=tmp_path / "data", offline_only=True), memory_keyring)
    yield app
    app.close()


@pytest.fixture
def demo(desk: DesktopApp) -> DesktopApp:
    """A small clinic's morning: patients, two clinicians, appointments, one waiting."""
    with desk.db.sessions.begin() as session:
        remember_login(
            session, staff=STAFF, password="s3cret-pass", hasher=PasswordHasher(time_cost=1)
        )
        _clinic_day(session)
    return desk


def _clinic_day(session: Session) -> None:
    hospital = factories.hospital(session)
    doctors = [
        factories.clinician(session, hospital_id=hospital.id, full_name=name)
        for name in ("Dr Ngozi Okafor", "Dr Ibrahim Sani")
    ]
    start, _ = lagos_day_bounds(lagos_today())
    for n, (first, last) in enumerate(NAMES * 3):
        patient = factories.patient(
            session,
            hospital_id=hospital.id,
            first_name=first,
            last_name=f"{last}{n}" if n >= len(NAMES) else last,
            phone=f"+23480312345{n:02d}",
        )
        factories.appointment(
            session,
            hospital_id=hospital.id,
            patient_id=patient.id,
            clinician_id=doctors[n % 2].id,
            starts_at=start + dt.timedelta(hours=8, minutes=20 * n),
            status=AppointmentStatus.CHECKED_IN if n == 1 else AppointmentStatus.SCHEDULED,
            checked_in_at=utcnow() if n == 1 else None,
        )


@pytest.fixture
def window(demo: DesktopApp, qtbot: QtBot) -> MainWindow:
    window = demo.main_window(STAFF)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    return window
