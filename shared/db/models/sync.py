"""Records sync itself produces and staff act on: lost same-field edits."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.db.base import Base, SyncedMixin, hospital_fk
from shared.db.types import enum_column
from shared.domain.enums import ConflictStatus


class SyncConflict(SyncedMixin, Base):
    """A value that lost a same-field race, kept so staff can restore it."""

    __tablename__ = "sync_conflicts"

    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    table_name: Mapped[str] = mapped_column(sa.String(60))
    row_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(sa.String(60))
    winning_value: Mapped[Any] = mapped_column(sa.JSON, nullable=True)
    losing_value: Mapped[Any] = mapped_column(sa.JSON, nullable=True)
    winning_clock: Mapped[str] = mapped_column(sa.String(64))
    losing_clock: Mapped[str] = mapped_column(sa.String(64))
    losing_device_id: Mapped[uuid.UUID | None]
    status: Mapped[ConflictStatus] = mapped_column(
        enum_column(ConflictStatus, name="status"), default=ConflictStatus.OPEN
    )
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
