"""Login, refresh and logout: the rules, independent of HTTP.

Functions take the caller's session and never commit. A refused login still
has to persist its failure count and audit row, so :func:`login` returns a
:class:`Refusal` instead of raising; the endpoint commits, then answers.

A refusal never tells an unknown username from a known one, nor a right
password from a wrong one: an unknown or unusable account verifies a dummy
hash, and a right password on a PC the account may not use is answered as a
wrong one (and counted as one). Only a revoked PC is named, whatever the
password, because its holder already knows that.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.organisation import Device, User
from shared.domain.access import Principal
from shared.errors import PermissionDeniedError
from sync_server import audit
from sync_server.auth import refresh_tokens, throttle
from sync_server.auth.devices import identify_device, mark_seen
from sync_server.auth.passwords import set_password, verify_password
from sync_server.auth.sessions import end_sessions, revoke_refresh_tokens
from sync_server.auth.tables import RefreshToken, UserCredential
from sync_server.auth.tokens import issue_access_token
from sync_server.config import ServerSettings

WRONG = "Wrong username or password."
WRONG_ON_NEW_PC = (
    "Wrong username or password. On a PC that is not registered yet, a manager must sign in first."
)
REVOKED_PC = "This device has been revoked. Ask a manager to register it."


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
    """Why a login or refresh was refused; ``retry_after`` is set while the client must wait."""

    message: str
    retry_after: int | None = None


@dataclass(frozen=True)
class Attempt:
    """One sign-in as typed, and the address it came from."""

    username: str
    password: str
    device_id: uuid.UUID | None
    device_name: str
    client: str


def principal_of(user: User, device: Device | None) -> Principal:
    return Principal(
        user_id=user.id,
        role=user.role,
        hospital_id=user.hospital_id,
        owner_account_id=user.owner_account_id,
        device_id=device.id if device else None,
    )


def _pair(
    session: Session, settings: ServerSettings, user: User, device: Device, refresh: str
) -> TokenPair:
    credential = session.get(UserCredential, user.id)
    principal = principal_of(user, device)
    version = credential.token_version if credential else 0
    access = issue_access_token(principal, settings, version=version)
    return TokenPair(access, refresh, settings.access_token_minutes * 60, principal, device, user)


def login(session: Session, settings: ServerSettings, attempt: Attempt) -> TokenPair | Refusal:
    key = throttle.username_key(attempt.username)
    throttle.queue(session, key, attempt.client)
    now = utcnow()
    wait = throttle.wait_seconds(session, key, attempt.client, now)
    if wait:
        return Refusal(f"Too many failed sign-ins from here. Try again in {wait} s.", wait)
    device = session.get(Device, attempt.device_id) if attempt.device_id else None
    user, credential = _account(session, key)
    right = verify_password(credential.password_hash if credential else None, attempt.password)
    if device is not None and device.revoked_at is not None:
        return Refusal(REVOKED_PC)
    if user is None or not right:
        return _failed(session, settings, attempt, user, device, now)
    try:
        device = identify_device(session, user, attempt.device_id, attempt.device_name)
    except PermissionDeniedError:
        return _failed(session, settings, attempt, user, device, now)
    throttle.clear(session, key, attempt.client)
    pair = _pair(
        session, settings, user, device, refresh_tokens.issue(session, settings, user, device)
    )
    audit.record(session, pair.principal, "login", "devices", device.id)
    return pair


def _account(session: Session, key: str) -> tuple[User | None, UserCredential | None]:
    """The active account typed, with its credential; ``(None, None)`` for anything else."""
    user = session.scalar(sa.select(User).where(sa.func.lower(User.username) == key))
    if user is None or not user.is_active or user.deleted_at is not None:
        return None, None
    credential = session.get(UserCredential, user.id)
    return (user, credential) if credential is not None else (None, None)


def _failed(
    session: Session,
    settings: ServerSettings,
    attempt: Attempt,
    user: User | None,
    device: Device | None,
    now: dt.datetime,
) -> Refusal:
    throttle.record_failure(
        session, settings, throttle.username_key(attempt.username), attempt.client, now
    )
    actor = principal_of(user, None) if user else None
    summary = {"username": attempt.username[:80], "client": attempt.client[:64]}
    audit.record(
        session, actor, "login_failed", "users", user.id if user else None, summary=summary
    )
    return Refusal(WRONG if device is not None else WRONG_ON_NEW_PC)


@dataclass(frozen=True)
class PasswordChange:
    current: str
    new: str
    client: str


def change_password(
    session: Session, settings: ServerSettings, principal: Principal, change: PasswordChange
) -> Refusal | None:
    """Set a new password once the current one is proven; a wrong one counts as a failed sign-in."""
    user = session.get(User, principal.user_id)
    if user is None:
        return Refusal("This account can no longer sign in.")
    key = throttle.username_key(user.username)
    throttle.queue(session, key, change.client)
    now = utcnow()
    wait = throttle.wait_seconds(session, key, change.client, now)
    if wait:
        return Refusal(f"Too many failed sign-ins from here. Try again in {wait} s.", wait)
    credential = session.get(UserCredential, user.id)
    if not verify_password(credential.password_hash if credential else None, change.current):
        attempt = Attempt(user.username, change.current, None, "", change.client)
        _failed(session, settings, attempt, user, None, now)
        return Refusal("The current password is wrong.")
    set_password(session, user, change.new)
    audit.record(session, principal, "password_changed", "users", user.id)
    return None


def refresh(
    session: Session, settings: ServerSettings, raw: str, device_id: uuid.UUID | None
) -> TokenPair | Refusal:
    """Rotate a refresh token; see :mod:`sync_server.auth.refresh_tokens` for reuse and retries."""
    rotation = refresh_tokens.rotate(session, settings, raw, device_id)
    if isinstance(rotation, str):
        return Refusal(rotation)
    user, device = _still_usable(session, rotation.row)
    if user is None or device is None:
        revoke_refresh_tokens(session, rotation.row.user_id, device_id=rotation.row.device_id)
        return Refusal("This account or device can no longer sign in.")
    mark_seen(session, device)
    return _pair(session, settings, user, device, rotation.successor)


def _still_usable(session: Session, row: RefreshToken) -> tuple[User | None, Device | None]:
    user = session.get(User, row.user_id)
    device = session.get(Device, row.device_id)
    if user is None or not user.is_active or user.deleted_at is not None:
        return None, None
    if device is None or device.revoked_at is not None:
        return None, None
    return user, device


def logout(session: Session, principal: Principal) -> None:
    """End this sign-in: every access token of the user now, and this device's refresh tokens."""
    end_sessions(session, principal.user_id, device_id=principal.device_id)
    audit.record(session, principal, "logout", "devices", principal.device_id)
