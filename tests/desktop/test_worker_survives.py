"""The sync worker cannot die: an unexpected error in a round is shown, retried and outlived.

Before, ``SyncWorker`` caught only ``SyncError``: any other exception (a
locked database, a bug) ended the thread for good while ``state()`` still
said online, and the outbox silently stopped emptying.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.app import DesktopApp
from desktop.sync.worker import SyncWorker
from desktop.ui.screens.sync_health import SyncHealthScreen
from desktop.ui.status import SyncStatusBar
from desktop.ui.sync_status import SyncStatusPoller
from shared.db.models import Patient
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
from tests.integration.sync.test_worker import wait_for

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class _ThreadKiller(BaseException):
    """Escapes ``except Exception``, as nothing in a round should: only the watchdog is left."""


class Fault:
    """Makes the engine's push raise ``error`` while armed (``once``: one time), then behave."""

    def __init__(
        self,
        desk: Desk,
        error: BaseException,
        monkeypatch: pytest.MonkeyPatch,
        *,
        once: bool = False,
    ) -> None:
        self.error: BaseException | None = error
        real = desk.sync.push_all

        def push_all() -> tuple[int, int]:
            error = self.error
            if error is not None:
                if once:
                    self.clear()
                raise error
            return real()

        monkeypatch.setattr(desk.sync, "push_all", push_all)

    def clear(self) -> None:
        self.error = None


def test_an_unexpected_error_is_reported_retried_and_outlived(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    pg_sessions: sessionmaker[Session],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = make_desk(world.principal(0))
    patient = register(desk, world, "IKJ1-000900")
    fault = Fault(desk, KeyError("field_clocks"), monkeypatch)
    worker = SyncWorker(desk.sync, desk.api, interval=0.2, first_backoff=0.1, max_backoff=0.4)
    worker.start()
    try:
        wait_for(lambda: worker.rounds >= 3)  # it retried: the thread outlived the error
        state = worker.state()
        assert worker.alive and state.stopped and not state.online
        assert state.last_error == "'field_clocks'"
        assert state.failing_since is not None and state.retry_at is not None
        assert state.status is not None and state.status.pending == 1
        fault.clear()
        wait_for(lambda: worker.state().online)
        state = worker.state()
        assert not state.stopped and state.last_error is None and state.failing_since is None
        assert _on_server(pg_sessions, patient.id)
    finally:
        worker.stop()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_the_watchdog_restarts_a_sync_thread_that_ended(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    pg_sessions: sessionmaker[Session],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    desk = make_desk(world.principal(0))
    patient = register(desk, world, "IKJ1-000901")
    Fault(desk, _ThreadKiller(), monkeypatch, once=True)
    worker = SyncWorker(desk.sync, desk.api, interval=0.2, first_backoff=0.1, max_backoff=0.4)
    worker.start()
    try:
        wait_for(lambda: worker.state().restarts == 1)
        assert "the sync thread ended unexpectedly" in caplog.text
        wait_for(lambda: worker.state().online)
        state = worker.state()
        assert worker.alive and state.last_error is None and not state.stopped
        assert state.restarts == 1
        assert _on_server(pg_sessions, patient.id)
    finally:
        worker.stop()


def test_the_status_bar_and_sync_health_show_a_stopped_sync(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    desk: DesktopApp,
) -> None:
    remote = make_desk(world.principal(0))
    register(remote, world, "IKJ1-000902")
    Fault(remote, RuntimeError("the outbox could not be read"), monkeypatch)
    worker = SyncWorker(remote.sync, remote.api, interval=0.2, first_backoff=30, max_backoff=30)
    status = SyncStatusBar()
    health = SyncHealthScreen(desk.db)
    for widget in (status, health):
        qtbot.addWidget(widget)
        widget.show()
    poller = SyncStatusPoller(worker, status, interval_ms=50, health=health)
    worker.start()
    try:
        qtbot.waitUntil(status.problem.isVisible, timeout=10_000)
        text = status.problem.text()
        assert text.startswith("Sync stopped: the outbox could not be read · retrying in ")
        assert text.endswith(" s") and int(text.split()[-2]) in range(25, 31)
        assert "○ Offline" in status.connection.text()
        assert health.problem.isVisible()
        assert health.problem.text().startswith("Sync stopped since ")
        assert health.problem.text().endswith(": the outbox could not be read")
    finally:
        poller.timer.stop()
        worker.stop()


def _on_server(sessions: sessionmaker[Session], patient_id: object) -> bool:
    with sessions() as session:
        return session.scalar(sa.select(Patient.id).where(Patient.id == patient_id)) is not None
