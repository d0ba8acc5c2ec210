"""Composing a message to one patient: the one command every path calls.

The desk (offline too), the REST API and the server's jobs all compose a
patient message here, so they agree on what a template variable means, what
the message is for and whether the patient may receive it. The purpose is
always the template's: a caller cannot send a promotion as "transactional"
and so past a patient's marketing opt-out, nor drop the unsubscribe link that
dispatch adds to marketing e-mail.

``patient_name`` is the patient's **first name** on every path: messages greet
the patient ("Dear Kemi"), as the shipped templates and campaigns are written.
A template that needs the formal form uses ``full_name``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from shared.domain.enums import Channel, Language, MessagePurpose
from shared.domain.messaging.templates import Rendered, TemplateSource, render
from shared.domain.patients import ConsentHolder, has_channel_consent, may_contact
from shared.errors import ConflictError, FieldValidationError

#: The ``messages.subject`` column's width.
SUBJECT_LENGTH = 200


class PatientLike(ConsentHolder, Protocol):
    """What composing needs to know about the patient (an ORM row or a desk card)."""

    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def patient_number(self) -> str: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...


class HospitalLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def phone(self) -> str | None: ...


class TemplateLike(Protocol):
    """A message template as stored (``message_templates``), whoever loaded it."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def key(self) -> str: ...
    @property
    def channel(self) -> Channel: ...
    @property
    def language(self) -> Language: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def body(self) -> str: ...
    @property
    def variables(self) -> Sequence[str]: ...
    @property
    def purpose(self) -> MessagePurpose: ...
    @property
    def whatsapp_content_sid(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ComposedMessage:
    """A message ready to be written as a ``messages`` row by any writer."""

    template_id: uuid.UUID | None
    address: str
    purpose: MessagePurpose
    rendered: Rendered
    content_variables: dict[str, Any]

    def columns(self) -> dict[str, Any]:
        """The ``messages`` columns this decides; the caller adds who and when."""
        return {
            "template_id": self.template_id,
            "channel": self.rendered.channel,
            "address": self.address,
            "subject": self.rendered.subject,
            "body": self.rendered.body,
            "purpose": self.purpose,
            "content_variables": self.content_variables,
        }


def full_name(patient: PatientLike) -> str:
    return f"{patient.first_name} {patient.last_name}"


def patient_values(patient: PatientLike, hospital: HospitalLike) -> dict[str, str]:
    """The variables any patient template may use, the same on every path."""
    return {
        "patient_name": patient.first_name,
        "first_name": patient.first_name,
        "full_name": full_name(patient),
        "patient_number": patient.patient_number,
        "hospital_name": hospital.name,
        "hospital_phone": hospital.phone or "",
    }


def template_source(template: TemplateLike) -> TemplateSource:
    return TemplateSource(
        template.key,
        template.channel,
        template.language,
        template.body,
        tuple(template.variables or ()),
        template.subject,
    )


def content_fields(template: TemplateLike, values: Mapping[str, Any]) -> dict[str, Any]:
    """WhatsApp templates outside the 24 h window go by content SID and numbered variables."""
    if template.channel is not Channel.WHATSAPP or not template.whatsapp_content_sid:
        return {}
    numbered = {str(i): str(values[name]) for i, name in enumerate(template.variables, 1)}
    return {"_content_sid": template.whatsapp_content_sid, **numbered}


def consent_refusal(
    patient: ConsentHolder, channel: Channel, purpose: MessagePurpose
) -> str | None:
    """Why the patient's consent does not cover this message, or None when it does.

    The wording completes a sentence about the patient ("Kemi Lawal has not
    consented to sms messages"); dispatch stores it as a suppression reason.
    """
    if not has_channel_consent(patient, channel):
        return f"has not consented to {channel.value} messages"
    if not may_contact(patient, channel, purpose):
        return "has not consented to marketing messages"
    return None


def address_for(patient: PatientLike, channel: Channel, purpose: MessagePurpose) -> str:
    """The phone or e-mail the message goes to, once consent allows it.

    Both refusals name ``channel``, the choice the sender can change.
    """
    refusal = consent_refusal(patient, channel, purpose)
    if refusal:
        raise ConflictError(f"{full_name(patient)} {refusal}.", field="channel", code="no_consent")
    return contact_address(channel, patient.phone, patient.email, who=full_name(patient))


def contact_address(channel: Channel, phone: str | None, email: str | None, *, who: str) -> str:
    """The e-mail for e-mail, else the phone; a field error naming ``channel`` when missing."""
    address = email if channel is Channel.EMAIL else phone
    if not address:
        kind = "e-mail address" if channel is Channel.EMAIL else "phone number"
        raise FieldValidationError("channel", f"{who} has no {kind} on file.")
    return address


def compose_patient_message(
    *,
    patient: PatientLike,
    hospital: HospitalLike,
    template: TemplateLike,
    extra_values: Mapping[str, Any] | None = None,
) -> ComposedMessage:
    """Render ``template`` for the patient and check consent for the template's purpose.

    ``extra_values`` fill the template's own variables (a tip, a time); the
    patient's variables win over them, so no caller can rename the patient.
    A missing variable is a field error, raised before anything is written.
    """
    address = address_for(patient, template.channel, template.purpose)
    values = dict(extra_values or {}) | patient_values(patient, hospital)
    rendered = _clipped(render(template_source(template), values))
    return ComposedMessage(
        template.id, address, template.purpose, rendered, content_fields(template, values)
    )


def compose_free_text(
    *, patient: PatientLike, channel: Channel, subject: str | None, body: str | None
) -> ComposedMessage:
    """A message staff wrote themselves: transactional, checked like a template's."""
    rendered = free_text(channel, subject, body)
    address = address_for(patient, channel, MessagePurpose.TRANSACTIONAL)
    return ComposedMessage(None, address, MessagePurpose.TRANSACTIONAL, rendered, {})


def free_text(channel: Channel, subject: str | None, body: str | None) -> Rendered:
    """Text written by staff, to anyone: it needs a body, and an e-mail a subject."""
    if not body:
        raise FieldValidationError("body", "write a message or name a template")
    if channel is Channel.EMAIL and not subject:
        raise FieldValidationError("subject", "an e-mail needs a subject")
    return Rendered(subject, body, channel)


def _clipped(rendered: Rendered) -> Rendered:
    if rendered.subject is None or len(rendered.subject) <= SUBJECT_LENGTH:
        return rendered
    return Rendered(rendered.subject[:SUBJECT_LENGTH], rendered.body, rendered.channel)
