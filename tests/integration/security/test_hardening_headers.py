"""Every answer, patient data above all, tells browsers and caches not to keep or reuse it."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.security._hardening_fixtures import (  # noqa: F401
    Callers,
    callers_fixture,
    client_fixture,
    hardened_settings_fixture,
    sendgrid_key_fixture,
    server_fixture,
)


def _assert_hardened(headers: httpx.Headers) -> None:
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["strict-transport-security"].startswith("max-age=31536000")


def test_a_patient_profile_is_sent_with_the_security_headers(
    client: httpx.Client, callers: Callers
) -> None:
    response = client.get(f"/api/crm/patients/{callers.home_patient}/profile", headers=callers.desk)
    assert response.status_code == 200
    assert response.json()["patient"]["id"] == str(callers.home_patient)
    _assert_hardened(response.headers)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/crm/patients/00000000-0000-0000-0000-000000000000/profile"),
        ("GET", "/healthz"),
        ("GET", "/api/webhooks/unsubscribe/00000000-0000-0000-0000-000000000000?sig=x"),
        ("GET", "/no/such/page"),
    ],
)
def test_refusals_and_pages_carry_them_too(client: httpx.Client, method: str, path: str) -> None:
    _assert_hardened(client.request(method, path).headers)
