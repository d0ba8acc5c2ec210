"""Refresh tokens: stored as their SHA-256, rotated on every use, and safe to retry.

Each use revokes the presented token and issues its successor, so a token
presented again after rotation reveals a copy: the device's whole chain is
revoked and the reuse audited as ``refresh_reused``.

On a bad hospital link the answer to a refresh is often lost, and the desk
retries with the token it still holds. So a rotated token presented again
from the same device within :data:`RETRY_WINDOW`, while its successor is
still unused, gets the same successor back instead of a revocation. That
needs the successor's raw value, which is never stored: it is derived as
``HMAC(signing key, parent's hash)``, so the server recomputes it from the
row it already has and checks it against the successor's stored hash. The
first token of a chain (at login) is random.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.organisation import Device, User
from sync_server import audit
from sync_server.auth.sessions import revoke_refresh_tokens
from sync_server.auth.tables import RefreshToken
from sync_server.config import ServerSettings

#: Longer than the desk's longest wait between sync rounds (5 minutes of backoff), so
#: a desk whose link drops right after a lost answer still gets its pair when the
#: link returns. It widens nothing for a thief: the retry needs the same device and an
#: unused successor, and whichever copy of that successor is used second is a reuse.
RETRY_WINDOW = dt.timedelta(minutes=10)
INVALID = "The refresh token is invalid or expired. Sign in again."
REVOKED = "The refresh token was revoked. Sign in again."


@dataclass(frozen=True)
class Rotation:
    """The token presented (locked) and the raw successor to hand back."""

    row: RefreshToken
    successor: str


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def successor_of(settings: ServerSettings, token_hash: str) -> str:
    """The raw successor of the token stored as ``token_hash``: the same every time."""
    message = b"refresh-successor:" + token_hash.encode()
    mac = hmac.new(settings.signing_key.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def issue(session: Session, settings: ServerSettings, user: User, device: Device) -> str:
    """Start a new chain for ``user`` on ``device`` (a login); returns the raw token."""
    raw = secrets.token_urlsafe(32)
    _store(session, settings, raw, user.id, device.id)
    return raw


def _store(
    session: Session, settings: ServerSettings, raw: str, user_id: uuid.UUID, device_id: uuid.UUID
) -> RefreshToken:
    now = utcnow()
    row = RefreshToken(
        token_hash=digest(raw),
        user_id=user_id,
        device_id=device_id,
        issued_at=now,
        expires_at=now + dt.timedelta(days=settings.refresh_token_days),
    )
    session.add(row)
    session.flush()
    return row


def rotate(
    session: Session, settings: ServerSettings, raw: str, device_id: uuid.UUID | None
) -> Rotation | str:
    """Rotate ``raw`` presented by ``device_id`` (None: a client that does not say).

    Returns the rotation, or the refusal's message.
    """
    row = session.scalar(
        sa.select(RefreshToken).where(RefreshToken.token_hash == digest(raw)).with_for_update()
    )
    now = utcnow()
    if row is None or row.expires_at <= now:
        return INVALID
    if device_id is not None and device_id != row.device_id:
        return _stolen(session, row, device_id)
    if row.revoked_at is None:
        return _next(session, settings, row, now)
    retry = _retry(session, settings, row, device_id, now)
    if retry is not None:
        return retry
    return _stolen(session, row, device_id) if row.replaced_by_id is not None else REVOKED


def _next(
    session: Session, settings: ServerSettings, row: RefreshToken, now: dt.datetime
) -> Rotation:
    raw = successor_of(settings, row.token_hash)
    successor = _store(session, settings, raw, row.user_id, row.device_id)
    row.revoked_at = now
    row.replaced_by_id = successor.id
    return Rotation(row, raw)


def _retry(
    session: Session,
    settings: ServerSettings,
    row: RefreshToken,
    device_id: uuid.UUID | None,
    now: dt.datetime,
) -> Rotation | None:
    """The same successor again, if this is the same device retrying a lost answer."""
    if device_id != row.device_id or row.replaced_by_id is None or row.revoked_at is None:
        return None
    if now - row.revoked_at > RETRY_WINDOW:
        return None
    successor = session.get(RefreshToken, row.replaced_by_id, with_for_update=True)
    if successor is None or successor.revoked_at is not None or successor.expires_at <= now:
        return None
    raw = successor_of(settings, row.token_hash)
    if not hmac.compare_digest(digest(raw), successor.token_hash):
        return None
    audit.record(session, None, "refresh_retried", "devices", row.device_id)
    return Rotation(row, raw)


def _stolen(session: Session, row: RefreshToken, presented_by: uuid.UUID | None) -> str:
    """A copy is in use: cut the chain of that user on that device, and say so in the audit log."""
    revoke_refresh_tokens(session, row.user_id, device_id=row.device_id)
    summary = {"presented_by": str(presented_by) if presented_by else None}
    audit.record(session, None, "refresh_reused", "devices", row.device_id, summary=summary)
    return REVOKED
