"""Webhooks over real HTTP: signatures (valid, forged, replayed), STOP, event ordering."""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
import uuid
from typing import Any

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy.orm import Session, sessionmaker
from twilio.request_validator import RequestValidator

from shared.db.models import DeliveryEvent, Message, Suppression
from shared.domain.enums import Channel, Language, MessageStatus, SuppressionReason
from shared.domain.messaging.policy import send_time
from sync_server.config import ServerSettings
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.outbox import queue_message
from sync_server.messaging.templates import find_template
from sync_server.messaging.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER
from tests.integration.messaging.conftest import AUTH_TOKEN, LiveServer, Recorder

PHONE = "+2348031234567"
MORNING = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def signing_key(settings: ServerSettings) -> ec.EllipticCurvePrivateKey:
    key = ec.generate_private_key(ec.SECP256R1())
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    settings.sendgrid_webhook_public_key = base64.b64encode(der).decode()
    return key


def _twilio_post(
    server: LiveServer, path: str, form: dict[str, str], token: str = AUTH_TOKEN
) -> Any:
    signature = RequestValidator(token).compute_signature(f"https://crm.example.ng{path}", form)
    return server.client.post(path, data=form, headers={"X-Twilio-Signature": signature})


def _sendgrid_post(
    server: LiveServer, key: ec.EllipticCurvePrivateKey, events: list[dict[str, Any]], **kw: Any
) -> Any:
    raw = json.dumps(events, separators=(",", ":")).encode()
    stamp = str(kw.get("stamp", int(time.time())))
    signature = base64.b64encode(key.sign(stamp.encode() + raw, ec.ECDSA(hashes.SHA256())))
    body = kw.get("body", raw)
    headers = {SIGNATURE_HEADER: signature.decode(), TIMESTAMP_HEADER: stamp}
    return server.client.post("/api/webhooks/sendgrid/events", content=body, headers=headers)


def _sms(sessions: sessionmaker[Session], settings: ServerSettings) -> uuid.UUID:
    with sessions.begin() as session:
        template = find_template(session, "patient_feedback_request", Channel.SMS, Language.ENGLISH)
        values = {
            "patient_name": "Kemi",
            "hospital_name": "Ikeja",
            "feedback_link": "https://x.ng/f",
        }
        message_id = queue_message(session, template=template, values=values, address=PHONE).id
    dispatch_due(sessions, settings, now=MORNING)
    return message_id


def _status(sessions: sessionmaker[Session], message_id: uuid.UUID) -> MessageStatus:
    with sessions() as session:
        return session.get_one(Message, message_id).status


def test_twilio_status_callbacks_apply_in_any_order_and_only_once(
    live_server: LiveServer, sessions: sessionmaker[Session], settings: ServerSettings
) -> None:
    message_id = _sms(sessions, settings)
    path = f"/api/webhooks/twilio/status?mid={message_id}"
    delivered = {"MessageSid": "SM0001", "MessageStatus": "delivered"}
    assert _twilio_post(live_server, path, delivered).status_code == 204
    assert (
        _twilio_post(
            live_server, path, {"MessageSid": "SM0001", "MessageStatus": "sent"}
        ).status_code
        == 204
    )
    assert _twilio_post(live_server, path, delivered).status_code == 204
    assert _status(sessions, message_id) is MessageStatus.DELIVERED
    with sessions() as session:
        events = session.scalars(sa.select(DeliveryEvent.event).order_by(DeliveryEvent.created_at))
        assert list(events) == ["delivered", "sent"]


def test_twilio_forged_and_unsigned_callbacks_are_rejected_and_counted(
    live_server: LiveServer, sessions: sessionmaker[Session], settings: ServerSettings
) -> None:
    message_id = _sms(sessions, settings)
    path = f"/api/webhooks/twilio/status?mid={message_id}"
    failed = {"MessageSid": "SM0001", "MessageStatus": "failed"}
    forged = _twilio_post(live_server, path, failed, token="not-the-token")
    assert forged.status_code == 403
    assert forged.json()["error"]["code"] == "forged"
    assert live_server.client.post(path, data=failed).status_code == 401
    signature = RequestValidator(AUTH_TOKEN).compute_signature(
        f"https://crm.example.ng{path}", failed
    )
    tampered = {**failed, "MessageStatus": "delivered"}
    response = live_server.client.post(
        path, data=tampered, headers={"X-Twilio-Signature": signature}
    )
    assert response.status_code == 403
    assert _status(sessions, message_id) is MessageStatus.SENT
    assert live_server.app.state.webhook_rejections == {"forged": 2, "unsigned": 1}


@pytest.mark.parametrize("word", ["STOP", "unsubscribe", "Quit"])
def test_inbound_stop_on_whatsapp_suppresses_the_number(
    live_server: LiveServer, sessions: sessionmaker[Session], word: str
) -> None:
    form = {"MessageSid": f"SMin{word}", "From": f"whatsapp:{PHONE}", "Body": word}
    assert _twilio_post(live_server, "/api/webhooks/twilio/inbound", form).status_code == 200
    assert _twilio_post(live_server, "/api/webhooks/twilio/inbound", form).status_code == 200
    with sessions() as session:
        (row,) = session.scalars(sa.select(Suppression)).all()
    assert (row.address, row.channel, row.reason) == (
        PHONE,
        Channel.WHATSAPP,
        SuppressionReason.STOP_KEYWORD,
    )


