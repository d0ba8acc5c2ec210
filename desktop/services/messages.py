"""Composing a message to one patient at the desk, online or offline.

The desk only queues: a ``messages`` row (status queued) and its
``patient_communications`` log entry are written with their outbox mutations
in one transaction, and the server dispatches once the desk has synced. The
consent check happens here, before queueing, so the receptionist hears "no
consent" at the desk rather than the message being suppressed silently later.

The desk knows the patient and the hospital, nothing more: a template that
needs an appointment list, a time or a tip (``senders.desk_can_fill``) is not
the composer's default, "Write a message" (free text) is.
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
from shared.domain.enums import Channel, Language, LogChannel, MessagePurpose, MessageStatus
from shared.domain.messaging.compose import (
    ComposedMessage,
    address_for,
    compose_free_text,
    compose_patient_message,
    free_text,
    full_name,
    template_source,
)
from shared.domain.messaging.senders import desk_can_fill
from shared.domain.messaging.templates import Rendered, TemplateSource
from shared.errors import NotFoundError


@dataclass(frozen=True, slots=True)
class HospitalCard:
    name: str
    phone: str | None


@dataclass(frozen=True, slots=True)
class Recipient:
    """What the preview needs about the patient: names, addresses and consents."""

    id: uuid.UUID
    first_name: str
    last_name: str
    patient_number: str
    hospital: HospitalCard
    language: Language
    phone: str | None
    email: str | None
    consent_sms: bool
    consent_whatsapp: bool
    consent_email: bool
    consent_marketing: bool

    @property
    def full_name(self) -> str:
        return full_name(self)

    def address(self, channel: Channel) -> str:
        """The phone or e-mail the channel uses; an error naming the channel when it cannot."""
        return address_for(self, channel, MessagePurpose.TRANSACTIONAL)


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    """A template as the compose screen lists it; it composes like the stored row."""

    id: uuid.UUID
    name: str
    key: str
    channel: Channel
    language: Language
    subject: str | None
    body: str
    variables: tuple[str, ...]
    purpose: MessagePurpose
    whatsapp_content_sid: str | None

    @property
    def source(self) -> TemplateSource:
        return template_source(self)

    @property
    def desk_can_fill(self) -> bool:
        """Every variable is one the desk gives (the patient's and the hospital's)."""
        return desk_can_fill(self.variables)


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


def default_template(templates: tuple[TemplateChoice, ...]) -> TemplateChoice | None:
    """The first template the desk can fill; None means "Write a message"."""
    return next((t for t in templates if t.desk_can_fill), None)


def preview(template: TemplateChoice, recipient: Recipient) -> Rendered:
    """Render for this patient; a missing variable or consent is an error, shown before sending."""
    return _composed(template, recipient).rendered


def preview_written(channel: Channel, subject: str | None, body: str | None) -> Rendered:
    """Text the receptionist typed, checked as the server will (a body; an e-mail's subject)."""
    return free_text(channel, subject, body)


def queue_message(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, template_id: uuid.UUID
) -> uuid.UUID:
    """Queue the message and log it; the server sends it after the next sync."""
    recipient = _recipient(session, patient_id)
    template = _template(session, template_id)
    return _queue(session, writer, patient_id, _composed(template, recipient), template.name)


def queue_written(
    session: Session,
    writer: LocalWriter,
    *,
    patient_id: uuid.UUID,
    channel: Channel,
    subject: str | None,
    body: str | None,
) -> uuid.UUID:
    """Queue a message the receptionist wrote, with the same consent check as a template's."""
    recipient = _recipient(session, patient_id)
    composed = compose_free_text(patient=recipient, channel=channel, subject=subject, body=body)
    return _queue(session, writer, patient_id, composed, "Message from the front desk")


def _queue(
    session: Session,
    writer: LocalWriter,
    patient_id: uuid.UUID,
    composed: ComposedMessage,
    title: str,
) -> uuid.UUID:
    patient = session.get_one(Patient, patient_id)
    message = writer.insert(
        Message, hospital_id=patient.hospital_id, patient_id=patient_id, **composed.columns()
    )
    writer.insert(
        PatientCommunication,
        hospital_id=patient.hospital_id,
        patient_id=patient_id,
        channel=LogChannel(message.channel.value),
        subject=message.subject or title,
        summary=message.body,
        occurred_at=utcnow(),
        message_id=message.id,
    )
    return message.id


def _composed(template: TemplateChoice, recipient: Recipient) -> ComposedMessage:
    return compose_patient_message(
        patient=recipient, hospital=recipient.hospital, template=template
    )


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
    return Recipient(
        patient.id,
        patient.first_name,
        patient.last_name,
        patient.patient_number,
        HospitalCard(hospital.name, hospital.phone),
        patient.preferred_language,
        patient.phone,
        patient.email,
        patient.consent_sms,
        patient.consent_whatsapp,
        patient.consent_email,
        patient.consent_marketing,
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
    return TemplateChoice(
        row.id,
        row.name,
        row.key,
        row.channel,
        row.language,
        row.subject,
        row.body,
        tuple(row.variables or ()),
        row.purpose,
        row.whatsapp_content_sid,
    )
