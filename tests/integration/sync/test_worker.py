"""The background worker: an expired sign-in pauses sync without losing work; offline backs off."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from desktop.store.engine import checkpoint
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine
from desktop.sync.worker import SyncWorker
from shared.clock import utcnow
from sync_server.auth.tokens import issue_access_token
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer
from tests.integration.sync.test_roundtrip import register


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def _synced(worker: SyncWorker) -> bool:
    state = worker.state()
    return state.online and state.status is not None and state.status.pending == 0


def test_expired_token_waits_for_login_then_pushes_everything(
    world: HospitalWorld, make_desk: Callable[..., Desk], sync_server: SyncServer
) -> None:
    desk = make_desk(world.principal(0))
    principal = world.principal(0)
    expired = issue_access_token(
        principal, sync_server.settings, now=utcnow() - dt.timedelta(days=1)
    )
    desk.api.set_token(expired)
    worker = SyncWorker(desk.sync, desk.api, interval=0.2, first_backoff=0.1)
    register(desk, world, "IKJ1-000700")
    worker.start()
    try:
        wait_for(lambda: worker.state().needs_login)
        register(desk, world, "IKJ1-000701")  # staff keep working while signed out
        assert desk.sync.status().pending == 2
        worker.set_token(sync_server.token(principal))
        wait_for(lambda: _synced(worker))
        assert desk.sync.status().pending == 0 and not worker.state().needs_login
    finally:
        worker.stop()


def test_unreachable_server_backs_off_and_keeps_the_queue(
    world: HospitalWorld, make_desk: Callable[..., Desk], sync_server: SyncServer
) -> None:
    desk = make_desk(world.principal(0))
    dead = HttpSyncClient("http://127.0.0.1:9", sync_server.token(world.principal(0)), timeout=1)
    engine = SyncEngine(desk.engine, dead, clock=desk.clock)
    worker = SyncWorker(engine, dead, interval=0.1, first_backoff=0.1, max_backoff=0.4)
    register(desk, world, "IKJ1-000702")
    worker.start()
    try:
        wait_for(lambda: worker.rounds >= 3)
        assert not worker.state().online and worker.state().last_error
        assert engine.status().pending == 1
    finally:
        worker.stop()
        dead.close()


def test_the_sync_thread_moves_the_log_into_the_database_file_between_rounds(
    world: HospitalWorld, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk(world.principal(0))
    database = Path(str(desk.engine.url.database))
    checkpoint(desk.engine)
    before = database.stat().st_size
    for n in range(40):
        register(desk, world, f"IKJ1-0008{n:02d}")
    assert database.stat().st_size == before  # the saves only appended to the log
    worker = SyncWorker(desk.sync, desk.api, interval=5)
    worker.start()
    try:
        wait_for(lambda: worker.rounds >= 1 and database.stat().st_size > before)
    finally:
        worker.stop()
