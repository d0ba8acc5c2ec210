"""The administration API against a live server: log in as each role over HTTP.

Reuses ``live_server`` and ``world`` (two hospitals, IKJ and GRK, a user of
every role at IKJ, a desk PC each) from the server tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from shared.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.server.conftest import (  # noqa: F401  (fixtures)
    PASSWORD,
    LiveServer,
    World,
    live_server,
    server_settings,
    world,
)


@dataclass
class Caller:
    """One signed-in person: the admin API and the sync pull with their token."""

    http: httpx.Client
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, resource: str) -> httpx.Response:
        return self.http.get(f"/api/admin/{resource}", headers=self.headers)

    def create(self, resource: str, body: dict[str, Any]) -> httpx.Response:
        return self.http.post(f"/api/admin/{resource}", json=body, headers=self.headers)

    def update(self, resource: str, row_id: str, body: dict[str, Any]) -> httpx.Response:
        path = f"/api/admin/{resource}/{row_id}"
        return self.http.patch(path, json=body, headers=self.headers)

    def act(
        self, resource: str, row_id: str, action: str, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        path = f"/api/admin/{resource}/{row_id}/{action}"
        return self.http.post(path, json=body or {}, headers=self.headers)

    def pull(self) -> httpx.Response:
        headers = {**self.headers, PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        return self.http.get("/api/sync/pull", params={"cursor": 0}, headers=headers)


def sign_in(http: httpx.Client, username: str, password: str, desk: object) -> Caller:
    body = {"username": username, "password": password, "device": {"id": str(desk)}}
    answer = http.post("/api/auth/login", json=body)
    assert answer.status_code == 200, answer.text
    return Caller(http, answer.json()["access_token"])


@pytest.fixture
def http(live_server: LiveServer) -> Iterator[httpx.Client]:  # noqa: F811
    with live_server.client() as client:
        yield client


@pytest.fixture
def admin(http: httpx.Client, world: World) -> Caller:  # noqa: F811
    return sign_in(http, "admin", PASSWORD, world.desks["IKJ"])


@pytest.fixture
def manager(http: httpx.Client, world: World) -> Caller:  # noqa: F811
    return sign_in(http, "manager", PASSWORD, world.desks["IKJ"])


def created(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 201, answer.text
    row: dict[str, Any] = answer.json()
    return row
