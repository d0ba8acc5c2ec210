"""The unsubscribe link in marketing e-mail: one click, no login (NDPA 2023).

The link names our message id and carries an HMAC of it and the address, so
nobody can unsubscribe someone else by guessing ids.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from sync_server.config import ServerSettings


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
