"""Putting CRM messages into the outbox: one ``messages`` row plus a communication-log row.

The dispatcher sends queued rows later (and only it moves their status on).
A patient's message is composed by the shared command
(``shared.domain.messaging.compose``), the same one the desk runs, so both
paths agree on variables, purpose and consent; it is then logged where staff
look for history.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.messaging import Message, MessageTemplate
from shared.db.models.organisation import Hospital
from shared.db.models.owners import OwnerAccount, OwnerCommunication
from shared.db.models.patients import Patient, PatientCommunication
from shared.domain.access import Principal
from shared.domain.enums import Channel, Language, LogChannel, MessagePurpose
from shared.domain.messaging.compose import (
    ComposedMessage,
    compose_free_text,
    compose_patient_message,
    contact_address,
    free_text,
    template_source,
)
from shared.domain.messaging.policy import send_time
from shared.domain.messaging.templates import choose, render
from shared.errors import FieldValidationError
from sync_server.crm.common import track
from sync_server.crm.schemas import CommunicationIn


def find_template(
    session: Session, key: str, channel: Channel, language: Language
) -> MessageTemplate:
    """The active template in the wanted language, else English (422 if none)."""
    rows = session.scalars(
        sa.select(MessageTemplate).where(
            MessageTemplate.key == key,
            MessageTemplate.channel == channel,
            MessageTemplate.active.is_(True),
            MessageTemplate.deleted_at.is_(None),
        )
    ).all()
    if not rows:
        raise FieldValidationError("template_key", f"no active {channel.value} template {key!r}")
    chosen = choose([template_source(r) for r in rows], channel, language)
    return next(r for r in rows if r.language is chosen.language)


def compose(
    session: Session, data: CommunicationIn, language: Language, values: dict[str, Any]
) -> dict[str, Any]:
    """Subject, body, purpose and template of an owner's message, rendered if one is named."""
    if data.template_key:
        template = find_template(session, data.template_key, data.channel, language)
        rendered = render(template_source(template), values | data.variables)
        return {
            "template_id": template.id,
            "subject": rendered.subject[:200] if rendered.subject else None,
            "body": rendered.body,
            "purpose": template.purpose,
        }
    text = free_text(data.channel, data.subject, data.body)
    return {"subject": text.subject, "body": text.body, "purpose": MessagePurpose.TRANSACTIONAL}


def _message(principal: Principal, data: CommunicationIn, **cols: Any) -> Message:
    """The row for ``cols`` (channel, address, content) with the request's timing."""
    when = data.scheduled_for or utcnow()
    return Message(
        urgent=data.urgent,
        scheduled_for=send_time(data.channel, when, urgent=data.urgent),
        created_by_id=principal.user_id,
        **cols,
    )


def compose_for_patient(
    session: Session, patient: Patient, data: CommunicationIn
) -> ComposedMessage:
    """The shared compose command on the request: the named template or the text as written."""
    if not data.template_key:
        return compose_free_text(
            patient=patient, channel=data.channel, subject=data.subject, body=data.body
        )
    template = find_template(session, data.template_key, data.channel, patient.preferred_language)
    hospital = session.get_one(Hospital, patient.hospital_id)
    return compose_patient_message(
        patient=patient, hospital=hospital, template=template, extra_values=data.variables
    )


def to_patient(
    session: Session, principal: Principal, patient: Patient, data: CommunicationIn
) -> tuple[Message, PatientCommunication]:
    """Queue a message to a patient whose consent covers its channel and its template's purpose."""
    columns = compose_for_patient(session, patient, data).columns()
    message = _message(
        principal, data, hospital_id=patient.hospital_id, patient_id=patient.id, **columns
    )
    track(session, principal, message)
    log = PatientCommunication(
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        channel=LogChannel(data.channel.value),
        subject=message.subject,
        summary=message.body,
        occurred_at=utcnow(),
        message_id=message.id,
        recorded_by_id=principal.user_id,
    )
    return message, track(session, principal, log)


def to_owner(
    session: Session, principal: Principal, owner: OwnerAccount, data: CommunicationIn
) -> tuple[Message, OwnerCommunication]:
    values = {"owner_name": owner.contact_name or owner.display_name}
    content = compose(session, data, Language.ENGLISH, values)
    who = owner.contact_name or owner.display_name
    address = contact_address(data.channel, owner.phone, owner.email, who=who)
    message = _message(
        principal, data, channel=data.channel, address=address, owner_account_id=owner.id, **content
    )
    track(session, principal, message)
    log = OwnerCommunication(
        owner_account_id=owner.id,
        channel=LogChannel(data.channel.value),
        subject=message.subject,
        summary=message.body,
        occurred_at=utcnow(),
        message_id=message.id,
        recorded_by_id=principal.user_id,
    )
    return message, track(session, principal, log)


def test_message(session: Session, principal: Principal, channel: Channel, address: str) -> Message:
    """A short message to a staff-given address, to prove a channel end to end."""
    data = CommunicationIn(
        channel=channel,
        subject="GrandPro channel test",
        body="This is a test message from GrandPro CRM.",
        urgent=True,
    )
    message = _message(
        principal,
        data,
        channel=channel,
        address=address,
        hospital_id=principal.hospital_id,
        body=data.body,
        subject=data.subject,
    )
    return track(session, principal, message)
