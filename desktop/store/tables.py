"""Tables only the desktop has: the sync outbox, sync state, cached logins.

On their own ``MetaData`` so the server never creates them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.clock import utcnow
from shared.db.base import NAMING_CONVENTION
from shared.db.types import UTCDateTime


class LocalBase(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        uuid.UUID: sa.Uuid(),
        dict[str, Any]: sa.JSON(),
    }


class OutboxMutation(LocalBase):
    """A local write waiting to reach the server, written in the same transaction as the row.

    ``seq`` numbers this device's mutations without gaps; the server keeps the
    last one it applied and skips repeats, which makes a re-sent batch harmless.
    Answered mutations stay as the desk's history, so the unanswered and the
    rejected ones have partial indexes: without them every push, status
    refresh and applied page scanned the whole history.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = (
        sa.Index("ix_sync_outbox_unacked", "seq", sqlite_where=sa.text("acked_at IS NULL")),
        sa.Index("ix_sync_outbox_rejected", "seq", sqlite_where=sa.text("outcome = 'rejected'")),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    table_name: Mapped[str] = mapped_column(sa.String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    op: Mapped[str] = mapped_column(sa.String(10))
    fields: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    #: Per changed field, the clock of the value this edit replaced: the server
    #: compares it with its own to tell a concurrent edit from a sequential one.
    base_clocks: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict, server_default="{}")
    base_version: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    hlc: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    pushed_at: Mapped[dt.datetime | None]
    acked_at: Mapped[dt.datetime | None]
    outcome: Mapped[str | None] = mapped_column(sa.String(20))
    reason_code: Mapped[str | None] = mapped_column(sa.String(60))
    reason: Mapped[str | None] = mapped_column(sa.String(500))
    #: Who made the change: staff share a PC, and its outbox may be pushed under the
    #: next person's token, so the server attributes each mutation by this.
    actor_user_id: Mapped[uuid.UUID | None]


class SyncStateEntry(LocalBase):
    """Key/value sync bookkeeping: cursor, device id, snapshot progress, last sync."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(sa.String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(sa.JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CachedLogin(LocalBase):
    """An argon2 verifier of a staff member's password, for offline login on this PC."""

    __tablename__ = "cached_logins"

    username: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    user_id: Mapped[uuid.UUID]
    full_name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[str] = mapped_column(sa.String(20))
    verifier: Mapped[str] = mapped_column(sa.String(200))
    last_online_login_at: Mapped[dt.datetime]
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
