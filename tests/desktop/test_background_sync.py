"""A signed-in desk syncs in the background: a registration reaches a real server,
and the status bar shows the first download while it runs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.app import build
from desktop.config import DesktopSettings
from desktop.sync.download import DownloadProgress
from desktop.sync.engine import write_state
from desktop.sync.worker import SyncWorker
from desktop.ui.main_window import MainWindow
from desktop.ui.status import SyncStatusBar
from desktop.ui.sync_status import SyncStatusPoller
from shared.db.models import Patient
from shared.domain.enums import Sex
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
from tests.integration.sync.test_download_progress import watched_desk
from tests.integration.sync.test_roundtrip import register

from .conftest import STAFF, MemoryKeyring

#: The offscreen platform plugin warns when a top-level dialog is shown; harmless here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_registration_is_pushed_by_the_background_worker(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    world: HospitalWorld,  # noqa: F811
    sync_server: SyncServer,  # noqa: F811
    pg_sessions: sessionmaker[Session],  # noqa: F811
    qtbot: QtBot,
) -> None:
    app = build(DesktopSettings(data_dir=tmp_path / "data"), memory_keyring)
    principal = world.principal(0)
    with app.db.sessions.begin() as session:
        write_state(
            session,
            "session",
            {
                "server": sync_server.url,
                "access_token": sync_server.token(principal),
                "device_id": str(principal.device_id),
                "device_prefix": world.prefixes[0],
            },
        )
    try:
        window = MainWindow(app.db, STAFF)
        qtbot.addWidget(window)
        window.show()
        poller = app.start_sync(window)
        assert poller is not None
        qtbot.waitUntil(lambda: "Online" in window.status.connection.text(), timeout=20_000)
        dialog = window.patients.open_registration()
        dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
        for name, text in {
            "first_name": "Ngozi",
            "last_name": "Umeh",
            "phone": "0806 555 1234",
        }.items():
            qtbot.keyClicks(dialog.inputs[name], text)
        with qtbot.waitSignal(dialog.registered, timeout=10_000):
            dialog.submit()
        qtbot.waitUntil(lambda: _on_server(pg_sessions, "Umeh"), timeout=20_000)
        qtbot.waitUntil(
            lambda: window.status.pending.text() == "0 change(s) to sync", timeout=10_000
        )
        assert "Last sync: never" not in window.status.last_sync.text()
    finally:
        app.close()


def _on_server(sessions: sessionmaker[Session], last_name: str) -> bool:
    with sessions() as session:
        found = session.scalars(sa.select(Patient.id).where(Patient.last_name == last_name))
        return found.first() is not None


def test_status_bar_follows_a_running_first_download(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    qtbot: QtBot,
) -> None:
    source = make_desk(world.principal(0))
    for n in range(10):
        register(source, world, f"IKJ1-00050{n}")
    source.sync.sync_once()
    link = watched_desk(make_desk, world, 1)
    link.hold_after = 4
    assert link.engine is not None
    status = SyncStatusBar()
    qtbot.addWidget(status)
    status.show()
    worker = SyncWorker(link.engine, link.real)  # not started: the test drives the round
    poller = SyncStatusPoller(worker, status, interval_ms=50)
    download = threading.Thread(target=link.engine.sync_once)
    download.start()
    try:
        assert link.holding.wait(20)
        qtbot.waitUntil(status.progress.isVisible, timeout=5_000)
        assert status.progress.format().startswith("First sync: ")
        assert 0 < status.progress.value() < status.progress.maximum()
    finally:
        link.release.set()
        download.join(20)
    qtbot.waitUntil(lambda: not status.progress.isVisible(), timeout=5_000)
    poller.timer.stop()


def test_status_bar_gives_a_long_download_in_minutes(qtbot: QtBot) -> None:
    status = SyncStatusBar()
    qtbot.addWidget(status)
    status.show()
    status.set_download(DownloadProgress(rows_done=100_000, rows_total=400_000, seconds_left=180))
    assert status.progress.isVisible()
    assert status.progress.format() == "First sync: 100,000 of 400,000 rows, about 3 min left"
    status.set_download(None)
    assert not status.progress.isVisible()