def test_ordinary_reply_is_not_an_opt_out(
    live_server: LiveServer, sessions: sessionmaker[Session]
) -> None:
    form = {"MessageSid": "SMin1", "From": f"whatsapp:{PHONE}", "Body": "Thank you, I will come"}
    assert _twilio_post(live_server, "/api/webhooks/twilio/inbound", form).status_code == 200
    with sessions() as session:
        assert session.scalars(sa.select(Suppression)).all() == []


def _email(sessions: sessionmaker[Session], settings: ServerSettings) -> uuid.UUID:
    with sessions.begin() as session:
        template = find_template(
            session, "patient_feedback_request", Channel.EMAIL, Language.ENGLISH
        )
        values = {
            "patient_name": "Kemi",
            "hospital_name": "Ikeja",
            "feedback_link": "https://x.ng/f",
        }
        message_id = queue_message(
            session, template=template, values=values, address="kemi@example.ng"
        ).id
    dispatch_due(sessions, settings, now=MORNING)
    return message_id


def _event(message_id: uuid.UUID, event: str, n: int) -> dict[str, Any]:
    return {
        "email": "kemi@example.ng",
        "event": event,
        "sg_event_id": f"evt-{n}",
        "timestamp": int(time.time()),
        "message_id": str(message_id),
    }


def test_sendgrid_signed_events_update_status_once(
    live_server: LiveServer,
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    signing_key: ec.EllipticCurvePrivateKey,
) -> None:
    message_id = _email(sessions, settings)
    events = [_event(message_id, "open", 2), _event(message_id, "delivered", 1)]
    assert _sendgrid_post(live_server, signing_key, events).status_code == 204
    assert _sendgrid_post(live_server, signing_key, events).status_code == 204
    assert _status(sessions, message_id) is MessageStatus.READ
    with sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(DeliveryEvent)) == 2


def test_sendgrid_forged_reserialised_and_replayed_events_are_rejected(
    live_server: LiveServer,
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    signing_key: ec.EllipticCurvePrivateKey,
) -> None:
    message_id = _email(sessions, settings)
    events = [_event(message_id, "bounce", 1)]
    reserialised = json.dumps(events, indent=1).encode()
    assert _sendgrid_post(live_server, signing_key, events, body=reserialised).status_code == 403
    other_key = ec.generate_private_key(ec.SECP256R1())
    assert _sendgrid_post(live_server, other_key, events).status_code == 403
    stale = int(time.time()) - 3600
    assert _sendgrid_post(live_server, signing_key, events, stamp=stale).status_code == 403
    unsigned = live_server.client.post("/api/webhooks/sendgrid/events", json=events)
    assert unsigned.status_code == 401
    assert _status(sessions, message_id) is MessageStatus.SENT
    assert live_server.app.state.webhook_rejections == {"forged": 2, "stale": 1, "unsigned": 1}


def test_sendgrid_unsubscribe_suppresses_marketing_email(
    live_server: LiveServer,
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    signing_key: ec.EllipticCurvePrivateKey,
) -> None:
    message_id = _email(sessions, settings)
    assert (
        _sendgrid_post(live_server, signing_key, [_event(message_id, "unsubscribe", 9)]).status_code
        == 204
    )
    with sessions() as session:
        (row,) = session.scalars(sa.select(Suppression)).all()
    assert (row.address, row.reason) == ("kemi@example.ng", SuppressionReason.UNSUBSCRIBE_LINK)


def test_free_text_whatsapp_goes_only_inside_the_24_hour_window(
    live_server: LiveServer,
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    twilio: Recorder,
) -> None:
    def tip() -> uuid.UUID:
        with sessions.begin() as session:
            template = find_template(session, "health_tip", Channel.WHATSAPP, Language.ENGLISH)
            values = {"patient_name": "Kemi", "tip": "Sleep well", "hospital_name": "Ikeja"}
            return queue_message(session, template=template, values=values, address=PHONE).id

    early = tip()
    dispatch_due(sessions, settings, now=MORNING)
    with sessions() as session:
        failed = session.get_one(Message, early)
    assert (failed.status, failed.error_code) == (MessageStatus.FAILED, "whatsapp_window")
    assert twilio.sent() == []
    reply = {"MessageSid": "SMin9", "From": f"whatsapp:{PHONE}", "Body": "Hello"}
    assert _twilio_post(live_server, "/api/webhooks/twilio/inbound", reply).status_code == 200
    later = tip()
    # The reply opened the window just now; send at the first time outside quiet hours.
    dispatch_due(sessions, settings, now=send_time(Channel.WHATSAPP, dt.datetime.now(dt.UTC)))
    assert _status(sessions, later) is MessageStatus.SENT
    assert twilio.sent()[0].form()["Body"].startswith("Hello Kemi, a health tip")


def test_unsubscribe_link_in_marketing_email_opts_out_in_one_click(
    live_server: LiveServer,
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    sendgrid: Recorder,
) -> None:
    message_id = _email(sessions, settings)
    text = sendgrid.sent()[0].json()["content"][0]["value"]
    link = text.rsplit("Unsubscribe: ", 1)[1].strip()
    assert link.startswith(f"https://crm.example.ng/api/webhooks/unsubscribe/{message_id}?sig=")
    path = link.removeprefix("https://crm.example.ng")
    forged = path.split("?sig=")[0] + "?sig=" + "0" * 32
    assert live_server.client.get(forged).status_code == 403
    with sessions() as session:
        assert session.scalars(sa.select(Suppression)).all() == []
    response = live_server.client.get(path)
    assert response.status_code == 200 and "no more of these" in response.text
    with sessions() as session:
        (row,) = session.scalars(sa.select(Suppression)).all()
    assert (row.address, row.reason) == ("kemi@example.ng", SuppressionReason.UNSUBSCRIBE_LINK)
