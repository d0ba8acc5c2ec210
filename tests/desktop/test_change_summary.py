"""Writes and sync rounds say which tables they changed; screens refresh only for their own.

Before, ``Database.changed`` carried nothing and every finished sync round
(failed ones too) refreshed whatever screen was showing, so a form on it
(the Messages composer, a half-typed walk-in) was rebuilt every few seconds.
Real widgets offscreen, a real SQLCipher store, a real sync server.
"""

from __future__ import annotations

import datetime as dt
import functools
import socket
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp, build
from desktop.config import DesktopSettings
from desktop.services.payments import record_payment
from desktop.store.changes import EVERYTHING, NOTHING, OUTBOX, Changes
from desktop.sync.client import SyncOfflineError
from desktop.sync.engine import write_state
from desktop.sync.worker import SyncWorker
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.appointments import AppointmentsScreen
from desktop.ui.screens.call_list import CallListScreen
from desktop.ui.screens.conflicts import ConflictsScreen
from desktop.ui.screens.feedback import FeedbackScreen
from desktop.ui.screens.messages import MessagesScreen
from desktop.ui.screens.owner_dashboard import OwnerDashboardScreen
from desktop.ui.screens.patient_profile import PatientProfile
from desktop.ui.screens.patients import PatientsScreen
from desktop.ui.screens.payments import PaymentsScreen
from desktop.ui.screens.payout_calendar import PayoutCalendarScreen
from desktop.ui.screens.settings import SettingsScreen
from desktop.ui.screens.statements import StatementsScreen
from desktop.ui.screens.sync_health import SyncHealthScreen
from desktop.ui.screens.today import TodayScreen
from shared.clock import utcnow
from shared.db.models import Appointment, Patient
from shared.domain.enums import Sex
from tests import factories
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    Desk,
    HospitalWorld,
    SyncServer,
    desk_template,
    make_desk,
    pg_sessions,
    sync_server,
    world,
)
from tests.integration.sync.test_roundtrip import register
from tests.integration.sync.test_rule_paths_validation import unchecked_write

from .conftest import STAFF, MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

#: Every screen and window that refreshes on ``Database.changed``.
SCREENS = (
    AppointmentsScreen,
    CallListScreen,
    ConflictsScreen,
    FeedbackScreen,
    MessagesScreen,
    OwnerDashboardScreen,
    PatientProfile,
    PatientsScreen,
    PaymentsScreen,
    PayoutCalendarScreen,
    SettingsScreen,
    StatementsScreen,
    SyncHealthScreen,
    TodayScreen,
)


