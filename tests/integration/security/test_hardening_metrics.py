"""``/metrics`` names the busy routes and queues: it is served only to a scraper with the token."""

from __future__ import annotations

import httpx
import pytest
from pydantic import SecretStr

from sync_server.config import ServerSettings
from tests.integration.security._hardening_fixtures import (  # noqa: F401
    METRICS_TOKEN,
    Callers,
    assert_error,
    callers_fixture,
    client_fixture,
    hardened_settings_fixture,
    sendgrid_key_fixture,
    server_fixture,
)


def test_without_a_configured_token_metrics_are_not_served_even_to_an_admin(
    client: httpx.Client, callers: Callers
) -> None:
    assert_error(client.get("/metrics"), 404)
    assert_error(client.get("/metrics", headers=callers.admin), 404)


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer wrong-token",
        f"Basic {METRICS_TOKEN}",
        f"Bearer {METRICS_TOKEN}x",
        "Bearer é".encode("latin-1"),
    ],
)
def test_a_scrape_without_the_configured_token_is_refused(
    hardened_settings: ServerSettings, client: httpx.Client, authorization: str | bytes | None
) -> None:
    hardened_settings.metrics_token = SecretStr(METRICS_TOKEN)
    headers: dict[str, str | bytes] = {"Authorization": authorization} if authorization else {}
    response = client.get("/metrics", headers=headers)
    assert_error(response, 401)
    assert "hmso_http_request_duration_seconds" not in response.text


def test_a_scrape_with_the_token_gets_the_metrics(
    hardened_settings: ServerSettings, client: httpx.Client
) -> None:
    hardened_settings.metrics_token = SecretStr(METRICS_TOKEN)
    response = client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert response.status_code == 200
    assert "hmso_http_request_duration_seconds" in response.text
