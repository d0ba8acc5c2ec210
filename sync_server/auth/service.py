"""Login, refresh and logout: the rules, independent of HTTP.

Functions take the caller's session and never commit. A refused login still
has to persist its failure counter and audit row, so :func:`login` returns a
:class:`Refusal` instead of raising; the endpoint commits, then answers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import secrets
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.organisation import Device, User
from shared.domain.access import Principal
from sync_server import audit
from sync_server.auth.devices import identify_device
from sync_server.auth.passwords import verify_password
from sync_server.auth.tables import RefreshToken, UserCredential
from sync_server.auth.tokens import issue_access_token
from sync_server.config import ServerSettings


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    principal: Principal
    device: Device
    user: User


@dataclass(frozen=True)
class Refusal:
    """Why a login or refresh was refused; ``retry_after`` is set while locked."""

    message: str
    retry_after: int | None = None


def principal_of(user: User, device: Device | None) -> Principal:
    return Principal(
        user_id=user.id,
        role=user.role,
        hospital_id=user.hospital_id,
        owner_account_id=user.owner_account_id,
        device_id=device.id if device else None,
    )


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _issue(
    session: Session, settings: ServerSettings, user: User, device: Device
) -> tuple[TokenPair, RefreshToken]:
    raw = secrets.token_urlsafe(32)
    now = utcnow()
    row = RefreshToken(
        token_hash=_digest(raw),
        user_id=user.id,
        device_id=device.id,
        issued_at=now,
        expires_at=now + dt.timedelta(days=settings.refresh_token_days),
    )
    session.add(row)
    session.flush()
    principal = principal_of(user, device)
    access = issue_access_token(principal, settings, now=now)
    pair = TokenPair(access, raw, settings.access_token_minutes * 60, principal, device, user)
    return pair, row


def login(
    session: Session,
    settings: ServerSettings,
    *,
    username: str,
    password: str,
    device_id: uuid.UUID | None,
    device_name: str,
) -> TokenPair | Refusal:
    wanted = username.strip().lower()
    user = session.scalar(sa.select(User).where(sa.func.lower(User.username) == wanted))
    credential = session.get(UserCredential, user.id, with_for_update=True) if user else None
    now = utcnow()
    if user is None or credential is None or not user.is_active or user.deleted_at:
        verify_password(None, password)
        audit.record(session, None, "login_failed", "users", summary={"username": username[:80]})
        return Refusal("Wrong username or password.")
    if credential.locked_until and credential.locked_until > now:
        return _locked(session, user, credential.locked_until - now, "login_while_locked")
    if not verify_password(credential.password_hash, password):
        return _count_failure(session, settings, user, credential)
    credential.failed_attempts = 0
    credential.locked_until = None
    device = identify_device(session, user, device_id, device_name)
    pair, _ = _issue(session, settings, user, device)
    audit.record(session, pair.principal, "login", "devices", device.id)
    return pair


def _count_failure(
    session: Session, settings: ServerSettings, user: User, credential: UserCredential
) -> Refusal:
    credential.failed_attempts += 1
    actor = principal_of(user, None)
    audit.record(session, actor, "login_failed", "users", user.id)
    if credential.failed_attempts < settings.login_max_failures:
        return Refusal("Wrong username or password.")
    lock = dt.timedelta(minutes=settings.login_lock_minutes)
    credential.locked_until = utcnow() + lock
    credential.failed_attempts = 0
    return _locked(session, user, lock, "account_locked")


def _locked(session: Session, user: User, remaining: dt.timedelta, action: str) -> Refusal:
    audit.record(session, principal_of(user, None), action, "users", user.id)
    minutes = math.ceil(remaining.total_seconds() / 60)
    return Refusal(
        f"Too many failed sign-ins: this account is locked for {minutes} more minute(s).",
        retry_after=max(1, math.ceil(remaining.total_seconds())),
    )


def refresh(session: Session, settings: ServerSettings, raw: str) -> TokenPair | Refusal:
    """Rotate a refresh token; a reused (already rotated) token revokes the device's chain."""
    row = session.scalar(
        sa.select(RefreshToken).where(RefreshToken.token_hash == _digest(raw)).with_for_update()
    )
    now = utcnow()
    if row is None or row.expires_at <= now:
        return Refusal("The refresh token is invalid or expired. Sign in again.")
    if row.revoked_at is not None:
        if row.replaced_by_id is not None:
            _revoke_chain(session, row.user_id, row.device_id)
            audit.record(session, None, "refresh_reused", "devices", row.device_id)
        return Refusal("The refresh token was revoked. Sign in again.")
    user = session.get(User, row.user_id)
    device = session.get(Device, row.device_id)
    if user is None or not user.is_active or device is None or device.revoked_at is not None:
        return Refusal("This account or device can no longer sign in.")
    pair, successor = _issue(session, settings, user, device)
    row.revoked_at = now
    row.replaced_by_id = successor.id
    device.last_seen_at = now
    return pair


def _revoke_chain(session: Session, user_id: uuid.UUID, device_id: uuid.UUID) -> None:
    session.execute(
        sa.update(RefreshToken)
        .where(
            RefreshToken.user_id == user_id,
            RefreshToken.device_id == device_id,
            RefreshToken.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )


def logout(session: Session, principal: Principal) -> None:
    """Revoke every refresh token of this user on this device."""
    if principal.device_id is not None:
        _revoke_chain(session, principal.user_id, principal.device_id)
    audit.record(session, principal, "logout", "devices", principal.device_id)
