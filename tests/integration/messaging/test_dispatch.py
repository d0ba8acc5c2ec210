"""Dispatch through the real Twilio and SendGrid SDKs against recording servers."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import Message, MessageAttempt, MessageTemplate, Suppression
from shared.domain.enums import Channel, Language, MessageStatus, SuppressionReason
from sync_server.config import ServerSettings
from sync_server.messaging.dispatch import BACKOFF, STALL_AFTER, attachments_dir, dispatch_due
from sync_server.messaging.outbox import PRIORITY_CAMPAIGN, PRIORITY_REMINDER, queue_message
from sync_server.messaging.providers.base import Attachment
from sync_server.messaging.templates import find_template
from sync_server.sync.tables import SyncChange
from tests.integration.messaging.conftest import ACCOUNT_SID, Recorder

MORNING = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # 10:00 in Lagos
NIGHT = dt.datetime(2026, 11, 24, 21, 30, tzinfo=dt.UTC)  # 22:30 in Lagos
PHONE = "+2348031234567"
REMINDER_VALUES = {
    "hospital_name": "Ikeja General",
    "hospital_phone": "+2348011112222",
    "appointments": ["Kemi: Tue 24 Nov 11:00 at Ikeja General"],
}


def _reminder(sessions: sessionmaker[Session], **columns: Any) -> uuid.UUID:
    with sessions.begin() as session:
        template = find_template(session, "appointment_reminder", Channel.SMS, Language.ENGLISH)
        columns.setdefault("address", PHONE)
        return queue_message(session, template=template, values=REMINDER_VALUES, **columns).id


def _message(sessions: sessionmaker[Session], message_id: uuid.UUID) -> Message:
    with sessions() as session:
        return session.get_one(Message, message_id)


def _attempts(sessions: sessionmaker[Session], message_id: uuid.UUID) -> list[MessageAttempt]:
    with sessions() as session:
        return list(
            session.scalars(
                sa.select(MessageAttempt)
                .where(MessageAttempt.message_id == message_id)
                .order_by(MessageAttempt.attempt_number)
            )
        )


def test_sms_reaches_twilio_with_exact_fields(
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    twilio: Recorder,
    hospital_id: uuid.UUID,
) -> None:
    message_id = _reminder(sessions, hospital_id=hospital_id)
    report = dispatch_due(sessions, settings, now=MORNING)
    (request,) = twilio.sent()
    assert request.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert request.form() == {
        "To": PHONE,
        "From": "+2348000000001",
        "Body": "Ikeja General reminder: Kemi: Tue 24 Nov 11:00 at Ikeja General. "
        "To change, call +2348011112222.",
        "StatusCallback": f"https://crm.example.ng/api/webhooks/twilio/status?mid={message_id}",
    }
    assert report.sent == 1
    message = _message(sessions, message_id)
    assert (message.status, message.provider_message_id) == (MessageStatus.SENT, "SM0001")
    (attempt,) = _attempts(sessions, message_id)
    assert (attempt.outcome, attempt.provider, attempt.provider_message_id) == (
        "accepted",
        "twilio",
        "SM0001",
    )
    with sessions() as session:
        logged = session.scalars(
            sa.select(SyncChange.payload)
            .where(SyncChange.row_id == message_id)
            .order_by(SyncChange.seq.desc())
        ).first()
    assert logged is not None and logged["status"] == "sent", "desks must see the new status"


def test_whatsapp_outside_the_window_uses_the_content_template(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    with sessions.begin() as session:
        template = find_template(session, "health_tip", Channel.WHATSAPP, Language.ENGLISH)
        template.whatsapp_content_sid = "HX0123456789abcdef0123456789abcdef"
        values = {"patient_name": "Kemi", "tip": "Drink water", "hospital_name": "Ikeja General"}
        queue_message(session, template=template, values=values, address=PHONE)
    dispatch_due(sessions, settings, now=MORNING)
    form = twilio.sent()[0].form()
    assert form["To"] == f"whatsapp:{PHONE}" and form["From"] == "whatsapp:+2348000000002"
    assert form["ContentSid"] == "HX0123456789abcdef0123456789abcdef"
    assert json.loads(form["ContentVariables"]) == {
        "1": "Kemi",
        "2": "Drink water",
        "3": "Ikeja General",
    }
    assert "Body" not in form


def test_email_reaches_sendgrid_with_custom_args_and_attachment(
    sessions: sessionmaker[Session], settings: ServerSettings, sendgrid: Recorder
) -> None:
    values = {
        "owner_name": "Mrs Adeyemi",
        "period": "October 2026",
        "hospital_name": "Ikeja General",
        "net_payout": 125_000_000,
    }
    with sessions.begin() as session:
        template = find_template(session, "owner_monthly_report", Channel.EMAIL, Language.ENGLISH)
        message_id = queue_message(
            session,
            template=template,
            values=values,
            address="owner@example.ng",
            attachments=[Attachment("statement-2026-10.pdf", b"%PDF-1.7 statement")],
            attachments_dir=attachments_dir(settings),
        ).id
    dispatch_due(sessions, settings, now=MORNING)
    (request,) = sendgrid.sent()
    assert request.path == "/v3/mail/send"
    assert request.headers["Authorization"] == "Bearer SG.test"
    mail = request.json()
    assert mail["from"] == {"email": "care@grandpro.example.ng"}
    assert mail["personalizations"][0]["to"] == [{"email": "owner@example.ng"}]
    assert mail["subject"] == "Ikeja General: your statement for October 2026"
    assert "Net payout: NGN 1,250,000." in mail["content"][0]["value"]
    assert mail["custom_args"] == {"message_id": str(message_id)}
    (attachment,) = mail["attachments"]
    assert attachment["filename"] == "statement-2026-10.pdf"
    assert base64.b64decode(attachment["content"]) == b"%PDF-1.7 statement"


def test_transient_errors_retry_with_backoff_then_fail_after_three(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    twilio.default = (503, {"code": 20500, "message": "Service unavailable", "status": 503})
    twilio.replies = [(429, {"code": 20429, "message": "Too many requests", "status": 429})]
    message_id = _reminder(sessions)
    now = MORNING
    for expected_wait in (BACKOFF, BACKOFF * 2):
        dispatch_due(sessions, settings, now=now)
        message = _message(sessions, message_id)
        assert message.status is MessageStatus.QUEUED
        assert message.next_attempt_at is not None
        assert message.next_attempt_at == now + expected_wait
        assert dispatch_due(sessions, settings, now=now + expected_wait / 2).ids == []
        now = message.next_attempt_at
    dispatch_due(sessions, settings, now=now)
    message = _message(sessions, message_id)
    assert (message.status, message.attempts, message.error_code) == (
        MessageStatus.FAILED,
        3,
        "20500",
    )
    assert [a.outcome for a in _attempts(sessions, message_id)] == ["retry", "retry", "failed"]
    assert len(twilio.sent()) == 3
    assert dispatch_due(sessions, settings, now=now + dt.timedelta(hours=1)).ids == []


def test_transient_then_success(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    twilio.replies = [(500, {"code": 20500, "message": "oops", "status": 500})]
    message_id = _reminder(sessions)
    dispatch_due(sessions, settings, now=MORNING)
    dispatch_due(sessions, settings, now=MORNING + BACKOFF)
    message = _message(sessions, message_id)
    assert (message.status, message.attempts, message.error_code) == (MessageStatus.SENT, 2, None)


def test_permanent_error_is_not_retried(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    twilio.default = (400, {"code": 21211, "message": "Invalid 'To' Phone Number", "status": 400})
    message_id = _reminder(sessions)
    dispatch_due(sessions, settings, now=MORNING)
    message = _message(sessions, message_id)
    assert (message.status, message.attempts, message.error_code) == (
        MessageStatus.FAILED,
        1,
        "21211",
    )
    assert "Invalid 'To' Phone Number" in (message.error_message or "")
    assert dispatch_due(sessions, settings, now=MORNING + dt.timedelta(hours=1)).ids == []


def test_unreachable_provider_is_transient(
    sessions: sessionmaker[Session], settings: ServerSettings
) -> None:
    settings.twilio_base_url = "http://127.0.0.1:9"
    message_id = _reminder(sessions)
    dispatch_due(sessions, settings, now=MORNING)
    message = _message(sessions, message_id)
    assert (message.status, message.error_code) == (MessageStatus.QUEUED, "network")


def _crash_after_claim(sessions: sessionmaker[Session], message_id: uuid.UUID) -> None:
    """What a worker leaves behind when it dies between the provider call and the result."""
    started = MORNING - STALL_AFTER * 2
    with sessions.begin() as session:
        message = session.get_one(Message, message_id)
        message.status, message.attempts, message.provider = MessageStatus.SENDING, 1, "twilio"
        session.add(
            MessageAttempt(
                message_id=message_id, attempt_number=1, provider="twilio", started_at=started
            )
        )
    with sessions.begin() as session:  # after the commit, which stamps updated_at with now
        session.execute(sa.update(Message).values(updated_at=started))


def test_crash_after_send_is_recovered_without_a_second_send(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    message_id = _reminder(sessions)
    body = _message(sessions, message_id).body
    listing = {
        "messages": [{"sid": "SM0777", "to": PHONE, "body": body}],
        "meta": {"key": "messages"},
    }
    twilio.routes[f"GET /2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"] = (200, listing)
    _crash_after_claim(sessions, message_id)
    report = dispatch_due(sessions, settings, now=MORNING)
    assert report.recovered == 1
    assert twilio.sent("POST") == []
    (lookup,) = twilio.sent("GET")
    assert lookup.query["To"] == [PHONE]
    message = _message(sessions, message_id)
    assert (message.status, message.provider_message_id) == (MessageStatus.SENT, "SM0777")
    assert [a.outcome for a in _attempts(sessions, message_id)] == ["recovered"]


def test_crash_before_send_is_resent_once(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    empty = {"messages": [], "meta": {"key": "messages"}}
    twilio.routes[f"GET /2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"] = (200, empty)
    message_id = _reminder(sessions)
    _crash_after_claim(sessions, message_id)
    dispatch_due(sessions, settings, now=MORNING)
    assert len(twilio.sent("POST")) == 1
    message = _message(sessions, message_id)
    assert (message.status, message.attempts) == (MessageStatus.SENT, 2)
    assert [a.outcome for a in _attempts(sessions, message_id)] == ["lost", "accepted"]


def test_quiet_hours_hold_sms_until_seven_unless_urgent(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    waiting = _reminder(sessions)
    urgent = _reminder(sessions, address="+2348031234568", urgent=True)
    report = dispatch_due(sessions, settings, now=NIGHT)
    assert (report.deferred, report.ids) == (1, [urgent])
    assert _message(sessions, waiting).next_attempt_at == dt.datetime(
        2026, 11, 25, 6, 0, tzinfo=dt.UTC
    )
    assert dispatch_due(sessions, settings, now=NIGHT + dt.timedelta(hours=2)).ids == []
    morning = dispatch_due(sessions, settings, now=dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.UTC))
    assert morning.ids == [waiting]
    assert [r.form()["To"] for r in twilio.sent()] == ["+2348031234568", PHONE]


def test_suppressed_recipient_is_skipped_with_a_reason(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    with sessions.begin() as session:
        session.add(
            Suppression(
                address=PHONE,
                channel=Channel.SMS,
                scope="all",
                reason=SuppressionReason.FRONT_DESK,
            )
        )
    message_id = _reminder(sessions)
    assert dispatch_due(sessions, settings, now=MORNING).suppressed == 1
    message = _message(sessions, message_id)
    assert message.status is MessageStatus.SUPPRESSED
    assert message.error_message == "recipient opted out (front_desk)"
    assert twilio.sent() == []


def test_reminders_go_before_campaign_messages(
    sessions: sessionmaker[Session], settings: ServerSettings
) -> None:
    campaign_message = _reminder(sessions, priority=PRIORITY_CAMPAIGN)
    reminder = _reminder(sessions, priority=PRIORITY_REMINDER)
    assert dispatch_due(sessions, settings, 1, now=MORNING).ids == [reminder]
    assert dispatch_due(sessions, settings, 1, now=MORNING).ids == [campaign_message]


def test_outbox_provider_is_the_default_without_credentials(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    settings = ServerSettings(data_dir=tmp_path / "demo")
    message_id = _reminder(sessions)
    dispatch_due(sessions, settings, now=MORNING)
    written = json.loads((tmp_path / "demo" / "outbox" / f"{message_id}.json").read_text())
    assert written["to"] == PHONE and written["body"].startswith("Ikeja General reminder")
    message = _message(sessions, message_id)
    assert (message.status, message.provider) == (MessageStatus.DELIVERED, "outbox")
    assert message.delivered_at is not None


def test_seeded_templates_are_all_present(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        keys = set(session.execute(sa.select(MessageTemplate.key, MessageTemplate.channel)))
    assert keys >= {
        ("appointment_reminder", Channel.SMS),
        ("appointment_confirmation", Channel.EMAIL),
        ("health_tip", Channel.WHATSAPP),
        ("owner_monthly_report", Channel.EMAIL),
        ("patient_feedback_request", Channel.EMAIL),
        ("patient_feedback_request", Channel.SMS),
    }


def test_scheduled_message_waits_for_its_time(
    sessions: sessionmaker[Session], settings: ServerSettings, twilio: Recorder
) -> None:
    later = MORNING + dt.timedelta(hours=3)
    message_id = _reminder(sessions, scheduled_for=later)
    assert dispatch_due(sessions, settings, now=MORNING).ids == []
    assert dispatch_due(sessions, settings, now=later).ids == [message_id]
    assert len(twilio.sent()) == 1
