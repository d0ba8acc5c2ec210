"""Provider callbacks: Twilio status and inbound messages, SendGrid's event webhook.

Nothing unsigned is believed. Twilio requests carry X-Twilio-Signature over
the public URL and form fields; SendGrid's ECDSA signature covers the
timestamp and the *raw* body bytes (re-serialised JSON would not verify),
and the timestamp must be recent because the SDK does not check replays.
Every rejection is counted in ``app.state.webhook_rejections``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import time
import uuid
from collections import Counter
from typing import Any
from urllib.parse import parse_qsl

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi import APIRouter, Request, Response
from sendgrid.helpers.eventwebhook import EventWebhook
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator

from shared.clock import utcnow
from shared.db.models import Message
from shared.domain.enums import Channel, SuppressionReason, SuppressionScope
from shared.domain.messaging.policy import is_stop
from sync_server.api import state as app_state
from sync_server.errors import error_response
from sync_server.messaging.events import latest_message_to, record_event, suppress
from sync_server.messaging.unsubscribe import is_valid, queue_confirmation
from sync_server.owners.surveys import answer_by_reply

router = APIRouter(prefix="/api/webhooks", tags=["webhooks"])

MAX_AGE_SECONDS = 300
_LAST_SECOND = 253_402_300_799  # 9999-12-31T23:59:59Z, the last time Python can hold
UNSUBSCRIBED_PAGE = (
    "<!doctype html><title>Unsubscribed</title>"
    "<p>You will receive no more of these e-mails. Appointment messages still reach you.</p>"
)
SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
_TWILIO_EVENTS = {
    "sent": "sent",
    "delivered": "delivered",
    "read": "read",
    "failed": "failed",
    "undelivered": "undelivered",
}
_SENDGRID_EVENTS = {
    "delivered": "delivered",
    "open": "opened",
    "click": "clicked",
    "bounce": "bounced",
    "dropped": "bounced",
    "unsubscribe": "opt_out",
    "group_unsubscribe": "opt_out",
    "spamreport": "opt_out",
}


def _rejected(request: Request, reason: str, status: int = 403) -> Response:
    counts: Counter[str] | None = getattr(request.app.state, "webhook_rejections", None)
    if counts is None:
        counts = request.app.state.webhook_rejections = Counter()
    counts[reason] += 1
    return error_response(status, reason, f"webhook rejected: {reason}", None)


async def _twilio_form(request: Request) -> dict[str, str] | Response:
    settings = app_state.settings(request)
    signature = request.headers.get("X-Twilio-Signature")
    if not signature:
        return _rejected(request, "unsigned", 401)
    form = dict(
        parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    )
    url = settings.public_base_url.rstrip("/") + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
    if not token or not RequestValidator(token).validate(url, form, signature):
        return _rejected(request, "forged")
    return form


@router.post("/twilio/status")
async def twilio_status(request: Request) -> Response:
    form = await _twilio_form(request)
    if isinstance(form, Response):
        return form
    event = _TWILIO_EVENTS.get(form.get("MessageStatus", ""))
    if event is not None:
        with app_state.sessions(request).begin() as session:
            record_event(
                session,
                provider="twilio",
                event_id=f"{form.get('MessageSid', '')[:64]}:{event}",
                event=event,
                message_id=_known_message(session, request.query_params.get("mid")),
                at=utcnow(),
                payload=form,
            )
    return Response(status_code=204)


@router.post("/twilio/inbound")
async def twilio_inbound(request: Request) -> Response:
    """A reply: STOP and its synonyms opt out, anything else is a response.

    An owner's reply to a survey invitation that holds the scores answers the survey.
    """
    form = await _twilio_form(request)
    if isinstance(form, Response):
        return form
    sender = form.get("From", "")
    channel = Channel.WHATSAPP if sender.startswith("whatsapp:") else Channel.SMS
    address = sender.removeprefix("whatsapp:")
    stop = is_stop(form.get("Body"))
    with app_state.sessions(request).begin() as session:
        if stop:
            suppress(
                session, address=address, channel=channel, reason=SuppressionReason.STOP_KEYWORD
            )
        latest = latest_message_to(session, address, channel)
        first_time = record_event(
            session,
            provider="twilio",
            event_id=f"inbound:{_inbound_key(form)}",
            event="opt_out" if stop else "responded",
            message_id=latest.id if latest else None,
            at=utcnow(),
            payload=form,
        )
        if first_time and not stop and latest is not None:
            answer_by_reply(session, latest, form.get("Body"), now=utcnow())
    return Response("<Response/>", media_type="application/xml")


def _inbound_key(form: dict[str, str]) -> str:
    """Twilio's ``MessageSid``, or a hash of the signed fields when it is missing.

    A retry carries the same fields, so it gets the same key and is recorded
    once; a random key would record the reply again on every retry.
    """
    sid = form.get("MessageSid")
    if sid and len(sid) <= 64:
        return sid
    canonical = json.dumps(sorted(form.items()), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()[:48]


def _verify_sendgrid(request: Request, raw: bytes) -> str | None:
    """The reason to refuse, or None when signature and timestamp are good."""
    signature = request.headers.get(SIGNATURE_HEADER)
    stamp = request.headers.get(TIMESTAMP_HEADER)
    key = app_state.settings(request).sendgrid_webhook_public_key
    if not signature or not stamp or not key:
        return "unsigned"
    try:
        public_key = EventWebhook().convert_public_key_to_ecdsa(key)
        public_key.verify(
            base64.b64decode(signature), stamp.encode() + raw, ec.ECDSA(hashes.SHA256())
        )
    except (InvalidSignature, binascii.Error, ValueError):
        return "forged"
    if not (stamp.isascii() and stamp.isdigit()) or abs(time.time() - int(stamp)) > MAX_AGE_SECONDS:
        return "stale"
    return None


@router.post("/sendgrid/events")
async def sendgrid_events(request: Request) -> Response:
    raw = await request.body()
    reason = _verify_sendgrid(request, raw)
    if reason:
        return _rejected(request, reason, 401 if reason == "unsigned" else 403)
    events = _sendgrid_body(raw)
    if isinstance(events, Response):
        return events
    with app_state.sessions(request).begin() as session:
        for item in events:
            _sendgrid_event(session, item)
    return Response(status_code=204)


def _sendgrid_body(raw: bytes) -> list[dict[str, Any]] | Response:
    """The events of a signed body, or a 400 naming what is malformed.

    A valid signature proves who sent the body, not that it is well formed;
    the whole body is checked before any event is stored.
    """
    try:
        events = json.loads(raw)
    except ValueError:
        return error_response(400, "invalid_body", "event body is not JSON", "body")
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        return error_response(400, "invalid_body", "event body must be a list of objects", "body")
    for item in events:
        field = _malformed_field(item)
        if field is not None:
            return error_response(400, "invalid_body", f"an event's {field} is not valid", field)
    return events


def _malformed_field(item: dict[str, Any]) -> str | None:
    stamp = item.get("timestamp")
    if stamp is not None and (
        isinstance(stamp, bool) or not isinstance(stamp, int) or not 0 <= stamp <= _LAST_SECOND
    ):
        return "timestamp"
    sg_event_id = item.get("sg_event_id")
    if sg_event_id is not None and (not isinstance(sg_event_id, str) or len(sg_event_id) > 100):
        return "sg_event_id"
    if item.get("email") is not None and not isinstance(item["email"], str):
        return "email"
    return None


def _sendgrid_event(session: Session, item: dict[str, Any]) -> None:
    event = _SENDGRID_EVENTS.get(str(item.get("event")))
    if event is None or not item.get("sg_event_id"):
        return
    fresh = record_event(
        session,
        provider="sendgrid",
        event_id=str(item["sg_event_id"]),
        event=event,
        message_id=_known_message(session, item.get("message_id")),
        at=dt.datetime.fromtimestamp(item.get("timestamp") or time.time(), dt.UTC),
        payload=item,
    )
    if fresh and event == "opt_out" and item.get("email"):
        reason = (
            SuppressionReason.COMPLAINT
            if item.get("event") == "spamreport"
            else SuppressionReason.UNSUBSCRIBE_LINK
        )
        suppress(
            session,
            address=str(item["email"]).lower(),
            channel=Channel.EMAIL,
            reason=reason,
            scope=SuppressionScope.MARKETING,
        )


def _known_message(session: Session, value: object) -> uuid.UUID | None:
    """The id of our message an event names, or None for an id we never sent."""
    message_id = _uuid(value)
    if message_id is None or session.get(Message, message_id) is None:
        return None
    return message_id


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


@router.api_route("/unsubscribe/{message_id}", methods=["GET", "POST"])
def unsubscribe(message_id: uuid.UUID, sig: str, request: Request) -> Response:
    """The link at the foot of marketing e-mail (GET) and one-click List-Unsubscribe (POST)."""
    with app_state.sessions(request).begin() as session:
        message = session.get(Message, message_id)
        if message is None or not is_valid(
            app_state.settings(request), message_id, message.address, sig
        ):
            return _rejected(request, "forged")
        suppress(
            session,
            address=message.address.lower(),
            channel=Channel.EMAIL,
            reason=SuppressionReason.UNSUBSCRIBE_LINK,
            scope=SuppressionScope.MARKETING,
        )
        first_time = record_event(
            session,
            provider="link",
            event_id=f"unsubscribe:{message_id}",
            event="opt_out",
            message_id=message_id,
            at=utcnow(),
            payload={},
        )
        if first_time:
            queue_confirmation(session, message)
    return Response(UNSUBSCRIBED_PAGE, media_type="text/html")
