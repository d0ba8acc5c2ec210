"""The Conflicts inbox: values that lost a same-field race, for staff to restore or let go.

The server records each lost value as a ``sync_conflicts`` row, which reaches
every desk of the hospital by sync. Only its ``status`` is the desk's to
change (the details are server fields), so resolving a conflict is an
ordinary local write that replicates like any other; restoring also writes
the lost value back to its record, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.db.models import SyncConflict
from shared.domain.enums import ConflictStatus
from shared.errors import ConflictError, NotFoundError
from shared.sync.codec import decode_row, model_of
from shared.sync.registry import spec_for


@dataclass(frozen=True, slots=True)
class OpenConflict:
    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    field: str
    kept: Any
    lost: Any
    created_at: dt.datetime


def open_conflicts(session: Session, *, limit: int = 200) -> tuple[OpenConflict, ...]:
    """Newest first: the race staff are most likely to remember comes first."""
    rows = session.scalars(
        sa.select(SyncConflict)
        .where(SyncConflict.status == ConflictStatus.OPEN, SyncConflict.deleted_at.is_(None))
        .order_by(SyncConflict.created_at.desc(), SyncConflict.id.desc())
        .limit(limit)
    )
    return tuple(
        OpenConflict(
            c.id, c.table_name, c.row_id, c.field, c.winning_value, c.losing_value, c.created_at
        )
        for c in rows
    )


def restore_lost_value(session: Session, writer: LocalWriter, *, conflict_id: uuid.UUID) -> None:
    """Write the losing value back to its field, then mark the conflict restored."""
    conflict = _open(session, conflict_id)
    row = session.get(model_of(conflict.table_name), conflict.row_id)
    if row is None:
        raise NotFoundError("The record this conflict is about is not on this desk yet.")
    race = _same_race(session, conflict)
    value = decode_row(conflict.table_name, {c.field: c.losing_value for c in race})
    writer.update(row, **value)
    for lost in race:
        writer.update(lost, status=ConflictStatus.RESTORED)


def keep_current(session: Session, writer: LocalWriter, *, conflict_id: uuid.UUID) -> None:
    """The kept value stands; the conflict (with the rest of its field group) leaves the inbox."""
    for lost in _same_race(session, _open(session, conflict_id)):
        writer.update(lost, status=ConflictStatus.DISMISSED)


def _same_race(session: Session, conflict: SyncConflict) -> list[SyncConflict]:
    """The open conflicts one lost field group left (the conflict itself outside a group).

    The server records a lost group as one conflict per field, all with the
    two groups' clocks; restoring only one of them would bring back half a
    group, a mix neither desk wrote.
    """
    spec = spec_for(conflict.table_name)
    group = spec.group_of(conflict.field) if spec is not None else {conflict.field}
    query = sa.select(SyncConflict).where(
        SyncConflict.table_name == conflict.table_name,
        SyncConflict.row_id == conflict.row_id,
        SyncConflict.winning_clock == conflict.winning_clock,
        SyncConflict.losing_clock == conflict.losing_clock,
        SyncConflict.field.in_(group),
        SyncConflict.status == ConflictStatus.OPEN,
        SyncConflict.deleted_at.is_(None),
    )
    return list(session.scalars(query))


def _open(session: Session, conflict_id: uuid.UUID) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.deleted_at is not None:
        raise NotFoundError("That conflict is no longer on this desk.", field="conflict")
    if conflict.status is not ConflictStatus.OPEN:
        raise ConflictError("That conflict was already resolved.", field="conflict")
    return conflict
