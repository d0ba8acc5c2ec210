"""Server-only sync tables: the change log, per-device progress, rejected mutations.

The change log has one row per (scope, seq): a change that belongs to two
scopes (a contract is both the hospital's financials and its owner's) is
written twice with the same ``seq``, so each scope's feed is one index range.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.clock import utcnow
from shared.db.base import new_id
from sync_server.db.tables import ServerBase

#: Commit-ordered numbers for change-log rows (taken under the change-log lock).
CHANGE_SEQ = sa.Sequence("sync_change_seq", metadata=ServerBase.metadata)


class SyncChange(ServerBase):
    __tablename__ = "sync_changes"
    __table_args__ = (sa.Index("ix_sync_changes_seq", "seq"),)

    scope: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    seq: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    table_name: Mapped[str] = mapped_column(sa.String(60))
    row_id: Mapped[uuid.UUID]
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON)


class DeviceSyncProgress(ServerBase):
    """The last outbox number applied per device: the idempotency high-water mark."""

    __tablename__ = "sync_device_progress"

    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    last_applied_seq: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    last_push_at: Mapped[dt.datetime | None]
    last_pull_at: Mapped[dt.datetime | None]


class RejectedMutation(ServerBase):
    """A mutation refused for good: kept so staff and support can see why."""

    __tablename__ = "sync_rejections"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    device_id: Mapped[uuid.UUID] = mapped_column(index=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    device_seq: Mapped[int] = mapped_column(sa.BigInteger)
    table_name: Mapped[str] = mapped_column(sa.String(60))
    row_id: Mapped[uuid.UUID]
    code: Mapped[str] = mapped_column(sa.String(60))
    message: Mapped[str] = mapped_column(sa.String(500))
    mutation: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