class Reloads:
    """Counts how often a screen's ``refresh`` runs (the screen itself still refreshes)."""

    def __init__(self, screen: object, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = screen.refresh  # type: ignore[attr-defined]

        def counted() -> None:
            self.count += 1
            real()

        monkeypatch.setattr(screen, "refresh", counted)


def _a_patient(demo: DesktopApp) -> uuid.UUID:
    with demo.db.sessions() as session:
        first = sa.select(Patient.id).order_by(Patient.patient_number).limit(1)
        return session.scalars(first).one()


def _take_payment(demo: DesktopApp, qtbot: QtBot) -> list[object]:
    """Take a payment through the GUI's write path; returns what ``changed`` carried."""
    patient_id = _a_patient(demo)
    with qtbot.waitSignal(demo.db.changed, timeout=10_000) as announced:
        demo.db.write(
            lambda s, w: record_payment(
                s, w, patient_id=patient_id, data={"amount": "2500", "method": "cash"}
            )
        )
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    return announced.args


def test_a_payment_names_exactly_the_tables_it_wrote(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    wrote = frozenset({"revenue_entries", "loyalty_ledger", OUTBOX})  # the points it earned
    assert _take_payment(demo, qtbot) == [Changes(wrote)]


def test_a_write_that_changes_nothing_announces_nothing(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    patient_id = _a_patient(demo)

    def same_name(session: sa.orm.Session, writer: object) -> None:
        patient = session.get_one(Patient, patient_id)
        writer.update(patient, first_name=patient.first_name)  # type: ignore[attr-defined]

    with qtbot.assertNotEmitted(demo.db.changed, wait=300):
        demo.db.write(same_name)
        qtbot.waitUntil(lambda: not demo.tasks.busy)


def test_a_payment_refreshes_payments_and_leaves_today_and_the_composer_alone(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    today, messages = Reloads(window.today, monkeypatch), Reloads(window.messages, monkeypatch)
    payments = Reloads(window.payments, monkeypatch)
    for screen, reloads in ((window.today, today), (window.messages, messages)):
        window.go_to(screen)
        shown = reloads.count
        _take_payment(demo, qtbot)
        assert reloads.count == shown, f"{type(screen).__name__} reloaded for a payment"
    window.go_to(window.payments)
    shown = payments.count
    _take_payment(demo, qtbot)
    assert payments.count == shown + 1
    qtbot.waitUntil(lambda: window.payments.day.model.rowCount() == 3)


def test_a_failed_sync_round_refreshes_nothing(
    tmp_path: Path, memory_keyring: MemoryKeyring, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = functools.partial(SyncWorker, first_backoff=0.05, max_backoff=0.1)
    monkeypatch.setattr("desktop.app.SyncWorker", quick)
    app = _signed_in_app(tmp_path, memory_keyring, f"http://127.0.0.1:{_closed_port()}", "t")
    try:
        window = _window(app, qtbot)
        today = Reloads(window.today, monkeypatch)
        announced: list[Changes] = []
        app.db.changed.connect(announced.append)
        poller = app.start_sync(window)
        assert poller is not None and app.worker is not None
        poller.timer.setInterval(20)
        worker = app.worker
        qtbot.waitUntil(lambda: worker.rounds >= 3, timeout=10_000)
        qtbot.wait(100)  # the poller has seen every one of those rounds
        assert "could not be reached" in (worker.state().last_error or "")
        assert not worker.state().online
        assert today.count == 0 and announced == []
    finally:
        app.close()


def test_a_sync_round_that_pulls_an_appointment_refreshes_today(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    world: HospitalWorld,  # noqa: F811
    sync_server: SyncServer,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = sync_server.token(world.principal(0))
    app = _signed_in_app(tmp_path, memory_keyring, sync_server.url, token, world)
    try:
        window = _window(app, qtbot)
        assert app.start_sync(window) is not None and app.worker is not None
        worker = app.worker
        qtbot.waitUntil(lambda: worker.state().online, timeout=20_000)
        today = Reloads(window.today, monkeypatch)
        booked = _book_at_another_desk(make_desk(world.principal(1)), world)
        with qtbot.waitSignal(
            app.db.changed, timeout=20_000, check_params_cb=lambda c: "appointments" in c.tables
        ):
            worker.nudge()
        qtbot.waitUntil(lambda: _shows(window, booked), timeout=10_000)
        assert today.count >= 1
    finally:
        app.close()


def test_a_round_names_the_rows_a_refusal_put_back_and_a_quiet_round_names_nothing(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
) -> None:
    desk = make_desk(world.principal(0))
    patient = register(desk, world, "IKJ1-000902")
    assert desk.sync.sync_once().changes == Changes(frozenset({"patients", OUTBOX}))
    with unchecked_write(desk) as writer:
        writer.update(writer.session.get_one(Patient, patient.id), first_name="N" * 200)
    refused = desk.sync.sync_once()
    assert refused.rejected == 1
    assert refused.changes == Changes(frozenset({"patients", OUTBOX}))
    assert desk.sync.sync_once().changes == NOTHING


def test_what_a_failed_round_committed_is_reported_by_the_next_good_one(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = make_desk(world.principal(0))
    patient = register(desk, world, "IKJ1-000903")
    desk.sync.sync_once()
    with unchecked_write(desk) as writer:
        writer.update(writer.session.get_one(Patient, patient.id), first_name="N" * 200)
    monkeypatch.setattr(desk.sync, "pull_all", _cut_connection)
    with pytest.raises(SyncOfflineError):
        desk.sync.sync_once()  # the refusal was settled and the row put back, then the pull failed
    monkeypatch.undo()
    assert desk.sync.sync_once().changes == Changes(frozenset({"patients", OUTBOX}))


def _cut_connection() -> int:
    raise SyncOfflineError("The server could not be reached.")


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.__name__)
def test_each_screen_shows_tables_the_desk_holds(screen: type) -> None:
    """A misspelt table name would never match a change, and its screen would go stale."""
    assert screen.shows and screen.shows <= EVERYTHING.tables


def _signed_in_app(
    tmp_path: Path,
    keyring: MemoryKeyring,
    server: str,
    token: str,
    world: HospitalWorld | None = None,  # noqa: F811
) -> DesktopApp:
    """A desk signed in to ``server`` (the way a login leaves it), not yet syncing."""
    app = build(DesktopSettings(data_dir=tmp_path / "data"), keyring)
    device = world.device_ids[0] if world else uuid.uuid4()
    with app.db.sessions.begin() as session:
        state = {"server": server, "access_token": token, "device_id": str(device)}
        write_state(session, "session", state | {"device_prefix": "IKJ1"})
    return app


def _window(app: DesktopApp, qtbot: QtBot) -> MainWindow:
    window = MainWindow(app.db, STAFF)
    qtbot.addWidget(window)
    window.show()
    window.go_to(window.today)
    qtbot.waitUntil(lambda: not app.tasks.busy)
    return window


def _book_at_another_desk(other: Desk, world: HospitalWorld) -> uuid.UUID:  # noqa: F811
    """Another desk registers a patient and books them for a few minutes from now, and syncs."""
    starts = utcnow().replace(microsecond=0) + dt.timedelta(minutes=5)
    with other.write() as writer:
        patient = writer.insert(
            Patient,
            hospital_id=world.hospital_id,
            patient_number="IKJ2-000901",
            first_name="Ngozi",
            last_name="Umeh",
            sex=Sex.FEMALE,
        )
        booking = writer.insert(
            Appointment,
            hospital_id=world.hospital_id,
            patient_id=patient.id,
            clinician_id=world.clinician_id,
            starts_at=starts,
            ends_at=starts + dt.timedelta(minutes=20),
        )
    report = other.sync.sync_once()
    assert (report.pushed, report.rejected) == (2, 0)
    return booking.id


def _shows(window: MainWindow, appointment_id: uuid.UUID) -> bool:
    model = window.today.model
    rows = (model.row_at(n) for n in range(model.rowCount()))
    return any(row is not None and row.id == appointment_id for row in rows)


def _closed_port() -> int:
    """A port on this machine nothing listens on: every round fails to connect."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_the_composer_keeps_its_template_when_a_change_it_shows_reloads_it(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo.db.sessions.begin() as session:
        for name in ("Reminder", "Thank you", "Health tip"):
            factories.template(session, name=name)
    screen = window.messages
    window.go_to(screen)
    qtbot.keyClicks(screen.patient.search, "0803 123 4501")
    qtbot.waitUntil(lambda: screen.template.count() == 4)  # and "Write a message"
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    screen.template.setCurrentIndex(2)
    chosen = screen.template.currentText()
    reloads = Reloads(screen, monkeypatch)
    window.data_changed(Changes(frozenset({"messages"})))
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert reloads.count == 1
    assert screen.template.currentIndex() == 2 and screen.template.currentText() == chosen
