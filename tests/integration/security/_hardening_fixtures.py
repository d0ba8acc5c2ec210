"""A live server with providers configured, and signed-in callers, for the hardening attacks.

Test modules import the ``*_fixture`` functions; pytest knows them by the
names given in ``@pytest.fixture(name=...)``.

The server is the real app on uvicorn on 127.0.0.1 with its own database
(``pg_url``); Twilio's auth token and a SendGrid verification key are set so
webhook attacks can be signed exactly as the providers sign. Callers get
access tokens issued by the server's own signer for a desk PC of one
hospital and an administrator, like the schema tests do.
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import SecretStr
from sqlalchemy.orm import Session, sessionmaker
from twilio.request_validator import RequestValidator

from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.auth.tokens import issue_access_token
from sync_server.config import ServerSettings
from sync_server.messaging.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER
from tests import factories
from tests.integration.server.conftest import LiveServer, run_server

PUBLIC_URL = "https://crm.example.ng"
TWILIO_TOKEN = "hardening-twilio-token"
METRICS_TOKEN = "hardening-metrics-token-0123456789"


@dataclass
class Callers:
    """Two hospitals' patients and the bearer headers of a desk (of ``home``) and an admin."""

    home: uuid.UUID
    home_patient: uuid.UUID
    other_patient: uuid.UUID
    desk_user: uuid.UUID
    desk_device: uuid.UUID
    desk: dict[str, str]
    admin: dict[str, str]


@pytest.fixture(name="sendgrid_key")
def sendgrid_key_fixture() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture(name="hardened_settings")
def hardened_settings_fixture(
    pg_url: str,
    tmp_path: Path,
    sendgrid_key: ec.EllipticCurvePrivateKey,
    request: pytest.FixtureRequest,
) -> ServerSettings:
    """Providers configured; a module may set ``DENIAL_AUDIT_SECONDS`` to shorten that window."""
    der = sendgrid_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return ServerSettings.model_validate(
        {
            "database_url": pg_url,
            "data_dir": tmp_path,
            "secret_key": SecretStr("hardening-signing-key-" + "h" * 32),
            "public_base_url": PUBLIC_URL,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "sendgrid_webhook_public_key": base64.b64encode(der).decode(),
            "denial_audit_seconds": getattr(request.module, "DENIAL_AUDIT_SECONDS", 60),
        }
    )


@pytest.fixture(name="server")
def server_fixture(hardened_settings: ServerSettings, pg_url: str) -> Iterator[LiveServer]:
    yield from run_server(hardened_settings, pg_url)


@pytest.fixture(name="client")
def client_fixture(server: LiveServer) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def sessions_of(server: LiveServer) -> sessionmaker[Session]:
    return sessionmaker(server.engine, expire_on_commit=False)


@pytest.fixture(name="callers")
def callers_fixture(server: LiveServer) -> Callers:
    with sessions_of(server).begin() as s:
        home = factories.hospital(s)
        other = factories.hospital(s)
        home_patient = factories.patient(s, hospital_id=home.id)
        other_patient = factories.patient(s, hospital_id=other.id)
        desk_user = factories.user(s, role=Role.FRONT_DESK, hospital_id=home.id)
        device = m.Device(name="Front desk 1", prefix="HD01", hospital_id=home.id)
        admin = factories.user(s, role=Role.ADMIN)
        s.add(device)
        s.flush()
        desk = Principal(desk_user.id, Role.FRONT_DESK, hospital_id=home.id, device_id=device.id)
        out = Callers(
            home=home.id,
            home_patient=home_patient.id,
            other_patient=other_patient.id,
            desk_user=desk_user.id,
            desk_device=device.id,
            desk=bearer(desk, server.settings),
            admin=bearer(Principal(admin.id, Role.ADMIN), server.settings),
        )
    return out


def bearer(principal: Principal, settings: ServerSettings) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_access_token(principal, settings)}"}


def twilio_post(client: httpx.Client, path: str, form: dict[str, str]) -> httpx.Response:
    """A form signed with Twilio's auth token over the public URL, as Twilio signs it."""
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(PUBLIC_URL + path, form)
    return client.post(path, data=form, headers={"X-Twilio-Signature": signature})


def sendgrid_post(
    client: httpx.Client, key: ec.EllipticCurvePrivateKey, body: Any
) -> httpx.Response:
    """``body`` as JSON, signed over timestamp and raw bytes, as SendGrid signs it."""
    raw = json.dumps(body, separators=(",", ":")).encode()
    stamp = str(int(time.time()))
    signature = base64.b64encode(key.sign(stamp.encode() + raw, ec.ECDSA(hashes.SHA256())))
    headers = {SIGNATURE_HEADER: signature.decode(), TIMESTAMP_HEADER: stamp}
    return client.post("/api/webhooks/sendgrid/events", content=raw, headers=headers)


def assert_error(response: httpx.Response, status: int, field: str | None = None) -> None:
    """The answer is ``status`` in the one error shape (and, if given, names ``field``)."""
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "message", "field"}
    if field is not None:
        assert error["field"] == field
