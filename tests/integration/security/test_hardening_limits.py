"""Oversized bodies are refused with 413 before anything reads or parses them."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx

from shared.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync_server.api.limits import PUSH_PATH
from tests.integration.security._hardening_fixtures import (  # noqa: F401
    Callers,
    assert_error,
    callers_fixture,
    client_fixture,
    hardened_settings_fixture,
    sendgrid_key_fixture,
    server_fixture,
)

MB = 1024 * 1024


def _json_of_size(size: int) -> bytes:
    """A syntactically valid JSON object of ``size`` bytes: parsing it in full is real work."""
    return b'{"pad": "' + b"a" * (size - 11) + b'"}'


def test_a_50_mb_push_is_refused_at_once_without_being_parsed(
    client: httpx.Client, callers: Callers
) -> None:
    body = _json_of_size(50 * MB)
    headers = {
        **callers.desk,
        "Content-Type": "application/json",
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
    }
    started = time.perf_counter()
    response = client.post(PUSH_PATH, content=body, headers=headers)
    elapsed = time.perf_counter() - started
    assert_error(response, 413, "body")
    assert response.json()["error"]["code"] == "payload_too_large"
    assert elapsed < 2.0, f"took {elapsed:.2f}s: the body was read"


def test_a_push_under_5_mb_is_not_refused_for_its_size(
    client: httpx.Client, callers: Callers
) -> None:
    headers = {**callers.desk, "Content-Type": "application/json"}
    response = client.post(PUSH_PATH, content=_json_of_size(4 * MB), headers=headers)
    assert response.status_code == 422  # read, parsed and refused for its content


def test_a_2_mb_body_to_an_ordinary_endpoint_is_refused(
    client: httpx.Client, callers: Callers
) -> None:
    headers = {**callers.desk, "Content-Type": "application/json"}
    response = client.post(
        "/api/crm/patients/profile", content=_json_of_size(2 * MB), headers=headers
    )
    assert_error(response, 413, "body")


def test_a_streamed_body_without_a_length_is_counted_and_refused(
    client: httpx.Client, callers: Callers
) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"pad": "'
        for _ in range(12):
            yield b"a" * MB
        yield b'"}'

    headers = {**callers.desk, "Content-Type": "application/json"}
    response = client.post(PUSH_PATH, content=chunks(), headers=headers)
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "body")


def test_an_unauthenticated_oversized_webhook_is_refused_by_size(client: httpx.Client) -> None:
    response = client.post("/api/webhooks/sendgrid/events", content=_json_of_size(3 * MB))
    assert_error(response, 413, "body")
