"""One compose rule on every path: the desk (queued, then pushed), the REST API, a crafted push.

The same patient and the same marketing template go through each path, and
each must give the same answer: the purpose is the template's, consent is
checked for that purpose (again on the server, where a later opt-out is
known), a marketing e-mail carries the unsubscribe link, and ``patient_name``
is the same words. The desk is a real desk store with its outbox and sync
engine, the server the real app on uvicorn over PostgreSQL, and the
providers the real Twilio and SendGrid SDKs talking to recording servers.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.messages import queue_message as queue_at_desk
from desktop.sync.client import HttpSyncClient
from shared.clock import HybridLogicalClock, utcnow
from shared.db.base import new_id
from shared.db.models import Message, MessageTemplate, Patient
from shared.domain.enums import (
    Channel,
    MessagePurpose,
    MessageStatus,
    SuppressionReason,
    SuppressionScope,
)
from shared.domain.messaging.policy import send_time
from shared.errors import ConflictError
from shared.sync.codec import encode_mapping
from shared.sync.protocol import Mutation, PushRequest
from sync_server.config import ServerSettings
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.events import suppress
from tests import factories
from tests.integration.messaging.conftest import Recorder
from tests.integration.sync.conftest import (
    Desk,
    HospitalWorld,
    SyncServer,
    desk_template,
    make_desk,
    pg_sessions,
    sync_server,
    world,
)

__all__ = ["desk_template", "make_desk", "pg_sessions", "sync_server", "world"]

PHONE = "+2348035550101"
EMAIL = "kemi.lawal@example.ng"
PROMO_BODY = "Dear {{ patient_name }}, it is checkup week at {{ hospital_name }}."
PROMO_TEXT = "Dear Kemi, it is checkup week at IKJ General Hospital."


def _seed(sessions: sessionmaker[Session], world: HospitalWorld, **consents: bool) -> uuid.UUID:
    """Kemi, reachable by SMS and e-mail, and the checkup-week promotion on both channels."""
    with sessions.begin() as session:
        patient = factories.patient(
            session,
            hospital_id=world.hospital_id,
            first_name="Kemi",
            last_name="Lawal",
            phone=PHONE,
            email=EMAIL,
            consent_email=True,
            **consents,
        )
        for channel in (Channel.SMS, Channel.EMAIL):
            factories.template(
                session,
                key="checkup_week",
                channel=channel,
                name=f"Checkup week {channel.value}",
                subject="Checkup week" if channel is Channel.EMAIL else None,
                body=PROMO_BODY,
                purpose=MessagePurpose.PROMOTIONAL,
            )
        return patient.id


def _template_id(desk: Desk, channel: Channel) -> uuid.UUID:
    with desk.sessions() as session:
        return session.scalars(
            sa.select(MessageTemplate.id).where(
                MessageTemplate.key == "checkup_week", MessageTemplate.channel == channel
            )
        ).one()


def _queue_at_desk(desk: Desk, patient_id: uuid.UUID, channel: Channel) -> uuid.UUID:
    with desk.write() as writer:
        return queue_at_desk(
            writer.session,
            writer,
            patient_id=patient_id,
            template_id=_template_id(desk, channel),
        )


def _opt_out_of_marketing(sessions: sessionmaker[Session], patient_id: uuid.UUID) -> None:
    """At another desk, after this one downloaded the patient."""
    with sessions.begin() as session:
        session.get_one(Patient, patient_id).consent_marketing = False


def _reply_stop(sessions: sessionmaker[Session], _patient_id: uuid.UUID) -> None:
    """The patient answered STOP to an earlier SMS (the webhook's own opt-out)."""
    with sessions.begin() as session:
        suppress(
            session,
            address=PHONE,
            channel=Channel.SMS,
            reason=SuppressionReason.STOP_KEYWORD,
            scope=SuppressionScope.ALL,
        )


def _api(server: SyncServer, world: HospitalWorld) -> httpx.Client:
    token = server.token(world.principal(1))
    return httpx.Client(
        base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )


def _send_over_api(
    server: SyncServer, world: HospitalWorld, patient_id: uuid.UUID, channel: Channel
) -> httpx.Response:
    body = {"channel": channel.value, "template_key": "checkup_week"}
    with _api(server, world) as api:
        return api.post(f"/api/crm/patients/{patient_id}/communications", json=body)


def _stored(sessions: sessionmaker[Session], message_id: uuid.UUID) -> Message:
    with sessions() as session:
        return session.get_one(Message, message_id)


def _dispatch(sessions: sessionmaker[Session], settings: ServerSettings) -> None:
    dispatch_due(sessions, settings, now=send_time(Channel.SMS, utcnow()))


@pytest.mark.parametrize(
    ("opt_out", "reason"),
    [
        (_opt_out_of_marketing, "the patient has not consented to marketing messages"),
        (_reply_stop, "recipient opted out (stop_keyword)"),
    ],
)
def test_a_desk_message_to_a_patient_who_opted_out_since_is_kept_suppressed_and_never_sent(
    opt_out: Any,
    reason: str,
    world: HospitalWorld,
    pg_sessions: sessionmaker[Session],
    make_desk: Any,
    settings: ServerSettings,
    twilio: Recorder,
) -> None:
    patient_id = _seed(pg_sessions, world, consent_marketing=True)
    desk = make_desk(world.principal(0))
    message_id = _queue_at_desk(desk, patient_id, Channel.SMS)  # offline: consent looked fine
    opt_out(pg_sessions, patient_id)
    desk.sync.sync_once()

    stored = _stored(pg_sessions, message_id)
    assert stored.purpose is MessagePurpose.PROMOTIONAL
    assert (stored.status, stored.error_code) == (MessageStatus.SUPPRESSED, "suppressed")
    assert stored.error_message == reason
    _dispatch(pg_sessions, settings)
    assert twilio.sent() == []
    with desk.sessions() as session:
        assert session.get_one(Message, message_id).status is MessageStatus.SUPPRESSED


def test_the_desk_and_the_api_refuse_a_patient_who_opted_out_with_the_same_error(
    world: HospitalWorld,
    pg_sessions: sessionmaker[Session],
    make_desk: Any,
    sync_server: SyncServer,
) -> None:
    patient_id = _seed(pg_sessions, world, consent_marketing=False)
    desk = make_desk(world.principal(0))
    with pytest.raises(ConflictError) as refused:
        _queue_at_desk(desk, patient_id, Channel.SMS)
    answer = _send_over_api(sync_server, world, patient_id, Channel.SMS)

    assert answer.status_code == 409
    desk_error = {"code": refused.value.code, "message": refused.value.message, "field": "channel"}
    assert answer.json()["error"] == desk_error
    assert desk_error["message"] == "Kemi Lawal has not consented to marketing messages."
    with pg_sessions() as session:
        assert session.scalars(sa.select(Message)).all() == []


def _push(server: SyncServer, world: HospitalWorld, *mutations: Mutation) -> None:
    client = HttpSyncClient(server.url, server.token(world.principal(2)))
    try:
        results = client.push(PushRequest(mutations=list(mutations))).results
    finally:
        client.close()
    assert [r.outcome for r in results] == ["applied"] * len(mutations), results


def _mutation(seq: int, row_id: uuid.UUID, clock: HybridLogicalClock, **fields: Any) -> Mutation:
    return Mutation(
        mutation_id=new_id(),
        seq=seq,
        table="messages",
        row_id=row_id,
        op="upsert",
        fields=encode_mapping(fields),
        hlc=clock.now(),
    )


def _crafted_push(
    server: SyncServer, world: HospitalWorld, patient_id: uuid.UUID, template_id: uuid.UUID
) -> uuid.UUID:
    """An old or tampered desk's message: a promotion that says it is transactional."""
    row_id = new_id()
    mutation = _mutation(
        1,
        row_id,
        HybridLogicalClock("crafted"),
        hospital_id=world.hospital_id,
        patient_id=patient_id,
        template_id=template_id,
        channel=Channel.EMAIL,
        address=EMAIL,
        subject="Checkup week",
        body=PROMO_TEXT,
        purpose=MessagePurpose.TRANSACTIONAL,
        content_variables={},
    )
    _push(server, world, mutation)
    return row_id


def test_marketing_email_gets_the_templates_purpose_and_the_unsubscribe_link_on_every_path(
    world: HospitalWorld,
    pg_sessions: sessionmaker[Session],
    make_desk: Any,
    sync_server: SyncServer,
    settings: ServerSettings,
    sendgrid: Recorder,
) -> None:
    patient_id = _seed(pg_sessions, world, consent_marketing=True)
    desk = make_desk(world.principal(0))
    from_desk = _queue_at_desk(desk, patient_id, Channel.EMAIL)
    desk.sync.sync_once()
    over_api = _send_over_api(sync_server, world, patient_id, Channel.EMAIL)
    assert over_api.status_code == 201, over_api.text
    pushed = _crafted_push(sync_server, world, patient_id, _template_id(desk, Channel.EMAIL))

    ids = [from_desk, uuid.UUID(over_api.json()["message"]["id"]), pushed]
    assert [_stored(pg_sessions, i).purpose for i in ids] == [MessagePurpose.PROMOTIONAL] * 3
    _dispatch(pg_sessions, settings)
    mails = {uuid.UUID(r.json()["custom_args"]["message_id"]): r for r in sendgrid.sent()}
    assert set(mails) == set(ids)
    for message_id in ids:
        text = mails[message_id].json()["content"][0]["value"]
        assert text.startswith(PROMO_TEXT)
        assert f"/api/webhooks/unsubscribe/{message_id}?sig=" in text.rsplit("Unsubscribe: ", 1)[1]


def test_patient_name_is_the_same_words_at_the_desk_and_over_the_api(
    world: HospitalWorld,
    pg_sessions: sessionmaker[Session],
    make_desk: Any,
    sync_server: SyncServer,
) -> None:
    patient_id = _seed(pg_sessions, world, consent_marketing=True)
    desk = make_desk(world.principal(0))
    from_desk = _queue_at_desk(desk, patient_id, Channel.SMS)
    over_api = _send_over_api(sync_server, world, patient_id, Channel.SMS)

    with desk.sessions() as session:
        desk_body = session.get_one(Message, from_desk).body
    assert desk_body == over_api.json()["message"]["body"] == PROMO_TEXT


def test_dispatch_holds_back_a_message_the_patients_consent_does_not_cover(
    world: HospitalWorld,
    pg_sessions: sessionmaker[Session],
    settings: ServerSettings,
    twilio: Recorder,
) -> None:
    """A promotion that reached the outbox some other way is still not sent."""
    patient_id = _seed(pg_sessions, world, consent_marketing=False)
    with pg_sessions.begin() as session:
        message = Message(
            hospital_id=world.hospital_id,
            patient_id=patient_id,
            channel=Channel.SMS,
            address=PHONE,
            body=PROMO_TEXT,
            purpose=MessagePurpose.PROMOTIONAL,
        )
        session.add(message)
    _dispatch(pg_sessions, settings)

    stored = _stored(pg_sessions, message.id)
    assert (stored.status, stored.error_message) == (
        MessageStatus.SUPPRESSED,
        "the patient has not consented to marketing messages",
    )
    assert twilio.sent() == []


def test_an_edit_cannot_turn_a_pushed_promotion_transactional(
    world: HospitalWorld,
    pg_sessions: sessionmaker[Session],
    make_desk: Any,
    sync_server: SyncServer,
) -> None:
    patient_id = _seed(pg_sessions, world, consent_marketing=True)
    desk = make_desk(world.principal(0))
    message_id = _crafted_push(sync_server, world, patient_id, _template_id(desk, Channel.EMAIL))
    stored = _stored(pg_sessions, message_id)
    edit = _mutation(
        2, message_id, HybridLogicalClock("crafted2"), purpose=MessagePurpose.TRANSACTIONAL
    ).model_copy(
        update={
            "base_clocks": {"purpose": stored.field_clocks["purpose"]},
            "base_version": stored.server_seq,
        }
    )
    _push(sync_server, world, edit)

    assert _stored(pg_sessions, message_id).purpose is MessagePurpose.PROMOTIONAL
