"""Audit rows: who did what to which record, from which device, and when.

Every write through sync or the API calls :func:`record` in the same
transaction as the change, so an audit row exists exactly when the change
does. Reading a patient's full record calls :func:`record_patient_read`,
reading a page of a patient's history :func:`record_list_read`, and a
refused request (401/403) :func:`record_denied`.
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


def record_list_read(
    session: Session,
    principal: Principal,
    entity: str,
    patient_id: uuid.UUID,
    hospital_id: uuid.UUID,
    *,
    rows: int,
    offset: int,
) -> AuditEntry:
    """One row per list read of a patient's history (messages, loyalty), not one per item.

    The history shows what the patient was told and what they bought, as
    sensitive as the profile; the page read is recorded so a bulk scrape
    through paging is visible.
    """
    return record(
        session,
        principal,
        "list",
        entity,
        patient_id,
        hospital_id=hospital_id,
        summary={"patient_id": str(patient_id), "rows": rows, "offset": offset},
    )


def record_denied(
    session: Session,
    principal: Principal | None,
    *,
    method: str,
    route: str,
    status: int,
    earlier: int,
) -> AuditEntry:
    """A request refused with 401 or 403; ``earlier`` counts like refusals not given a row.

    Callers write at most one row per caller and route per window (see
    ``sync_server.api.denials``), so a flood of refusals cannot flood the table.
    """
    summary = {"method": method, "route": route, "status": status, "earlier_denials": earlier}
    return record(session, principal, "denied", "requests", summary=summary)


def _home(principal: Principal | None) -> uuid.UUID | None:
    return principal.hospital_id if principal else None
