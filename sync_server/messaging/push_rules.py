"""What the server decides about a message a desk pushes, before it is stored.

A desk composes with the shared command, but what arrives is only a row, and
the desk may be on an old version, tampered with, or simply behind: the
patient may have opted out at another desk or by STOP since the message was
queued offline. So the server takes the purpose from the message's template
whatever the row says, and keeps a message that consent no longer covers as
``suppressed`` with its reason, where staff can see it and dispatch never
picks it up.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from shared.db.models import Message, MessageTemplate
from shared.domain.enums import Channel, MessagePurpose, MessageStatus
from sync_server.messaging.dispatch import suppression_reason
from sync_server.sync import rules


@dataclass(frozen=True, slots=True)
class _Pushed:
    patient_id: uuid.UUID | None
    address: str
    channel: Channel
    purpose: MessagePurpose


def register_push_hooks() -> None:
    rules.register(Message.__tablename__, before_insert=settle_pushed_message)


def settle_pushed_message(session: Session, values: dict[str, Any]) -> None:
    """Set the template's purpose on a pushed ``messages`` insert; suppress it if consent lapsed."""
    values["purpose"] = template_purpose(session, values.get("template_id"))
    channel, address = values.get("channel"), values.get("address")
    if channel is None or not address:
        return  # the insert itself is refused for the missing column
    pushed = _Pushed(values.get("patient_id"), address, channel, values["purpose"])
    reason = suppression_reason(session, pushed)
    if reason:
        values.update(
            status=MessageStatus.SUPPRESSED, error_code="suppressed", error_message=reason
        )


def template_purpose(session: Session, template_id: uuid.UUID | None) -> MessagePurpose:
    """The template's purpose; a message without one was written by staff, as on the API."""
    template = session.get(MessageTemplate, template_id) if template_id else None
    return template.purpose if template else MessagePurpose.TRANSACTIONAL
