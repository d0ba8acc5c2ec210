"""When the OS reports the network back, the desk pushes at once instead of after its backoff.

After a long outage the worker waits minutes between attempts. The OS's
reachability report cuts that wait: the registration made offline reaches the
real server as soon as the network is reported online.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.app import DesktopApp
from desktop.store.writes import LocalWriter
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine
from desktop.sync.worker import SyncWorker
from desktop.ui.main_window import MainWindow
from shared.db.models import Patient
from shared.domain.enums import Sex
from tests.e2e.test_message_sent_after_reconnect import (  # noqa: F401  (fixture)
    SwitchableServer,
    switchable,
)
from tests.e2e.test_offline_message_delivery import _signed_in_desk
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    HospitalWorld,
    pg_sessions,
    world,
)

from .conftest import STAFF, MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _wait_for_backoff(qtbot: QtBot, worker: SyncWorker) -> None:
    """Until the worker has settled into its long offline wait (no round for 3 s)."""
    while True:
        before = worker.rounds
        qtbot.wait(3_000)
        if worker.rounds == before:
            return


def _first_download(app: DesktopApp, server: SwitchableServer, hospital: HospitalWorld) -> None:
    """The desk's hospital comes down while the server is up; then the server goes away."""
    server.up()
    client = HttpSyncClient(server.info.url, server.info.token(hospital.principal(0)))
    try:
        SyncEngine(app.engine, client, clock=app.db.clock).sync_once()
    finally:
        client.close()
    server.down()


def _on_server(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(Patient)) == 1


def test_a_network_reported_back_online_pushes_at_once(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    world: HospitalWorld,  # noqa: F811
    pg_sessions: sessionmaker[Session],  # noqa: F811
    switchable: SwitchableServer,  # noqa: F811
    qtbot: QtBot,
) -> None:
    app = _signed_in_desk(tmp_path / "data", memory_keyring, switchable.info, world)
    try:
        _first_download(app, switchable, world)
        window = MainWindow(app.db, STAFF)
        qtbot.addWidget(window)
        assert app.start_sync(window) is not None and app.worker is not None
        if not app.watching_network:
            pytest.skip("this OS cannot report network reachability")
        app.worker.first_backoff = app.worker.max_backoff = 600.0  # only a nudge may retry
        with app.db.sessions.begin() as session:
            writer = LocalWriter(session, device_id=app.db.desk.device_id, clock=app.db.clock)
            writer.insert(
                Patient,
                hospital_id=world.hospital_id,
                patient_number="IKJ1-000900",
                first_name="Amaka",
                last_name="Eze",
                sex=Sex.FEMALE,
            )
        _wait_for_backoff(qtbot, app.worker)
        assert not _on_server(pg_sessions)

        switchable.up()
        app.network_changed(QNetworkInformation.Reachability.Online)  # as the OS reports it
        qtbot.waitUntil(lambda: _on_server(pg_sessions), timeout=10_000)
    finally:
        app.close()
