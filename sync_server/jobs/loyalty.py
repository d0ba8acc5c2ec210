"""Daily loyalty expiry: lapsed points become one ``expire`` ledger row per patient.

The FIFO arithmetic is ``shared.domain.loyalty.points_to_expire``; this job
finds the patients with lapsed earn rows, writes what has lapsed and is not
used up yet (earlier expiries count as used), and records each new row in
the change log so the desks' balances follow.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models.loyalty import LoyaltyLedgerEntry
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import points_to_expire
from sync_server import audit
from sync_server.config import ServerSettings
from sync_server.sync.changes import set_actor


def _patients_with_lapsed_points(session: Session, now: dt.datetime) -> list[uuid.UUID]:
    stmt = (
        sa.select(LoyaltyLedgerEntry.patient_id)
        .where(
            LoyaltyLedgerEntry.kind == LedgerKind.EARN,
            LoyaltyLedgerEntry.expires_at <= now,
            LoyaltyLedgerEntry.deleted_at.is_(None),
        )
        .distinct()
    )
    return list(session.scalars(stmt))


def expire_patient(session: Session, patient_id: uuid.UUID, now: dt.datetime) -> int:
    """Expire what is due for one patient; returns the points expired now."""
    entries = list(
        session.scalars(
            sa.select(LoyaltyLedgerEntry)
            .where(
                LoyaltyLedgerEntry.patient_id == patient_id,
                LoyaltyLedgerEntry.deleted_at.is_(None),
            )
            .with_for_update()
        )
    )
    # points_to_expire already counts earlier expire rows as used points
    due = min(points_to_expire(entries, now), sum(e.points for e in entries))
    if due <= 0:
        return 0
    row = LoyaltyLedgerEntry(
        hospital_id=entries[0].hospital_id,
        patient_id=patient_id,
        kind=LedgerKind.EXPIRE,
        points=-due,
        reason="Points expired",
        reference_type="loyalty_expiry",
        occurred_at=now,
    )
    session.add(row)
    audit.record(session, None, "expire", "loyalty_ledger", row.id, hospital_id=row.hospital_id)
    return due


def expire_points(session: Session, settings: ServerSettings, now: dt.datetime) -> str:
    """The ``loyalty_expiry`` schedule's handler."""
    del settings
    set_actor(session, "job:loyalty_expiry")
    patients = _patients_with_lapsed_points(session, now)
    total = sum(expire_patient(session, patient_id, now) for patient_id in patients)
    return f"expired {total} points for {len(patients)} patients"
