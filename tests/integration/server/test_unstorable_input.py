"""Input PostgreSQL cannot store is the client's mistake: a 422 in the envelope, never a 500."""

from __future__ import annotations

import httpx

from tests.integration.server.conftest import LiveServer, World


def test_a_nul_character_is_a_422_not_a_500(live_server: LiveServer, world: World) -> None:
    response = httpx.post(
        f"{live_server.url}/api/auth/login",
        json={"username": "ad\u0000min", "password": "whatever"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unstorable_value"
    assert "NUL" in response.json()["error"]["message"]
