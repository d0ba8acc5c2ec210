"""Whether the holder of a valid access token still stands where the token says.

A signed token stays valid until it expires, but the account behind it may
have been deactivated, deleted, given another role or hospital, or signed out
since. Every authenticated request compares the token with the account as it
is now: the user's row, the token version on their credential and, for a
device token, the device. The answer is cached per user and device for
:data:`CACHE_SECONDS`, so a busy desk costs one primary-key lookup every few
seconds rather than one per request.

The cache is dropped in this process as soon as a transaction that changed a
standing commits (see :func:`mark_changed`, which ``end_sessions`` calls and
the flush hook below applies to ORM writes of the watched attributes, so a
device's ``last_seen_at`` does not empty it); a change made elsewhere
(another server process, a bulk statement) is seen within :data:`CACHE_SECONDS`.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from shared.db.models.organisation import Device, User
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.auth.tables import UserCredential
from sync_server.auth.tokens import AccessClaims

CACHE_SECONDS = 2.0
_MAX_ENTRIES = 10_000
_CHANGED = "auth_standing_changed"
#: The attributes a standing is made of; a flush changing none of them keeps the cache.
_WATCHED: dict[type, tuple[str, ...]] = {
    User: ("is_active", "deleted_at", "role", "hospital_id", "owner_account_id"),
    UserCredential: ("token_version",),
    Device: ("revoked_at",),
}


@dataclass(frozen=True)
class Standing:
    """The account and device as stored, reduced to what a token is compared with."""

    usable: bool
    role: Role | None
    hospital_id: uuid.UUID | None
    owner_account_id: uuid.UUID | None
    token_version: int
    device_usable: bool


class _Generation:
    """Counts committed changes to accounts in this process; a cached answer older is stale."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def bump(self) -> None:
        with self._lock:
            self.value += 1


_generation = _Generation()


class StandingCache:
    """A short-lived, process-wide memory of :class:`Standing` per (user, device)."""

    def __init__(self, ttl: float = CACHE_SECONDS) -> None:
        self._ttl = ttl
        self._entries: dict[tuple[uuid.UUID, uuid.UUID | None], tuple[float, int, Standing]] = {}

    def standing(self, sessions: sessionmaker[Session], principal: Principal) -> Standing:
        key = (principal.user_id, principal.device_id)
        generation, now = _generation.value, time.monotonic()
        cached = self._entries.get(key)
        if cached is not None and cached[1] == generation and now - cached[0] < self._ttl:
            return cached[2]
        with sessions() as session:
            fresh = load_standing(session, principal.user_id, principal.device_id)
        if len(self._entries) >= _MAX_ENTRIES:
            self._entries.clear()
        self._entries[key] = (now, generation, fresh)
        return fresh


def load_standing(session: Session, user_id: uuid.UUID, device_id: uuid.UUID | None) -> Standing:
    row = session.execute(
        sa.select(
            User.is_active,
            User.deleted_at,
            User.role,
            User.hospital_id,
            User.owner_account_id,
            sa.func.coalesce(UserCredential.token_version, 0),
            Device.id,
            Device.revoked_at,
        )
        .outerjoin(UserCredential, UserCredential.user_id == User.id)
        .outerjoin(Device, Device.id == device_id)
        .where(User.id == user_id)
    ).one_or_none()
    if row is None:
        return Standing(False, None, None, None, 0, device_id is None)
    active, deleted_at, role, hospital_id, owner_id, version, found, revoked_at = row
    device_usable = device_id is None or (found is not None and revoked_at is None)
    usable = bool(active) and deleted_at is None
    return Standing(usable, role, hospital_id, owner_id, int(version), device_usable)


def refusal(claims: AccessClaims, standing: Standing) -> str | None:
    """Why this token no longer speaks for its holder, in words for the person signed in."""
    principal = claims.principal
    if not standing.device_usable:
        return "This device has been revoked."
    if not standing.usable:
        return "This account can no longer sign in."
    if (standing.role, standing.hospital_id, standing.owner_account_id) != (
        principal.role,
        principal.hospital_id,
        principal.owner_account_id,
    ):
        return "Your role or hospital has changed: sign in again."
    if standing.token_version != claims.version:
        return "This sign-in has ended: sign in again."
    return None


def mark_changed(session: Session) -> None:
    """Have every cached standing in this process dropped once ``session`` commits."""
    session.info[_CHANGED] = True


def _changes_standing(obj: object, deleted: bool) -> bool:
    fields = _WATCHED.get(type(obj))
    if fields is None:
        return False
    state = instance_state(obj)
    return deleted or any(state.attrs[name].history.has_changes() for name in fields)


@event.listens_for(Session, "after_flush")
def _note_account_writes(session: Session, _context: Any) -> None:
    """An ORM write to a standing (the attribute history is still there after the flush)."""
    if any(_changes_standing(obj, False) for obj in session.dirty) or any(
        _changes_standing(obj, True) for obj in session.deleted
    ):
        mark_changed(session)


@event.listens_for(Session, "after_commit")
def _drop_cached_standings(session: Session) -> None:
    if session.info.pop(_CHANGED, False):
        _generation.bump()


@event.listens_for(Session, "after_rollback")
def _forget_mark(session: Session) -> None:
    session.info.pop(_CHANGED, None)
