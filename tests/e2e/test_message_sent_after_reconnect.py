"""The background worker alone carries an offline message to the patient and back.

The desk downloads its hospital, then its server goes down. A message composed
on the Messages screen waits as "queued — will send when online"; the worker
keeps retrying with backoff. When the same server comes back on the same
address, the worker pushes the message without anyone pressing a button, the
server's dispatch sends it through the file outbox provider, and the delivery
status returns to the desk's history by the worker's next pull.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
import uvicorn
from pydantic import SecretStr
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine
from shared.clock import utcnow
from shared.db.models import Message
from shared.domain.enums import Channel
from shared.domain.messaging.policy import send_time
from sync_server.config import ServerSettings
from sync_server.main import create_app
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.providers.outbox import OutboxProvider
from tests.desktop.conftest import STAFF, MemoryKeyring
from tests.e2e.test_offline_message_delivery import (
    EXPECTED,
    PHONE,
    _compose_offline,
    _seed_server,
    _signed_in_desk,
    _status,
)
from tests.integration.sync.conftest import HospitalWorld, SyncServer

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class SwitchableServer:
    """The real sync server on one fixed loopback port, taken down and brought back."""

    def __init__(self, settings: ServerSettings, engine: sa.Engine) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port: int = sock.getsockname()[1]
        self.app = create_app(settings, engine=engine)
        self.info = SyncServer(f"http://127.0.0.1:{self.port}", settings)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def up(self) -> None:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            assert self._thread.is_alive() and time.monotonic() < deadline, "server did not start"
            time.sleep(0.02)

    def down(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self._server = None


@pytest.fixture
def switchable(pg_url: str, tmp_path: Path) -> Iterator[SwitchableServer]:
    settings = ServerSettings(
        database_url=pg_url,
        data_dir=tmp_path / "server",
        secret_key=SecretStr("e2e-signing-key-" + "x" * 32),
        access_token_minutes=60,
    )
    engine = sa.create_engine(pg_url, pool_size=4)
    server = SwitchableServer(settings, engine)
    yield server
    server.down()
    engine.dispose()


def _on_server(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(Message)) == 1


def test_the_worker_sends_an_offline_message_once_the_server_is_back(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    world: HospitalWorld,
    pg_sessions: sessionmaker[Session],
    switchable: SwitchableServer,
    qtbot: QtBot,
) -> None:
    _seed_server(pg_sessions, world)
    app = _signed_in_desk(tmp_path / "data", memory_keyring, switchable.info, world)
    switchable.up()
    first = HttpSyncClient(switchable.info.url, switchable.info.token(world.principal(0)))
    try:
        SyncEngine(app.engine, first, clock=app.db.clock).sync_once()  # the first download
        switchable.down()
        window = app.main_window(STAFF)
        qtbot.addWidget(window)
        window.show()
        assert app.start_sync(window) is not None and app.worker is not None
        app.worker.interval = 0.5  # pull often, so the delivery status returns quickly
        qtbot.waitUntil(lambda: app.worker is not None and app.worker.rounds > 0, timeout=10_000)
        screen = _compose_offline(qtbot, app, window)
        qtbot.waitUntil(lambda: "Offline" in window.status.connection.text(), timeout=10_000)
        assert not _on_server(pg_sessions)

        switchable.up()
        qtbot.waitUntil(lambda: _on_server(pg_sessions), timeout=30_000)
        providers = dict.fromkeys(Channel, OutboxProvider(tmp_path / "sent"))
        when = send_time(Channel.SMS, utcnow(), urgent=False)  # after quiet hours, if in them
        report = dispatch_due(pg_sessions, switchable.info.settings, providers=providers, now=when)
        assert report.sent == 1
        qtbot.waitUntil(lambda: _status(screen) == "delivered", timeout=20_000)
        assert screen.history.rowCount() == 1
        assert "Online" in window.status.connection.text()
        sent = [json.loads(f.read_text()) for f in (tmp_path / "sent").glob("*.json")]
        assert [(s["channel"], s["to"], s["body"]) for s in sent] == [("sms", PHONE, EXPECTED)]
    finally:
        first.close()
        app.close()
