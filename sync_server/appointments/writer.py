"""The server's :class:`shared.domain.writer.Writer`: permission, the row validator, audit.

A REST endpoint hands this to a shared command, so the API decides exactly
as the desk does. Each write is checked against the permission matrix for
the row's hospital, runs the table's row validator (the one the desk and
the push run) on the row as it will be stored, and is audited as the
signed-in person. The change log needs nothing here: the session's
``before_flush`` listener (``sync_server.sync.changes``) writes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from shared.clock import utcnow
from shared.domain.access import Action, Principal, can, require
from shared.errors import PermissionDeniedError
from shared.sync.registry import TableSpec, spec_for
from shared.sync.validators import MergedRow
from sync_server import audit

T = TypeVar("T")


class TrackedWriter:
    """Writes rows in the caller's transaction as ``principal`` (the caller commits).

    With no principal it is the server's own writer (:func:`system_writer`).
    """

    def __init__(self, session: Session, principal: Principal | None) -> None:
        self.session = session
        self.principal = principal

    def insert(self, model: type[T], **fields: Any) -> T:
        spec = _spec(model)
        self._allow(spec, fields.get("hospital_id"))
        if spec.validator is not None:
            spec.validator(MergedRow(spec.name, None, fields))
        row = model(**fields)
        self.session.add(row)
        self.session.flush()
        self._audit("create", spec, row)
        return row

    def update(self, row: T, **fields: Any) -> T:
        spec = _spec(type(row))
        self._allow(spec, getattr(row, "hospital_id", None))
        changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if not changed:
            return row
        if spec.validator is not None:
            spec.validator(MergedRow(spec.name, row, changed), frozenset(changed))
        for name, value in changed.items():
            setattr(row, name, value)
        self.session.flush()
        self._audit("update", spec, row, sorted(changed))
        return row

    def delete(self, row: T) -> T:
        """A tombstone, like every replicated delete."""
        return self.update(row, deleted_at=utcnow())

    def get(self, model: type[T], row_id: uuid.UUID) -> T | None:
        """The row, locked so a command's decision holds until the request commits.

        A row the principal may not read is answered as missing, so the
        answer reveals nothing about another hospital's records.
        """
        row = self.session.get(model, row_id, with_for_update=True)
        hospital_id = getattr(row, "hospital_id", None)
        if row is None or hospital_id is None or self.principal is None:
            return row
        resource = _spec(model).resource
        return row if can(self.principal, Action.READ, resource, hospital_id=hospital_id) else None

    def select(self, query: Select[tuple[T]]) -> Sequence[T]:
        return self.session.scalars(query).all()

    def _allow(self, spec: TableSpec, hospital_id: uuid.UUID | None) -> None:
        if self.principal is not None:
            require(self.principal, Action.WRITE, spec.resource, hospital_id=hospital_id)

    def _audit(
        self, action: str, spec: TableSpec, row: Any, fields: list[str] | None = None
    ) -> None:
        summary = {"fields": fields} if fields else None
        audit.record(
            self.session,
            self.principal,
            action,
            spec.name,
            row.id,
            hospital_id=getattr(row, "hospital_id", None),
            summary=summary,
        )


def _spec(model: type[Any]) -> TableSpec:
    spec = spec_for(sa.inspect(model).local_table.name)
    if spec is None:
        raise PermissionDeniedError("This record cannot be written here.")
    return spec


def system_writer(session: Session) -> TrackedWriter:
    """The server's own consequences of a write it accepted (points a pushed visit earned).

    Nobody asked for them, so no permission is asked; the row validator, the
    audit (with no actor) and the change log apply as to every write.
    """
    return TrackedWriter(session, None)
