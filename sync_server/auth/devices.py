"""Device registration: a PC becomes known to the server at a manager's login.

A manager (or an owner, or an admin) signing in on an unknown PC registers it
to their hospital (or owner account) and the PC receives a short unique
``prefix`` for the patient numbers it issues offline. Front-desk staff and
clinicians can only sign in on a PC already registered to their hospital.

Device rows replicate like every other synced row: registration, revocation
and ``last_seen_at`` reach the change log as any session write does.
``last_seen_at`` moves only when it is at least :data:`SEEN_STEP` old: set on
every sign-in and token refresh, it would put a change-log entry into every
desk's feed each time any PC renews its token, for a value read at the hour's
precision anyway.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import as_utc, utcnow
from shared.db.models.organisation import Device, Hospital, User
from shared.domain.enums import Role
from shared.errors import NotFoundError, PermissionDeniedError
from sync_server.auth.tables import RefreshToken

REGISTRARS = frozenset({Role.ADMIN, Role.MANAGER, Role.OWNER})
#: How far ``last_seen_at`` must have fallen behind before it is moved (and published).
SEEN_STEP = dt.timedelta(hours=1)


class DeviceRevokedError(PermissionDeniedError):
    code = "device_revoked"
    http_status = 401


def identify_device(session: Session, user: User, device_id: uuid.UUID | None, name: str) -> Device:
    """The device this login happens on, registering it if the user may."""
    device = session.get(Device, device_id) if device_id else None
    if device is None:
        return _register(session, user, device_id, name)
    if device.revoked_at is not None:
        raise DeviceRevokedError("This device has been revoked. Ask a manager to register it.")
    if not _may_use(user, device):
        raise PermissionDeniedError("This PC is registered to another hospital.", field="device")
    mark_seen(session, device)
    return device


def mark_seen(session: Session, device: Device, now: dt.datetime | None = None) -> None:
    """The PC was just used: move ``last_seen_at`` (and tell the desks) once it is an hour old."""
    now = now or utcnow()
    if device.last_seen_at is not None and now - as_utc(device.last_seen_at) < SEEN_STEP:
        return
    device.last_seen_at = now


def _may_use(user: User, device: Device) -> bool:
    if user.role is Role.ADMIN:
        return True
    if user.role is Role.OWNER:
        return device.owner_account_id == user.owner_account_id
    return device.hospital_id is not None and device.hospital_id == user.hospital_id


def _register(session: Session, user: User, device_id: uuid.UUID | None, name: str) -> Device:
    if user.role not in REGISTRARS:
        raise PermissionDeniedError(
            "This PC is not registered yet: a manager must sign in on it first.", field="device"
        )
    hospital = session.get(Hospital, user.hospital_id) if user.hospital_id else None
    device = Device(
        name=name,
        prefix=_free_prefix(session, hospital.code if hospital else "PC"),
        hospital_id=user.hospital_id if user.role is Role.MANAGER else None,
        owner_account_id=user.owner_account_id if user.role is Role.OWNER else None,
        registered_by_id=user.id,
        last_seen_at=utcnow(),
    )
    if device_id is not None:
        device.id = device_id
    session.add(device)
    session.flush()
    return device


def _free_prefix(session: Session, code: str) -> str:
    """``<up to 3 letters of the hospital code><n>``, the first n not yet taken."""
    stem = re.sub(r"[^A-Z0-9]", "", code.upper())[:3] or "PC"
    taken = set(session.scalars(sa.select(Device.prefix).where(Device.prefix.like(f"{stem}%"))))
    n = 1
    while f"{stem}{n}" in taken:
        n += 1
    return f"{stem}{n}"


def revoke_device(session: Session, device_id: uuid.UUID) -> Device:
    """Cut a PC off: no refresh works for it and its access tokens stop at once."""
    device = session.get(Device, device_id)
    if device is None:
        raise NotFoundError("No such device.", field="device_id")
    now = utcnow()
    device.revoked_at = device.revoked_at or now
    session.execute(
        sa.update(RefreshToken)
        .where(RefreshToken.device_id == device_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return device
