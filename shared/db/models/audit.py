"""The audit log: who did what to which record, from which device. Append-only."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.clock import utcnow
from shared.db.base import Base, new_id


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        sa.Index("ix_audit_log_entity", "entity", "entity_id"),
        sa.Index("ix_audit_log_occurred", "occurred_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor_user_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    device_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("devices.id"))
    hospital_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("hospitals.id"))
    action: Mapped[str] = mapped_column(sa.String(40))
    entity: Mapped[str] = mapped_column(sa.String(60))
    entity_id: Mapped[uuid.UUID | None]
    summary: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
