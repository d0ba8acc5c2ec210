"""A message composed while the desk is offline is sent, once, after it reconnects.

The whole path runs for real: the Messages screen offscreen, the encrypted desk
store and its outbox, the sync server on uvicorn over PostgreSQL, and the
server's dispatch with the file outbox provider. The desk first downloads its
hospital (as a first login does), then loses the server; the push is replayed
to prove a retried upload cannot make the patient receive the SMS twice.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.app import DesktopApp
from desktop.store import outbox
from desktop.sync.client import HttpSyncClient, SyncOfflineError
from desktop.sync.engine import SyncEngine
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.messages import MessagesScreen
from shared.clock import utcnow
from shared.db.models import Message, MessageAttempt
from shared.domain.enums import Channel, MessageStatus
from shared.domain.messaging.policy import send_time
from shared.sync.protocol import Mutation, PushRequest
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.providers.outbox import OutboxProvider
from tests import factories
from tests.desktop.conftest import STAFF, MemoryKeyring
from tests.e2e.conftest import open_signed_in
from tests.integration.sync.conftest import HospitalWorld, SyncServer

#: The offscreen platform plugin warns when a top-level dialog is shown; harmless here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PHONE = "+2348035550101"
EXPECTED = "Dear Kemi, see you at IKJ General Hospital."


def _unreachable_url() -> str:
    """A loopback port nothing listens on: the desk's view of a server that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def _seed_server(sessions: sessionmaker[Session], world: HospitalWorld) -> None:
    with sessions.begin() as session:
        factories.patient(
            session,
            hospital_id=world.hospital_id,
            first_name="Kemi",
            last_name="Lawal",
            phone=PHONE,
        )
        factories.template(session, name="Reminder")


def _signed_in_desk(
    data_dir: Path, backend: MemoryKeyring, server: SyncServer, world: HospitalWorld
) -> DesktopApp:
    """The hospital's first registered desk, signed in as the app starts."""
    return open_signed_in(data_dir, backend, server, world.principal(0), world.prefixes[0])


def _status(screen: MessagesScreen) -> str:
    """The delivery status the history table shows for the one message."""
    item = screen.history.item(0, 1)
    return item.text() if item is not None else ""


def _compose_offline(qtbot: QtBot, app: DesktopApp, window: MainWindow) -> MessagesScreen:
    screen = window.messages
    window.go_to(screen)
    qtbot.keyClicks(screen.patient.search, "0803 555 0101")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 1)
    qtbot.waitUntil(lambda: screen.template.count() == 2)  # and "Write a message"
    qtbot.waitUntil(lambda: not app.tasks.busy)
    assert screen.preview.toPlainText() == EXPECTED
    screen.send()
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1)
    assert screen.message.text() == "Queued — will send when online."
    assert _status(screen) == "queued — will send when online"
    return screen


def _replay(client: HttpSyncClient, batch: list[Mutation]) -> None:
    """Upload the same mutations again, as a desk does when a push's answer was lost."""
    results = client.push(PushRequest(mutations=batch)).results
    assert [r.outcome for r in results] == ["applied", "applied"]


def _outbox_after_failed_sync(app: DesktopApp, offline: HttpSyncClient) -> list[Mutation]:
    """Sync against the unreachable server: it fails and the message waits in the outbox."""
    with pytest.raises(SyncOfflineError):
        SyncEngine(app.engine, offline, clock=app.db.clock).sync_once()
    with app.db.sessions() as session:
        batch = [outbox.to_wire(m) for m in outbox.unacked(session, 500)]
    assert {m.table for m in batch} == {"messages", "patient_communications"}
    return batch


def _dispatched_once(
    server: SyncServer,
    sessions: sessionmaker[Session],
    client: HttpSyncClient,
    batch: list[Mutation],
    sent_dir: Path,
) -> dict[str, str]:
    """Replay the push around a dispatch run; exactly one provider call must result."""
    _replay(client, batch)
    providers = dict.fromkeys(Channel, OutboxProvider(sent_dir))
    when = send_time(Channel.SMS, utcnow())  # after quiet hours when the test runs in them
    first = dispatch_due(sessions, server.settings, providers=providers, now=when)
    _replay(client, batch)
    again = dispatch_due(sessions, server.settings, providers=providers, now=when)
    assert (first.sent, again.sent) == (1, 0)
    with sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Message)) == 1
        assert session.scalar(sa.select(sa.func.count()).select_from(MessageAttempt)) == 1
    files = list(sent_dir.glob("*.json"))
    assert len(files) == 1
    record: dict[str, str] = json.loads(files[0].read_text())
    return record


def test_offline_message_is_sent_once_after_reconnecting(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    qtbot: QtBot,
) -> None:
    _seed_server(pg_sessions, world)
    app = _signed_in_desk(tmp_path / "data", memory_keyring, sync_server, world)
    token = sync_server.token(world.principal(0))
    online = HttpSyncClient(sync_server.url, token)
    offline = HttpSyncClient(_unreachable_url(), token)
    try:
        desk = SyncEngine(app.engine, online, clock=app.db.clock)
        desk.sync_once()  # the first login's download, while the server was reachable
        window = app.main_window(STAFF)
        qtbot.addWidget(window)
        window.show()
        screen = _compose_offline(qtbot, app, window)
        batch = _outbox_after_failed_sync(app, offline)
        with pg_sessions() as session:
            assert session.scalars(sa.select(Message)).all() == []

        assert desk.push_all() == (2, 0)
        record = _dispatched_once(sync_server, pg_sessions, online, batch, tmp_path / "sent")
        assert (record["channel"], record["to"], record["body"]) == ("sms", PHONE, EXPECTED)

        desk.pull_all()
        window.data_changed()
        qtbot.waitUntil(lambda: _status(screen) == "delivered", timeout=10_000)
        assert screen.history.rowCount() == 1
        with app.db.sessions() as session:
            assert session.scalars(sa.select(Message.status)).one() is MessageStatus.DELIVERED
    finally:
        online.close()
        offline.close()
        app.close()
