"""The connection chip against a real worker and server: Connecting, Offline since, Try now.

The link is cut by making the desk's push fail as a dropped connection does;
the backoff after it is 30 s, so only Try now can bring the desk back within
the test's few seconds.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync.client import SyncOfflineError
from desktop.sync.worker import SyncWorker
from desktop.ui.status import SyncStatusBar
from desktop.ui.sync_status import SyncStatusPoller
from tests.desktop.test_worker_survives import Fault
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

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_offline_since_then_try_now_brings_the_desk_back(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    desk = make_desk(world.principal(0))
    register(desk, world, "IKJ1-000950")
    cut = Fault(desk, SyncOfflineError("The server could not be reached."), monkeypatch)
    worker = SyncWorker(desk.sync, desk.api, interval=30, first_backoff=30, max_backoff=30)
    status = SyncStatusBar()
    qtbot.addWidget(status)
    poller = SyncStatusPoller(worker, status, interval_ms=50)
    assert status.connection.text() == "◌ Connecting…", "not Offline before the first try"
    worker.start()
    try:
        qtbot.waitUntil(lambda: "Offline since" in status.connection.text(), timeout=10_000)
        assert not status.try_now.isHidden()
        cut.clear()
        status.try_now.click()
        assert status.connection.text() == "◌ Connecting…"
        qtbot.waitUntil(lambda: status.connection.text() == "● Online", timeout=10_000)
        assert status.try_now.isHidden()
    finally:
        poller.timer.stop()
        worker.stop()
