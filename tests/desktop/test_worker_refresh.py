"""The worker's injected refresh: when it renews, when it waits, when it gives up.

Driven over real HTTP with the refresh callable standing in for the keyring,
so each answer a refresh can give is tried: a new token, a server that cannot
be reached while refreshing, and a refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.sync.client import SyncAuthRequiredError, SyncOfflineError
from desktop.sync.worker import SyncWorker
from shared.clock import utcnow
from sync_server.auth.tokens import issue_access_token
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


def _expired_desk(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    server: SyncServer,
) -> Desk:
    desk = make_desk(world.principal(0))
    issued = utcnow() - dt.timedelta(minutes=server.settings.access_token_minutes + 1)
    desk.api.set_token(issue_access_token(world.principal(0), server.settings, now=issued))
    register(desk, world, "IKJ1-000800")
    return desk


def test_a_renewed_token_pushes_without_pausing(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    sync_server: SyncServer,  # noqa: F811
) -> None:
    desk = _expired_desk(world, make_desk, sync_server)
    calls: list[str] = []

    def refresh() -> str:
        calls.append("refresh")
        return sync_server.token(world.principal(0))

    worker = SyncWorker(desk.sync, desk.api, interval=0.2, first_backoff=0.1, refresh=refresh)
    worker.start()
    try:
        wait_for(lambda: desk.sync.status().pending == 0)
        assert calls == ["refresh"], "one renewal serves every later round"
        assert not worker.state().needs_login
    finally:
        worker.stop()


def test_an_unreachable_refresh_backs_off_and_a_refused_one_waits_for_login(
    world: HospitalWorld,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    sync_server: SyncServer,  # noqa: F811
) -> None:
    desk = _expired_desk(world, make_desk, sync_server)
    answers: list[Exception] = [
        SyncOfflineError("The server could not be reached."),
        SyncAuthRequiredError("The refresh token was revoked. Sign in again."),
    ]

    def refresh() -> str:
        raise answers.pop(0)

    worker = SyncWorker(desk.sync, desk.api, interval=0.2, first_backoff=0.1, refresh=refresh)
    worker.start()
    try:
        wait_for(lambda: worker.state().needs_login)
        assert answers == [], "an unreachable server was retried, not taken as a refusal"
        assert worker.state().last_error == "The refresh token was revoked. Sign in again."
        assert desk.sync.status().pending == 1
        worker.set_token(sync_server.token(world.principal(0)))
        wait_for(lambda: desk.sync.status().pending == 0)
    finally:
        worker.stop()
