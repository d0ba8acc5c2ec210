"""A signed-in desk syncs in the background: a registration reaches a real server."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.app import build
from desktop.config import DesktopSettings
from desktop.sync.engine import write_state
from desktop.ui.main_window import MainWindow
from shared.db.models import Patient
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    HospitalWorld,
    SyncServer,
    pg_sessions,
    sync_server,
    world,
)

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
