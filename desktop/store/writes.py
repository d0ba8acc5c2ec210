"""The one local write API: every change to synced data goes through :class:`LocalWriter`.

A write changes the row *and* appends its mutation to the outbox in the same
SQLite transaction, so a crash can never keep one without the other. The
caller owns the transaction::

    with sessions.begin() as session:
        writer = LocalWriter(session, device_id=device_id, clock=clock)
        patient = writer.insert(Patient, hospital_id=h, patient_number="IK01-000042", ...)
        writer.update(patient, phone="+2348031234567")
        writer.delete(appointment)  # a tombstone: sets deleted_at

Each written field is stamped with a fresh hybrid-logical-clock timestamp in
``field_clocks``; the mutation also carries the clocks of the values it
replaced (``base_clocks``), which is how the server tells a concurrent edit
(a conflict to record) from a sequential one. An edit of one field of a
registry field group (a status and its reason) carries the whole group.
Server-owned tables and fields are refused here, before the user's work
could be queued for a certain rejection, and so is a row the table's
validator (``TableSpec.validator``) refuses: the push runs the same
validator on the same merged row, so a row saved here is one it accepts.
The writer remembers every table it changed (:meth:`LocalWriter.changes`),
which the GUI announces after commit.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from desktop.store.changes import OUTBOX, Changes
from desktop.store.tables import OutboxMutation
from shared.clock import HybridLogicalClock, utcnow
from shared.db.base import new_id
from shared.errors import FieldValidationError, PermissionDeniedError
from shared.sync.codec import column_names, encode_mapping
from shared.sync.registry import SYNC_COLUMNS, Policy, TableSpec, spec_for
from shared.sync.validators import MergedRow

T = TypeVar("T")


class LocalWriter:
    """Writes synced rows and their outbox mutations together (the caller commits).

    It is the desk's :class:`shared.domain.writer.Writer`: a shared command
    reads through :meth:`get` and :meth:`select` in the same session, so it
    sees what it wrote a line earlier in the same transaction.
    """

    def __init__(
        self,
        session: Session,
        *,
        device_id: uuid.UUID,
        clock: HybridLogicalClock,
        actor: uuid.UUID | None = None,
    ) -> None:
        self.session = session
        self.device_id = device_id
        self.clock = clock
        #: The signed-in person, recorded on every mutation queued (see ``OutboxMutation``).
        self.actor = actor
        self._tables: set[str] = set()

    def changes(self) -> Changes:
        """The tables written so far, with the outbox that queued them; empty when none was."""
        if not self._tables:
            return Changes()
        return Changes.of(self._tables | {OUTBOX})

    def get(self, model: type[T], row_id: uuid.UUID) -> T | None:
        return self.session.get(model, row_id)

    def select(self, query: Select[tuple[T]]) -> Sequence[T]:
        return self.session.scalars(query).all()

    def insert(self, model: type[T], **fields: Any) -> T:
        """Create a row (``id`` is generated unless given) and queue it for the server."""
        spec = _writable_spec(model)
        fields.setdefault("id", new_id())
        self._validate(spec, None, fields)
        row = model(**fields)
        self.session.add(row)
        self.session.flush()  # applies column defaults, so the mutation carries them
        values = {n: getattr(row, n) for n in column_names(spec.name) if n not in SYNC_COLUMNS}
        values = {k: v for k, v in values.items() if k not in spec.server_fields or k in fields}
        hlc = self.clock.now()
        row.field_clocks = dict.fromkeys(values, hlc)  # type: ignore[attr-defined]
        self._queue(spec, row, "upsert", values, {}, hlc)
        return row

    def update(self, row: T, **fields: Any) -> T:
        """Change some fields of a row; unchanged values queue nothing."""
        spec = _writable_spec(type(row))
        if spec.policy is Policy.APPEND_ONLY:
            raise PermissionDeniedError(f"{spec.name} records cannot be changed once saved.")
        return self._change(spec, row, fields, "upsert")

    def delete(self, row: T) -> T:
        """Delete a row as a tombstone (``deleted_at``), which replicates like an edit."""
        spec = _writable_spec(type(row))
        if spec.policy is Policy.APPEND_ONLY:
            raise PermissionDeniedError(f"{spec.name} records cannot be deleted.")
        return self._change(spec, row, {"deleted_at": utcnow()}, "delete")

    def _change(self, spec: TableSpec, row: T, fields: dict[str, Any], op: str) -> T:
        _check_fields(spec, fields)
        changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if not changed:
            return row
        changed = _whole_groups(spec, row, changed)
        self._validate(spec, row, changed)
        clocks: dict[str, str] = dict(row.field_clocks or {})  # type: ignore[attr-defined]
        base_clocks = {k: clocks.get(k) for k in changed}
        hlc = self.clock.now()
        for key, value in changed.items():
            setattr(row, key, value)
            clocks[key] = hlc
        row.field_clocks = clocks  # type: ignore[attr-defined]
        row.updated_at = utcnow()  # type: ignore[attr-defined]
        self._queue(spec, row, op, changed, base_clocks, hlc)
        return row

    def _validate(self, spec: TableSpec, row: Any, values: dict[str, Any]) -> None:
        """The push's check of the row as it will be stored: all of a new row, an edit's fields."""
        if spec.validator is None:
            return
        if row is None:
            spec.validator(MergedRow(spec.name, None, values))
        else:
            spec.validator(MergedRow(spec.name, row, values), frozenset(values))

    def _queue(
        self,
        spec: TableSpec,
        row: Any,
        op: str,
        values: dict[str, Any],
        base_clocks: dict[str, Any],
        hlc: str,
    ) -> None:
        self._tables.add(spec.name)
        self.session.add(
            OutboxMutation(
                mutation_id=new_id(),
                table_name=spec.name,
                row_id=row.id,
                op=op,
                fields=encode_mapping(values),
                base_clocks=base_clocks,
                base_version=row.server_seq or 0,
                hlc=hlc,
                actor_user_id=self.actor,
            )
        )
        self.session.flush()


def _whole_groups(spec: TableSpec, row: Any, changed: dict[str, Any]) -> dict[str, Any]:
    """The edit with every field of each touched group: the server merges groups as one unit.

    A group member the edit leaves alone travels with its current value and
    is stamped with the edit's clock, so a racing edit of the same group on
    another desk is decided against the whole of this one.
    """
    out = dict(changed)
    for name in changed:
        for sibling in spec.group_of(name) - out.keys():
            out[sibling] = getattr(row, sibling)
    return out


def _writable_spec(model: type[Any]) -> TableSpec:
    table_name = sa.inspect(model).local_table.name
    spec = spec_for(table_name)
    if spec is None or not spec.client_writable:
        raise PermissionDeniedError(f"{table_name} is maintained by the server and is read-only.")
    return spec


def _check_fields(spec: TableSpec, fields: dict[str, Any]) -> None:
    known = set(column_names(spec.name))
    for name in fields:
        if name not in known:
            raise FieldValidationError(name, f"{spec.name} has no field {name}.")
        if name in SYNC_COLUMNS or name in spec.server_fields:
            raise FieldValidationError(name, f"{name} is set by the server, not at the desk.")
