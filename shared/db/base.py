"""The declarative base, naming conventions and the columns every synced row carries.

Every synced row has a UUIDv7 primary key a desk can generate offline (time
ordered, so B-tree inserts stay local), ``created_at``/``updated_at`` in UTC,
and ``deleted_at`` as its soft-delete marker: a delete is an update that sets
it, so deletes replicate as tombstones like any other change.

Sync bookkeeping lives in two columns:

- ``server_seq``: the change-log sequence number of the last server change to
  the row (0 until the server has seen it). A client sends it back as the
  *base version* of an edit.
- ``field_clocks``: per field, the hybrid-logical-clock timestamp of the write
  that produced its current value, which decides concurrent same-field edits.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from uuid6 import uuid7

from shared.clock import utcnow
from shared.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """A UUIDv7 as a standard ``uuid.UUID``."""
    return uuid.UUID(bytes=uuid7().bytes)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        uuid.UUID: sa.Uuid(),
        dict[str, Any]: sa.JSON(),
        list[str]: sa.JSON(),
    }


class SyncedMixin:
    """Columns of every row that replicates between desks and the server.

    ``__sync__`` on the model class names how the row replicates (see
    ``shared.sync.registry``); the columns here are the same for all.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    server_seq: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    field_clocks: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict, server_default="{}")


def hospital_fk(*, nullable: bool = False) -> Mapped[Any]:
    return mapped_column(
        sa.ForeignKey("hospitals.id", ondelete="RESTRICT"), nullable=nullable, index=True
    )


def money_check(column: str, *, allow_negative: bool = False) -> sa.CheckConstraint:
    if allow_negative:
        return sa.CheckConstraint(f"{column} IS NOT NULL", name=f"{column}_present")
    return sa.CheckConstraint(f"{column} >= 0", name=f"{column}_not_negative")


def currency_check() -> sa.CheckConstraint:
    return sa.CheckConstraint("length(currency) = 3", name="currency_iso")
