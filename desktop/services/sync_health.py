"""What the status bar and the Sync health screen show: pending work and its problems.

Reads the outbox and sync state only; the sync engine owns writing them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.tables import OutboxMutation, SyncStateEntry

LAST_SYNC_KEY = "last_sync_at"


@dataclass(frozen=True, slots=True)
class Rejection:
    mutation_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    reason: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SyncHealth:
    pending: int
    rejections: tuple[Rejection, ...]
    last_sync_at: dt.datetime | None


def sync_health(session: Session) -> SyncHealth:
    pending = session.scalar(sa.select(sa.func.count()).where(OutboxMutation.acked_at.is_(None)))
    rejected = session.scalars(
        sa.select(OutboxMutation)
        .where(OutboxMutation.outcome == "rejected")
        .order_by(OutboxMutation.seq.desc())
        .limit(200)
    )
    last = session.get(SyncStateEntry, LAST_SYNC_KEY)
    return SyncHealth(
        pending=pending or 0,
        rejections=tuple(
            Rejection(r.mutation_id, r.table_name, r.row_id, r.reason or "", r.created_at)
            for r in rejected
        ),
        last_sync_at=dt.datetime.fromisoformat(last.value) if last and last.value else None,
    )
