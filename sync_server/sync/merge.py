"""Applying one device mutation to the server's row: field-level merge and conflict records.

Per field, the mutation names the clock of the value it replaced
(``base_clocks``). If the server's clock for the field is still that one (or
the field was never written), nobody else changed it: the edit simply
applies. Otherwise two edits raced: the later hybrid-logical-clock timestamp
wins, and the losing value is kept in a ``sync_conflicts`` row that the
hospital's desks show in their Conflicts inbox, where staff can restore it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from shared.db.models.sync import SyncConflict
from shared.sync.codec import encode_value
from shared.sync.protocol import Mutation
from sync_server.sync.changes import record_change


@dataclass(frozen=True, slots=True)
class FieldLoss:
    field: str
    winning_value: Any
    winning_clock: str
    losing_value: Any
    losing_clock: str
    losing_device_id: uuid.UUID | None


def merge_fields(
    row: Any, values: dict[str, Any], mutation: Mutation, device_id: uuid.UUID
) -> list[FieldLoss]:
    """Apply ``values`` to ``row`` field by field; returns the values that lost a race."""
    clocks: dict[str, str] = dict(row.field_clocks or {})
    losses: list[FieldLoss] = []
    for field, value in values.items():
        current = getattr(row, field)
        current_clock = clocks.get(field)
        concurrent = current_clock is not None and current_clock != mutation.base_clocks.get(field)
        if not concurrent:
            setattr(row, field, value)
            clocks[field] = mutation.hlc
        elif current == value:
            clocks[field] = max(mutation.hlc, current_clock or "")
        elif mutation.hlc > current_clock:  # type: ignore[operator]
            losses.append(FieldLoss(field, value, mutation.hlc, current, current_clock or "", None))
            setattr(row, field, value)
            clocks[field] = mutation.hlc
        else:
            losses.append(
                FieldLoss(field, current, current_clock or "", value, mutation.hlc, device_id)
            )
    row.field_clocks = clocks
    return losses


def record_losses(session: Session, table_name: str, row: Any, losses: list[FieldLoss]) -> None:
    """One conflict record per lost value, replicated to the row's hospital."""
    for loss in losses:
        conflict = SyncConflict(
            hospital_id=getattr(row, "hospital_id", None),
            table_name=table_name,
            row_id=row.id,
            field=loss.field,
            winning_value=encode_value(loss.winning_value),
            losing_value=encode_value(loss.losing_value),
            winning_clock=loss.winning_clock,
            losing_clock=loss.losing_clock,
            losing_device_id=loss.losing_device_id,
        )
        session.add(conflict)
        record_change(session, conflict, actor="sync")
