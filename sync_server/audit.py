"""Audit rows: who did what to which record, from which device, and when.

Every write through sync or the API calls :func:`record` in the same
transaction as the change, so an audit row exists exactly when the change
does. Reading a patient's full record calls :func:`record_patient_read`.
The table is append-only: a database trigger (migration ``s0002_auth``)
rejects UPDATE, DELETE and TRUNCATE on ``audit_log``.

Usage::

    from sync_server import audit

    audit.record(session, principal, "update", "patients", patient.id,
                 hospital_id=patient.hospital_id, summary={"fields": ["phone"]})
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from shared.db.base import new_id
from shared.db.models.audit import AuditEntry
from shared.domain.access import Principal


def record(
    session: Session,
    principal: Principal | None,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None = None,
    *,
    hospital_id: uuid.UUID | None = None,
    summary: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Add one audit row to the caller's transaction (committed with the change)."""
    entry = AuditEntry(
        id=new_id(),
        actor_user_id=principal.user_id if principal else None,
        device_id=principal.device_id if principal else None,
        hospital_id=hospital_id if hospital_id is not None else _home(principal),
        action=action[:40],
        entity=entity[:60],
        entity_id=entity_id,
        summary=dict(summary or {}),
    )
    session.add(entry)
    return entry


def record_patient_read(
    session: Session, principal: Principal, patient_id: uuid.UUID, hospital_id: uuid.UUID
) -> AuditEntry:
    """Reading a full patient record is itself an auditable event (NDPA 2023)."""
    return record(session, principal, "read", "patients", patient_id, hospital_id=hospital_id)


def _home(principal: Principal | None) -> uuid.UUID | None:
    return principal.hospital_id if principal else None
