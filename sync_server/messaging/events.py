"""Apply provider status reports: idempotent, and in any order.

Each report is stored once per provider event id (a replay inserts nothing
and changes nothing). Status only moves forward along sent < delivered <
read; a late "sent" never drags a delivered message back, and a failure does
not overwrite a delivery the handset already confirmed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from shared.db.models import CampaignRecipient, DeliveryEvent, Message, Patient, Suppression
from shared.domain.enums import (
    Channel,
    MessageStatus,
    RecipientStatus,
    SuppressionReason,
    SuppressionScope,
)

_RANK = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.SENT: 2,
    MessageStatus.FAILED: 3,
    MessageStatus.UNDELIVERABLE: 3,
    MessageStatus.DELIVERED: 4,
    MessageStatus.READ: 5,
}
_RECIPIENT_RANK = {
    RecipientStatus.QUEUED: 0,
    RecipientStatus.SENT: 1,
    RecipientStatus.FAILED: 2,
    RecipientStatus.DELIVERED: 3,
    RecipientStatus.OPENED: 4,
    RecipientStatus.CLICKED: 5,
}
#: What each reported event means for the message and its campaign recipient.
EVENT_EFFECT: dict[str, tuple[MessageStatus | None, RecipientStatus | None]] = {
    "sent": (MessageStatus.SENT, RecipientStatus.SENT),
    "delivered": (MessageStatus.DELIVERED, RecipientStatus.DELIVERED),
    "read": (MessageStatus.READ, RecipientStatus.OPENED),
    "opened": (MessageStatus.READ, RecipientStatus.OPENED),
    "clicked": (MessageStatus.READ, RecipientStatus.CLICKED),
    "failed": (MessageStatus.FAILED, RecipientStatus.FAILED),
    "undelivered": (MessageStatus.UNDELIVERABLE, RecipientStatus.FAILED),
    "bounced": (MessageStatus.UNDELIVERABLE, RecipientStatus.FAILED),
    "opt_out": (None, None),
    "responded": (None, None),
}


def record_event(
    session: Session,
    *,
    provider: str,
    event_id: str,
    event: str,
    message_id: uuid.UUID | None,
    at: dt.datetime,
    payload: dict[str, Any],
) -> bool:
    """Store the event once and apply it; False when it was already seen."""
    stored = session.execute(
        insert(DeliveryEvent)
        .values(
            id=uuid.uuid4(),
            provider=provider,
            provider_event_id=event_id,
            event=event,
            message_id=message_id,
            occurred_at=at,
            payload=payload,
        )
        .on_conflict_do_nothing(index_elements=["provider", "provider_event_id"])
        .returning(DeliveryEvent.id)
    ).first()
    if stored is None:
        return False
    message = session.get(Message, message_id, with_for_update=True) if message_id else None
    if message is not None:
        apply_event(session, message, event, at)
    return True


def apply_event(session: Session, message: Message, event: str, at: dt.datetime) -> None:
    status, recipient_status = EVENT_EFFECT.get(event, (None, None))
    if status is not None and _RANK[status] > _RANK.get(message.status, 0):
        message.status = status
    if status in (MessageStatus.DELIVERED, MessageStatus.READ):
        message.delivered_at = message.delivered_at or at
    if status is MessageStatus.READ:
        message.read_at = message.read_at or at
    if status is not None:
        message.sent_at = message.sent_at or at
    if message.campaign_id is not None:
        _apply_recipient(session, message, event, recipient_status)


def _apply_recipient(
    session: Session, message: Message, event: str, status: RecipientStatus | None
) -> None:
    recipient = session.scalars(
        sa.select(CampaignRecipient).where(CampaignRecipient.message_id == message.id)
    ).first()
    if recipient is None:
        return
    if event == "responded":
        recipient.responded = True
    if status is not None and _RECIPIENT_RANK[status] > _RECIPIENT_RANK.get(recipient.status, -1):
        recipient.status = status


def suppress(
    session: Session,
    *,
    address: str,
    channel: Channel | None,
    reason: SuppressionReason,
    scope: SuppressionScope = SuppressionScope.ALL,
    note: str | None = None,
) -> None:
    """Add an opt-out unless an active one already covers it (honoured at the next claim).

    The row without a hospital is the server's (dispatch checks every row by
    address) and never leaves it; each hospital with a patient using the
    address gets its own row, which reaches that hospital's devices only, so
    no device ever holds other hospitals' opt-outs or a list of all numbers.
    """
    column = Suppression.channel
    same_channel = column.is_(None) if channel is None else column == channel
    held = set(
        session.scalars(
            sa.select(Suppression.hospital_id).where(
                Suppression.address == address,
                Suppression.lifted_at.is_(None),
                same_channel,
                Suppression.scope == scope,
            )
        )
    )
    for hospital_id in {None, *_hospitals_using(session, address)} - held:
        row = Suppression(
            address=address,
            channel=channel,
            reason=reason,
            scope=scope,
            note=note,
            hospital_id=hospital_id,
        )
        session.add(row)


def _hospitals_using(session: Session, address: str) -> set[uuid.UUID]:
    """Hospitals with a live patient whose phone or e-mail is ``address``."""
    uses = sa.or_(Patient.phone == address, sa.func.lower(Patient.email) == address.lower())
    query = sa.select(Patient.hospital_id.distinct()).where(uses, Patient.deleted_at.is_(None))
    return set(session.scalars(query))


def latest_message_to(session: Session, address: str, channel: Channel) -> Message | None:
    return session.scalars(
        sa.select(Message)
        .where(Message.address == address, Message.channel == channel)
        .order_by(Message.created_at.desc())
        .limit(1)
    ).first()
