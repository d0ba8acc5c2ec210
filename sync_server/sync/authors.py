"""Who made each pushed change: one audit row per applied mutation, naming its author.

Staff share front-desk PCs, and a PC's outbox may be pushed under the token
of whoever signed in last, so the token's user is not always the author.
Each mutation names the person signed in when it was made
(``Mutation.actor_user_id``). That claim comes from someone else's machine,
so it is believed only for an active user who may use the pushing device
(its hospital's staff, or the owner of an owner's device); any other claim,
and a mutation with none, is attributed to the token's user.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.base import new_id
from shared.db.models.audit import AuditEntry
from shared.db.models.organisation import Device, User
from shared.domain.access import Principal
from shared.sync.protocol import Mutation, MutationResult
from sync_server.sync.bulk import insert_rows


def record_authors(
    session: Session,
    principal: Principal,
    mutations: list[Mutation],
    results: list[MutationResult],
) -> None:
    """Add the batch's audit rows (one statement) to the push's transaction.

    One time for the whole batch: its rows are written in one transaction.
    """
    applied = [
        m
        for m, r in zip(mutations, results, strict=True)
        if r.outcome != "rejected" and r.code != "already_saved"
    ]
    if not applied:
        return
    device = session.get(Device, principal.device_id)
    hospital_id = device.hospital_id if device is not None else principal.hospital_id
    believed = _believed(session, device, {m.actor_user_id for m in applied} - {None})
    insert_rows(
        session,
        AuditEntry.metadata.tables[AuditEntry.__tablename__],
        [
            {
                "id": new_id(),
                "actor_user_id": m.actor_user_id
                if m.actor_user_id in believed
                else principal.user_id,
                "action": f"sync_{m.op}",
                "entity": m.table,
                "entity_id": m.row_id,
                "summary": {"fields": sorted(m.fields)},
            }
            for m in applied
        ],
        same={
            "occurred_at": utcnow(),
            "device_id": principal.device_id,
            "hospital_id": hospital_id,
        },
    )


def _believed(
    session: Session, device: Device | None, claimed: set[uuid.UUID | None]
) -> set[uuid.UUID]:
    """The claimed authors who are active users allowed on this device."""
    if not claimed or device is None:
        return set()
    scope = (
        User.hospital_id == device.hospital_id
        if device.hospital_id is not None
        else User.owner_account_id == device.owner_account_id
    )
    query = sa.select(User.id).where(
        User.id.in_(claimed), User.is_active.is_(True), User.deleted_at.is_(None), scope
    )
    return set(session.scalars(query))
