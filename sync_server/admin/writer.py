"""The tracked writer with the administration grant: ``MANAGE`` instead of ``WRITE``.

Rows are written exactly as every other server write (the table's row
validator, one audit row, the change log from the session's flush hook);
only the permission asked differs, since setting up a hospital's clinicians
is a manager's administration, not a desk's day-to-day write.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from shared.domain.access import Action, Principal, Resource, require
from shared.sync.registry import TableSpec
from sync_server.appointments.writer import TrackedWriter


class AdminWriter(TrackedWriter):
    """Writes as ``principal`` when it may manage ``access`` at the row's hospital."""

    def __init__(self, session: Session, principal: Principal, access: Resource) -> None:
        super().__init__(session, principal)
        self.access = access

    def _allow(self, spec: TableSpec, hospital_id: uuid.UUID | None) -> None:
        require(self.principal, Action.MANAGE, self.access, hospital_id=hospital_id)
