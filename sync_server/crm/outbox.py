"""Putting CRM messages into the outbox: one ``messages`` row plus a communication-log row.

The dispatcher sends queued rows later (and only it moves their status on);
here the message is rendered from a template, or taken as written, checked
against the recipient's consent, and logged where staff look for history.
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
from shared.domain.messaging.policy import send_time
from shared.domain.messaging.templates import TemplateSource, choose, render
from shared.domain.patients import may_contact
from shared.errors import ConflictError, FieldValidationError
from sync_server.crm.common import track
from sync_server.crm.schemas import CommunicationIn


def _source(row: MessageTemplate) -> TemplateSource:
    return TemplateSource(
        row.key, row.channel, row.language, row.body, tuple(row.variables or ()), row.subject
    )


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
    chosen = choose([_source(r) for r in rows], channel, language)
    return next(r for r in rows if r.language is chosen.language)


def compose(
    session: Session, data: CommunicationIn, language: Language, values: dict[str, Any]
) -> dict[str, Any]:
    """Subject, body, purpose and template of the message, rendered if a template is named."""
    if data.template_key:
        template = find_template(session, data.template_key, data.channel, language)
        rendered = render(_source(template), values | data.variables)
        return {
            "template_id": template.id,
            "subject": rendered.subject[:200] if rendered.subject else None,
            "body": rendered.body,
            "purpose": template.purpose,
        }
    if not data.body:
        raise FieldValidationError("body", "write a message or name a template")
    if data.channel is Channel.EMAIL and not data.subject:
        raise FieldValidationError("subject", "an e-mail needs a subject")
    return {"subject": data.subject, "body": data.body, "purpose": MessagePurpose.TRANSACTIONAL}


def _address(channel: Channel, phone: str | None, email: str | None) -> str:
    address = email if channel is Channel.EMAIL else phone
    if not address:
        kind = "e-mail address" if channel is Channel.EMAIL else "phone number"
        raise FieldValidationError("channel", f"the recipient has no {kind} on file")
    return address


def _message(principal: Principal, data: CommunicationIn, address: str, **cols: Any) -> Message:
    when = data.scheduled_for or utcnow()
    return Message(
        channel=data.channel,
        address=address,
        urgent=data.urgent,
        scheduled_for=send_time(data.channel, when, urgent=data.urgent),
        created_by_id=principal.user_id,
        **cols,
    )


def _patient_values(session: Session, patient: Patient) -> dict[str, Any]:
    """Variables every patient template may use; plain strings, never ORM objects."""
    hospital = session.get(Hospital, patient.hospital_id)
    return {
        "patient_name": f"{patient.first_name} {patient.last_name}",
        "first_name": patient.first_name,
        "hospital_name": hospital.name if hospital else "",
        "hospital_phone": (hospital.phone if hospital else None) or "",
    }


def to_patient(
    session: Session, principal: Principal, patient: Patient, data: CommunicationIn
) -> tuple[Message, PatientCommunication]:
    """Queue a message to a patient who consented to the channel (and to marketing, if it is)."""
    content = compose(session, data, patient.preferred_language, _patient_values(session, patient))
    if not may_contact(patient, data.channel, content["purpose"]):
        raise ConflictError(
            f"the patient has not consented to {data.channel.value} messages of this kind",
            field="channel",
            code="no_consent",
        )
    address = _address(data.channel, patient.phone, patient.email)
    message = _message(
        principal, data, address, hospital_id=patient.hospital_id, patient_id=patient.id, **content
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
    address = _address(data.channel, owner.phone, owner.email)
    message = _message(principal, data, address, owner_account_id=owner.id, **content)
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
        address,
        hospital_id=principal.hospital_id,
        body=data.body,
        subject=data.subject,
    )
    return track(session, principal, message)
