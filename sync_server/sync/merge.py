"""Applying one device mutation to the server's row: field-level merge and conflict records.

Per field, the mutation names the clock of the value it replaced
(``base_clocks``). If the server's clock for the field is still that one (or
the field was never written), nobody else changed it: the edit simply
applies. Otherwise two edits raced: the later hybrid-logical-clock timestamp
wins, and the losing value is kept in a ``sync_conflicts`` row that the
hospital's desks show in their Conflicts inbox, where staff can restore it.

Fields of a registry field group (a status and its reason, a start and its
end) merge as one unit: mixing two desks' halves gave an appointment ended
``no_show`` that carried a cancellation reason. A race over any field of a
group is won by the later clock of the group as a whole, and every field
the losing side had otherwise gets its conflict row, all stamped with the
two groups' clocks, so the inbox can restore the losing group whole.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from shared.db.models.sync import SyncConflict
from shared.sync.codec import encode_value, table_name_of
from shared.sync.protocol import Mutation
from shared.sync.registry import spec_for


@dataclass(frozen=True, slots=True)
class FieldLoss:
    field: str
    winning_value: Any
    winning_clock: str
    losing_value: Any
    losing_clock: str
    losing_device_id: uuid.UUID | None


def merge_fields(
    row: Any,
    values: dict[str, Any],
    mutation: Mutation,
    device_id: uuid.UUID,
    groups: tuple[frozenset[str], ...] | None = None,
) -> list[FieldLoss]:
    """Apply ``values`` to ``row`` unit by unit; returns the values that lost a race.

    A unit is one field, or one of the table's field groups (``groups``,
    the registry's by default): a group raced on any of its fields is won
    or lost whole, by the later of the mutation's clock and the newest clock
    among the group's fields on the row. Units are decided in the order the
    mutation names their first field.
    """
    if groups is None:
        spec = spec_for(table_name_of(row))
        groups = spec.field_groups if spec is not None else ()
    group_of = _group_index(groups)
    clocks: dict[str, str] = dict(row.field_clocks or {})
    losses: list[FieldLoss] = []
    done: set[frozenset[str]] = set()
    for field, value in values.items():
        unit = group_of.get(field)
        if unit is None:
            _merge_field(row, field, value, clocks, mutation, device_id, losses)
        elif unit not in done:
            done.add(unit)
            carried = {name: values[name] for name in unit if name in values}
            losses.extend(_merge_unit(row, unit, carried, clocks, mutation, device_id))
    row.field_clocks = clocks
    return losses


@functools.cache
def _group_index(groups: tuple[frozenset[str], ...]) -> dict[str, frozenset[str]]:
    """Field -> the (first) group it belongs to; a field in none merges alone."""
    index: dict[str, frozenset[str]] = {}
    for group in groups:
        for field in group:
            index.setdefault(field, group)
    return index


def _merge_field(
    row: Any,
    field: str,
    value: Any,
    clocks: dict[str, str],
    mutation: Mutation,
    device_id: uuid.UUID,
    losses: list[FieldLoss],
) -> None:
    """:func:`_merge_unit` for a unit of one field, without building the unit.

    Most edits touch no field group, and the push runs this per field.
    """
    theirs = clocks.get(field)
    if theirs is None or theirs == mutation.base_clocks.get(field):
        setattr(row, field, value)
        clocks[field] = mutation.hlc
        return
    current = getattr(row, field)
    if current == value:
        clocks[field] = max(mutation.hlc, theirs)
    elif mutation.hlc > theirs:
        setattr(row, field, value)
        clocks[field] = mutation.hlc
        losses.append(FieldLoss(field, value, mutation.hlc, current, theirs, None))
    else:
        losses.append(FieldLoss(field, current, theirs, value, mutation.hlc, device_id))


def _merge_unit(
    row: Any,
    unit: frozenset[str],
    values: dict[str, Any],
    clocks: dict[str, str],
    mutation: Mutation,
    device_id: uuid.UUID,
) -> list[FieldLoss]:
    """One field or group (``values``: what the mutation carries of ``unit``), decided whole.

    Applied when nobody else wrote it since the desk's copy, kept when both
    sides agree, otherwise won or lost by the newest clock of the unit.
    """
    concurrent = any(
        clocks.get(field) is not None and clocks[field] != mutation.base_clocks.get(field)
        for field in values
    )
    current = {field: getattr(row, field) for field in values}
    if not concurrent:
        _apply(row, values, clocks, mutation.hlc)
        return []
    if current == values:
        for field in values:
            clocks[field] = max(mutation.hlc, clocks.get(field) or "")
        return []
    theirs = max(clocks.get(field) or "" for field in unit)
    differing = [field for field in values if current[field] != values[field]]
    if mutation.hlc > theirs:
        _apply(row, values, clocks, mutation.hlc)
        return [FieldLoss(f, values[f], mutation.hlc, current[f], theirs, None) for f in differing]
    return [FieldLoss(f, current[f], theirs, values[f], mutation.hlc, device_id) for f in differing]


def _apply(row: Any, values: dict[str, Any], clocks: dict[str, str], hlc: str) -> None:
    for field, value in values.items():
        setattr(row, field, value)
        clocks[field] = hlc


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
