"""The unsubscribe link in marketing e-mail: one click, no login (NDPA 2023).

The link names our message id and carries an HMAC of it and the address, so
nobody can unsubscribe someone else by guessing ids. The first click queues
one transactional e-mail confirming it (``unsubscribe_confirmation``).
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from sqlalchemy.orm import Session

from shared.db.models import Hospital, Message
from shared.domain.enums import Channel, Language
from shared.domain.messaging.senders import UNSUBSCRIBE_CONFIRMATION
from shared.errors import FieldValidationError
from sync_server.config import ServerSettings
from sync_server.messaging.outbox import queue_message
from sync_server.messaging.templates import find_template


def signature(settings: ServerSettings, message_id: uuid.UUID, address: str) -> str:
    text = f"unsubscribe:{message_id}:{address.lower()}".encode()
    return hmac.new(settings.signing_key.encode(), text, hashlib.sha256).hexdigest()[:32]


def unsubscribe_url(settings: ServerSettings, message_id: uuid.UUID, address: str) -> str:
    base = settings.public_base_url.rstrip("/")
    sig = signature(settings, message_id, address)
    return f"{base}/api/webhooks/unsubscribe/{message_id}?sig={sig}"


def is_valid(settings: ServerSettings, message_id: uuid.UUID, address: str, sig: str) -> bool:
    """Whether ``sig`` is this link's signature; any other text (even non-ASCII) is not.

    Compared as bytes: ``compare_digest`` raises on non-ASCII ``str``, which
    turned a mangled link into a 500.
    """
    expected = signature(settings, message_id, address).encode()
    return hmac.compare_digest(expected, sig.encode("utf-8", "replace"))


def queue_confirmation(session: Session, message: Message) -> Message | None:
    """The e-mail saying the unsubscribe worked; none when the template was removed."""
    try:
        template = find_template(session, UNSUBSCRIBE_CONFIRMATION, Channel.EMAIL, Language.ENGLISH)
    except FieldValidationError:
        return None
    hospital = session.get(Hospital, message.hospital_id) if message.hospital_id else None
    return queue_message(
        session,
        template=template,
        address=message.address,
        values={"hospital_name": hospital.name if hospital else "GrandPro"},
        hospital_id=message.hospital_id,
        patient_id=message.patient_id,
        owner_account_id=message.owner_account_id,
    )
