"""Webhooks and signed links: every malformed input is a 400 or 403, never a 500, and a
signature never reaches the access log."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric import ec

from shared.db import models as m
from shared.domain.enums import Channel, MessagePurpose
from sync_server.api.access_log import ACCESS_LOGGER
from sync_server.config import ServerSettings
from sync_server.messaging import unsubscribe
from sync_server.owners import surveys
from tests import factories
from tests.integration.security._hardening_fixtures import (  # noqa: F401
    assert_error,
    client_fixture,
    hardened_settings_fixture,
    sendgrid_key_fixture,
    sendgrid_post,
    server_fixture,
    sessions_of,
    twilio_post,
)
from tests.integration.server.conftest import LiveServer

NON_ASCII_SIG = "é" * 8
EVENT = {"event": "delivered", "sg_event_id": "evt-1", "timestamp": 1_790_000_000}


@pytest.fixture
def links(server: LiveServer) -> dict[str, uuid.UUID]:
    """One marketing e-mail (for its unsubscribe link) and one owner survey (for its link)."""
    with sessions_of(server).begin() as s:
        message = m.Message(
            channel=Channel.EMAIL,
            address="kemi@example.ng",
            body="Our new antenatal clinic opens on Monday.",
            purpose=MessagePurpose.PROMOTIONAL,
        )
        owner = factories.owner_account(s)
        survey = m.OwnerSatisfactionSurvey(owner_account_id=owner.id, survey_round="2026-Q4")
        s.add_all([message, survey])
        s.flush()
        return {"message": message.id, "survey": survey.id}


def _stored_events(server: LiveServer) -> int:
    with server.engine.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(m.DeliveryEvent)) or 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"event": "delivered"}, "body", id="an object, not a list"),
        pytest.param([1, 2], "body", id="numbers"),
        pytest.param(["delivered"], "body", id="strings"),
        pytest.param([EVENT, 7], "body", id="a good event then a number"),
        pytest.param([{**EVENT, "timestamp": "yesterday"}], "timestamp", id="text timestamp"),
        pytest.param([{**EVENT, "timestamp": 10**20}], "timestamp", id="timestamp past year 9999"),
        pytest.param([{**EVENT, "timestamp": -(10**20)}], "timestamp", id="negative timestamp"),
        pytest.param([{**EVENT, "sg_event_id": "e" * 500}], "sg_event_id", id="long event id"),
        pytest.param([{**EVENT, "sg_event_id": {"a": 1}}], "sg_event_id", id="object event id"),
    ],
)
def test_a_signed_malformed_sendgrid_body_is_a_400_and_stores_nothing(
    server: LiveServer,
    client: httpx.Client,
    sendgrid_key: ec.EllipticCurvePrivateKey,
    body: Any,
    field: str,
) -> None:
    assert_error(sendgrid_post(client, sendgrid_key, body), 400, field)
    assert _stored_events(server) == 0


def test_a_signed_well_formed_sendgrid_body_is_still_accepted(
    server: LiveServer, client: httpx.Client, sendgrid_key: ec.EllipticCurvePrivateKey
) -> None:
    unknown_message = {**EVENT, "message_id": str(uuid.uuid4())}
    assert sendgrid_post(client, sendgrid_key, [unknown_message]).status_code == 204
    assert _stored_events(server) == 1


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_unsubscribe_link_with_a_non_ascii_signature_is_a_403(
    client: httpx.Client, links: dict[str, uuid.UUID], method: str
) -> None:
    path = f"/api/webhooks/unsubscribe/{links['message']}"
    assert_error(client.request(method, path, params={"sig": NON_ASCII_SIG}), 403)


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("GET", "", None),
        ("POST", "", {"overall_score": 5}),
        ("POST", "/form", "overall_score=5"),
    ],
)
def test_a_survey_link_with_a_non_ascii_signature_is_a_403(
    client: httpx.Client,
    links: dict[str, uuid.UUID],
    method: str,
    suffix: str,
    body: Any,
) -> None:
    path = f"/api/crm/owners/surveys/{links['survey']}{suffix}"
    kwargs: dict[str, Any] = {"params": {"sig": NON_ASCII_SIG}}
    if isinstance(body, dict):
        kwargs["json"] = body
    elif body is not None:
        kwargs["content"] = body
        kwargs["headers"] = {"Content-Type": "application/x-www-form-urlencoded"}
    response = client.request(method, path, **kwargs)
    assert response.status_code == 403, response.text


def test_a_twilio_reply_without_a_message_sid_retried_three_times_is_recorded_once(
    server: LiveServer, client: httpx.Client
) -> None:
    form = {"From": "+2348031234567", "To": "+15005550006", "Body": "Thank you, doctor"}
    for _ in range(3):
        response = twilio_post(client, "/api/webhooks/twilio/inbound", form)
        assert response.status_code == 200
    assert _stored_events(server) == 1


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def access_log(server: LiveServer) -> Iterator[list[str]]:
    """The access log's formatted lines, with uvicorn's access logging turned on."""
    logger = logging.getLogger(ACCESS_LOGGER)
    level = logger.level
    handler = _Lines()
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)
    logger.setLevel(level)


def test_link_signatures_do_not_reach_the_access_log(
    client: httpx.Client,
    hardened_settings: ServerSettings,
    links: dict[str, uuid.UUID],
    access_log: list[str],
) -> None:
    message_sig = unsubscribe.signature(hardened_settings, links["message"], "kemi@example.ng")
    survey_sig = surveys.signature(hardened_settings, links["survey"])
    unsubscribed = client.get(
        f"/api/webhooks/unsubscribe/{links['message']}", params={"sig": message_sig}
    )
    form = client.get(f"/api/crm/owners/surveys/{links['survey']}", params={"sig": survey_sig})
    assert unsubscribed.status_code == 200 and form.status_code == 200
    logged = "\n".join(access_log)
    assert f"/api/webhooks/unsubscribe/{links['message']}?sig=[redacted]" in logged
    assert f"/api/crm/owners/surveys/{links['survey']}?sig=[redacted]" in logged
    assert message_sig not in logged and survey_sig not in logged
