"""A refresh may be retried by the same PC for a minute; any other reuse is theft.

The answer to a refresh is often lost on a hospital link, and the desk then
presents the token it still holds. Within a minute, from the same device,
while the successor is unused, that retry gets the same refresh token back.
After the minute, or from another device, the reuse still reveals a copy:
the chain is revoked and ``refresh_reused`` audited.
"""

# ruff: noqa: F811  (pytest fixtures are imported, then named as parameters)
from __future__ import annotations

import datetime as dt
import threading
import uuid
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.orm import Session

from sync_server.auth.refresh_tokens import RETRY_WINDOW, digest
from sync_server.auth.tables import RefreshToken
from tests.integration.security._auth_fixtures import (  # noqa: F401  (fixtures)
    LiveServer,
    World,
    audit_actions,
    bearer,
    client,
    live_server,
    server_settings,
    signed_in,
    world,
)

REFRESH = "/api/auth/refresh"


def _refresh(c: httpx.Client, token: str, device: uuid.UUID | None) -> httpx.Response:
    body: dict[str, Any] = {"refresh_token": token}
    if device is not None:
        body["device_id"] = str(device)
    return c.post(REFRESH, json=body)


def _rotated_long_ago(server: LiveServer, token: str) -> None:
    """The token was rotated a little more than the retry window ago."""
    with Session(server.engine) as s, s.begin():
        row = s.scalars(
            sa.select(RefreshToken).where(RefreshToken.token_hash == digest(token))
        ).one()
        assert row.revoked_at is not None
        row.revoked_at -= RETRY_WINDOW + dt.timedelta(seconds=1)


def test_a_retry_within_the_window_gets_the_same_pair_and_later_reuse_revokes(
    live_server: LiveServer, world: World
) -> None:
    desk = world.desks["IKJ"]
    with client(live_server) as c:
        held = signed_in(c, "manager", desk)["refresh_token"]
        first = _refresh(c, held, desk)
        assert first.status_code == 200
        retry = _refresh(c, held, desk)  # the first answer was lost
        assert retry.status_code == 200, retry.text
        assert retry.json()["refresh_token"] == first.json()["refresh_token"]
        assert (
            c.get("/api/auth/me", headers=bearer(retry.json()["access_token"])).status_code == 200
        )
        _rotated_long_ago(live_server, held)
        assert _refresh(c, held, desk).status_code == 401
        assert _refresh(c, first.json()["refresh_token"], desk).status_code == 401  # chain cut
    assert "refresh_reused" in audit_actions(live_server)


def test_reuse_from_another_device_within_the_window_revokes_the_chain(
    live_server: LiveServer, world: World
) -> None:
    desk, elsewhere = world.desks["IKJ"], world.desks["GRK"]
    with client(live_server) as c:
        held = signed_in(c, "manager", desk)["refresh_token"]
        successor = _refresh(c, held, desk).json()["refresh_token"]
        stolen = _refresh(c, held, elsewhere)
        assert stolen.status_code == 401
        assert "access_token" not in stolen.text
        assert _refresh(c, held, desk).status_code == 401
        assert _refresh(c, successor, desk).status_code == 401
    assert "refresh_reused" in audit_actions(live_server)


def test_a_live_token_presented_by_another_device_revokes_it(
    live_server: LiveServer, world: World
) -> None:
    desk, elsewhere = world.desks["IKJ"], world.desks["GRK"]
    with client(live_server) as c:
        held = signed_in(c, "manager", desk)["refresh_token"]
        assert _refresh(c, held, elsewhere).status_code == 401
        assert _refresh(c, held, desk).status_code == 401
    assert "refresh_reused" in audit_actions(live_server)


def test_a_retry_after_the_successor_was_used_is_theft(
    live_server: LiveServer, world: World
) -> None:
    desk = world.desks["IKJ"]
    with client(live_server) as c:
        held = signed_in(c, "manager", desk)["refresh_token"]
        successor = _refresh(c, held, desk).json()["refresh_token"]
        assert _refresh(c, successor, desk).status_code == 200
        assert _refresh(c, held, desk).status_code == 401
    assert "refresh_reused" in audit_actions(live_server)


def test_two_refreshes_racing_with_one_token_both_get_the_same_pair(
    live_server: LiveServer, world: World
) -> None:
    desk = world.desks["IKJ"]
    with client(live_server) as c:
        held = signed_in(c, "manager", desk)["refresh_token"]
    answers: list[httpx.Response] = []

    def refresh() -> None:
        with client(live_server) as own:
            answers.append(_refresh(own, held, desk))

    threads = [threading.Thread(target=refresh) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[0].json()["refresh_token"] == answers[1].json()["refresh_token"]
    assert "refresh_reused" not in audit_actions(live_server)
