"""Who and where this desk is: device, patient-number prefix, hospital.

The sync engine records the device's registration in ``sync_state``; a
standalone "offline only" clinic gets a local identity on first run so its
writes are still queued and numbered without collisions.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.tables import SyncStateEntry
from shared.db.models import Hospital, OwnerAccount
from shared.domain.enums import Role

SESSION_KEY = "session"
DEVICE_ID_KEY = "device_id"
PREFIX_KEY = "device_prefix"


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    device_id: uuid.UUID
    prefix: str


def _state(session: Session, key: str) -> object | None:
    entry = session.get(SyncStateEntry, key)
    return entry.value if entry is not None else None


def desk_identity(session: Session) -> DeskIdentity:
    """This desk's identity; the caller commits.

    A device registered by signing in (the ``session`` entry ``hmso-client
    login`` writes) is used as registered; otherwise a local identity is
    created once and kept.
    """
    registered = _state(session, SESSION_KEY)
    if isinstance(registered, dict) and registered.get("device_id"):
        return DeskIdentity(
            uuid.UUID(str(registered["device_id"])), str(registered["device_prefix"])
        )
    device_id = _state(session, DEVICE_ID_KEY)
    if device_id is None:
        device_id = str(uuid.uuid4())
        session.add(SyncStateEntry(key=DEVICE_ID_KEY, value=device_id))
    prefix = _state(session, PREFIX_KEY)
    if prefix is None:
        prefix = "L" + secrets.token_hex(2).upper()
        session.add(SyncStateEntry(key=PREFIX_KEY, value=prefix))
    return DeskIdentity(uuid.UUID(str(device_id)), str(prefix))


def desk_hospital(session: Session) -> uuid.UUID | None:
    """The hospital this desk serves: the one its first sync (or setup) brought down."""
    return session.scalar(
        sa.select(Hospital.id).where(Hospital.deleted_at.is_(None)).order_by(Hospital.created_at)
    )


def desk_hospital_name(session: Session) -> str:
    hospital_id = desk_hospital(session)
    hospital = session.get(Hospital, hospital_id) if hospital_id is not None else None
    return hospital.name if hospital is not None else "GrandPro CRM"


def signed_in_place(session: Session, role: str) -> str:
    """Where the page header says the user is: the owner's name on an owner's device,
    else this desk's hospital; blank until the first sync brought either down."""
    if role == Role.OWNER:
        owner = session.scalars(
            sa.select(OwnerAccount.display_name)
            .where(OwnerAccount.deleted_at.is_(None))
            .order_by(OwnerAccount.created_at)
        ).first()
        return owner or ""
    hospital_id = desk_hospital(session)
    hospital = session.get(Hospital, hospital_id) if hospital_id is not None else None
    return hospital.name if hospital is not None else ""
