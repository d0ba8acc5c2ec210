"""Sync health says when the server's message sender (job worker) has stopped.

The real server's ``/readyz`` is asked; its worker is "seen" through the
``job_runs`` rows a worker writes each minute.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from desktop.app import DesktopApp
from desktop.ui.screens.sync_health import SyncHealthScreen
from shared.clock import utcnow
from sync_server.jobs.tables import JobRun
from tests.integration.server.conftest import LiveServer, World

from .conftest import MemoryKeyring
from .test_shared_pc_sign_in import _manager_signed_in

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _worker_ran(server: LiveServer, minutes_ago: int) -> None:
    started = utcnow() - dt.timedelta(minutes=minutes_ago)
    with sessionmaker(server.engine).begin() as session:
        session.add(
            JobRun(name="dispatch_messages", slot=started, started_at=started, worker_pid=1)
        )


def _line_after_refresh(screen: SyncHealthScreen, qtbot: QtBot, app: DesktopApp) -> str:
    screen.refresh()
    qtbot.waitUntil(lambda: not app.tasks.busy, timeout=10_000)
    return screen.server_worker.text() if screen.server_worker.isVisibleTo(screen) else ""


def test_a_stale_server_worker_is_said_plainly_and_a_running_one_is_not(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    app, _ = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        screen = SyncHealthScreen(app.db)
        qtbot.addWidget(screen)
        assert _line_after_refresh(screen, qtbot, app) == (
            "The server's message sender has not run for more than 5 minutes; "
            "reminders and messages are waiting. Tell your administrator."
        )
        _worker_ran(live_server, minutes_ago=12)
        assert "has not run for 12 minutes" in _line_after_refresh(screen, qtbot, app)
        _worker_ran(live_server, minutes_ago=0)
        assert _line_after_refresh(screen, qtbot, app) == ""
    finally:
        app.close()


def test_an_offline_only_desk_asks_no_server(desk: DesktopApp, qtbot: QtBot) -> None:
    screen = SyncHealthScreen(desk.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: not desk.tasks.busy, timeout=10_000)
    assert not screen.server_worker.isVisibleTo(screen)
