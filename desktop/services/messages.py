"""Composing a message to one patient at the desk, online or offline.

The desk only queues: a ``messages`` row (status queued) and its
``patient_communications`` log entry are written with their outbox mutations
in one transaction, and the server dispatches once the desk has synced. The
consent check happens here, before queueing, so the receptionist hears "no
consent" at the desk rather than the message being suppressed silently later.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Hospital, Message, MessageTemplate, Patient, PatientCommunication
from shared.domain.enums import Channel, Language, LogChannel, MessageStatus
from shared.domain.messaging.templates import Rendered, TemplateSource, render
from shared.errors import FieldValidationError, NotFoundError


@dataclass(frozen=True, slots=True)
class Recipient:
    """What the preview needs about the patient: names, addresses and consents."""

    id: uuid.UUID
    first_name: str
    full_name: str
    patient_number: str
    hospital_name: str
    language: Language
    phone: str | None
    email: str | None
    consents: frozenset[Channel]

    def address(self, channel: Channel) -> str:
        """The phone or e-mail the channel uses; a field error when it cannot be used."""
        if channel not in self.consents:
            raise FieldValidationError(
                "consent", f"{self.full_name} has not consented to {channel.value} messages."
            )
        address = self.email if channel is Channel.EMAIL else self.phone
        if not address:
            kind = "e-mail address" if channel is Channel.EMAIL else "phone number"
            raise FieldValidationError("address", f"{self.full_name} has no {kind} on file.")
        return address

    def values(self) -> dict[str, str]:
        """The template variables a desk can fill in for any patient."""
        return {
            "patient_name": self.first_name,
            "first_name": self.first_name,
            "full_name": self.full_name,
            "patient_number": self.patient_number,
            "hospital_name": self.hospital_name,
        }


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    id: uuid.UUID
    name: str
    source: TemplateSource


@dataclass(frozen=True, slots=True)
class SentMessage:
    id: uuid.UUID
    created_at: dt.datetime
    channel: Channel
    body: str
    status: MessageStatus


@dataclass(frozen=True, slots=True)
class Compose:
    recipient: Recipient
    templates: tuple[TemplateChoice, ...]
    history: tuple[SentMessage, ...]


def load_compose(session: Session, *, patient_id: uuid.UUID, channel: Channel) -> Compose:
    """Everything the compose screen shows for one patient and channel, in one read."""
    return Compose(
        _recipient(session, patient_id),
        _templates(session, channel),
        message_history(session, patient_id=patient_id),
    )


def preview(template: TemplateChoice, recipient: Recipient) -> Rendered:
    """Render for this patient; a missing variable is a field error, shown before sending."""
    return render(template.source, recipient.values())


def queue_message(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, template_id: uuid.UUID
) -> uuid.UUID:
    """Queue the message and log it; the server sends it after the next sync."""
    recipient = _recipient(session, patient_id)
    template = _template(session, template_id)
    address = recipient.address(template.source.channel)
    rendered = preview(template, recipient)
    patient = session.get_one(Patient, patient_id)
    message = writer.insert(
        Message,
        hospital_id=patient.hospital_id,
        patient_id=patient_id,
        template_id=template_id,
        channel=rendered.channel,
        address=address,
        subject=rendered.subject,
        body=rendered.body,
        content_variables=recipient.values(),
    )
    writer.insert(
        PatientCommunication,
        hospital_id=patient.hospital_id,
        patient_id=patient_id,
        channel=LogChannel(rendered.channel.value),
        subject=rendered.subject or template.name,
        summary=rendered.body,
        occurred_at=utcnow(),
        message_id=message.id,
    )
    return message.id


def message_history(
    session: Session, *, patient_id: uuid.UUID, limit: int = 100
) -> tuple[SentMessage, ...]:
    """Newest first, with whatever status sync has brought back so far."""
    rows = session.scalars(
        sa.select(Message)
        .where(Message.patient_id == patient_id, Message.deleted_at.is_(None))
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(limit)
    )
    return tuple(SentMessage(m.id, m.created_at, m.channel, m.body, m.status) for m in rows)


def _recipient(session: Session, patient_id: uuid.UUID) -> Recipient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("Choose the patient to write to.", field="patient")
    hospital = session.get_one(Hospital, patient.hospital_id)
    consents = {
        Channel.SMS: patient.consent_sms,
        Channel.WHATSAPP: patient.consent_whatsapp,
        Channel.EMAIL: patient.consent_email,
    }
    return Recipient(
        patient.id,
        patient.first_name,
        f"{patient.first_name} {patient.last_name}",
        patient.patient_number,
        hospital.name,
        patient.preferred_language,
        patient.phone,
        patient.email,
        frozenset(channel for channel, given in consents.items() if given),
    )


def _templates(session: Session, channel: Channel) -> tuple[TemplateChoice, ...]:
    rows = session.scalars(
        sa.select(MessageTemplate)
        .where(
            MessageTemplate.channel == channel,
            MessageTemplate.active.is_(True),
            MessageTemplate.deleted_at.is_(None),
        )
        .order_by(MessageTemplate.name, MessageTemplate.language)
    )
    return tuple(_choice(row) for row in rows)


def _template(session: Session, template_id: uuid.UUID) -> TemplateChoice:
    row = session.get(MessageTemplate, template_id)
    if row is None or row.deleted_at is not None or not row.active:
        raise NotFoundError("Choose a message template.", field="template")
    return _choice(row)


def _choice(row: MessageTemplate) -> TemplateChoice:
    source = TemplateSource(
        row.key, row.channel, row.language, row.body, tuple(row.variables or ()), row.subject
    )
    return TemplateChoice(row.id, row.name, source)
