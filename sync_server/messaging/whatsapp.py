"""WhatsApp's 24-hour customer-service window.

Free text may only go to someone who wrote to us in the last 24 hours;
outside it WhatsApp accepts only an approved content template. A free-text
WhatsApp message outside the window fails here, before the provider call, so
the reminder ladder can move on to SMS at once.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import DeliveryEvent, Message
from shared.domain.enums import Channel

WINDOW = dt.timedelta(hours=24)
OUTSIDE_WINDOW = "free text outside the 24-hour WhatsApp window needs an approved template"


def last_inbound(session: Session, address: str) -> dt.datetime | None:
    return session.scalar(
        sa.select(sa.func.max(DeliveryEvent.occurred_at))
        .join(Message, Message.id == DeliveryEvent.message_id)
        .where(
            Message.address == address,
            Message.channel == Channel.WHATSAPP,
            DeliveryEvent.event.in_(["responded", "opt_out"]),
        )
    )


def needs_template(session: Session, message: Message, now: dt.datetime) -> bool:
    """True for free-text WhatsApp to someone who has not written in the last 24 hours."""
    if message.channel is not Channel.WHATSAPP or (message.content_variables or {}).get(
        "_content_sid"
    ):
        return False
    seen = last_inbound(session, message.address)
    return seen is None or now - seen > WINDOW
