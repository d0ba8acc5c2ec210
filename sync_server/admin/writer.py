"""The tracked writer with the administration grant: ``MANAGE`` instead of ``WRITE``.

Rows are written exactly as every other server write (the table's row
validator, one audit row, the change log from the session's flush hook);
only the permission asked differs, since setting up a hospital's clinicians
is a manager's administration, not a desk's day-to-day write.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.domain.access import Action, Principal, Resource, require
from shared.sync.registry import TableSpec
from sync_server import audit
from sync_server.appointments.writer import TrackedWriter

T = TypeVar("T")


class AdminWriter(TrackedWriter):
    """Writes as ``principal`` when it may manage ``access`` at the row's hospital."""

    principal: Principal

    def __init__(self, session: Session, principal: Principal, access: Resource) -> None:
        super().__init__(session, principal)
        self.access = access

    def _allow(self, spec: TableSpec, hospital_id: uuid.UUID | None) -> None:
        require(self.principal, Action.MANAGE, self.access, hospital_id=hospital_id)


class ServerRowWriter(AdminWriter):
    """Rows only the server holds (no desk receives them): the same grant and audit, no sync.

    They have no table spec, so no row validator or change log applies; the
    resource's own rules and the database's constraints check them.
    """

    def insert(self, model: type[T], **fields: Any) -> T:
        require(self.principal, Action.MANAGE, self.access, hospital_id=fields.get("hospital_id"))
        row = model(**fields)
        self.session.add(row)
        self.session.flush()
        self._record("create", row)
        return row

    def update(self, row: T, **fields: Any) -> T:
        hospital_id = getattr(row, "hospital_id", None)
        require(self.principal, Action.MANAGE, self.access, hospital_id=hospital_id)
        changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if not changed:
            return row
        for name, value in changed.items():
            setattr(row, name, value)
        self.session.flush()
        self._record("update", row, sorted(changed))
        return row

    def _record(self, action: str, row: Any, fields: list[str] | None = None) -> None:
        table = sa.inspect(type(row)).local_table.name
        summary = {"fields": fields} if fields else None
        hospital_id = getattr(row, "hospital_id", None)
        audit.record(
            self.session,
            self.principal,
            action,
            table,
            row.id,
            hospital_id=hospital_id,
            summary=summary,
        )
