"""Put a rendered message into the outbox (the ``messages`` table).

Attachments (an owner's PDF statement) are written under the data directory
by message id; the row names them so any worker can attach them at send time.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from shared.db.base import new_id
from shared.db.models import Message, MessageTemplate
from shared.domain.messaging.compose import content_fields, template_source
from shared.domain.messaging.templates import render
from sync_server.messaging.providers.base import Attachment

__all__ = ["content_fields", "load_attachments", "queue_message"]

#: Lower runs first: reminders before one-off messages before campaigns.
PRIORITY_REMINDER = 10
PRIORITY_DEFAULT = 100
PRIORITY_CAMPAIGN = 200


def queue_message(
    session: Session,
    *,
    template: MessageTemplate,
    address: str,
    values: Mapping[str, Any],
    priority: int = PRIORITY_DEFAULT,
    attachments: Sequence[Attachment] = (),
    attachments_dir: Path | None = None,
    **columns: Any,
) -> Message:
    """Render ``template`` (missing variables raise) and add the queued message.

    Rendering, WhatsApp content fields and the purpose (the template's) are the
    shared compose command's, so a job's message reads and is judged like one
    composed at a desk.
    """
    rendered = render(template_source(template), values)
    message = Message(
        id=new_id(),
        template_id=template.id,
        channel=template.channel,
        address=address,
        subject=rendered.subject,
        body=rendered.body,
        purpose=template.purpose,
        priority=priority,
        content_variables=content_fields(template, values),
        **columns,
    )
    if attachments:
        if attachments_dir is None:
            raise ValueError("attachments need a directory to live in")
        message.content_variables["_attachments"] = _store(attachments_dir, message.id, attachments)
    session.add(message)
    return message


def _store(folder: Path, message_id: uuid.UUID, items: Sequence[Attachment]) -> list[list[str]]:
    target = folder / str(message_id)
    target.mkdir(parents=True, exist_ok=True)
    for item in items:
        (target / Path(item.filename).name).write_bytes(item.content)
    return [[Path(item.filename).name, item.mime_type] for item in items]


def load_attachments(
    folder: Path, message_id: uuid.UUID, names: list[list[str]]
) -> tuple[Attachment, ...]:
    target = folder / str(message_id)
    return tuple(Attachment(name, (target / name).read_bytes(), mime) for name, mime in names)
