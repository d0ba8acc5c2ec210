"""A pushed change's author is believed only for someone who may use the pushing PC.

Staff share front-desk PCs, so each mutation names who made it, and the push
audits it as that person. The name comes from the desk: a desk naming
another hospital's manager (to hide behind them) is audited as the token's
user, while a colleague at the same hospital is audited as themselves.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import AuditEntry
from shared.domain.enums import Role
from tests.integration.security.conftest import Estate, Wire, outcomes


def _author(pg_sessions: sessionmaker[Session], row_id: uuid.UUID, action: str) -> set[uuid.UUID]:
    with pg_sessions() as session:
        query = sa.select(AuditEntry.actor_user_id).where(
            AuditEntry.entity == "patients",
            AuditEntry.entity_id == row_id,
            AuditEntry.action == action,
        )
        return {actor for actor in session.scalars(query) if actor is not None}


def test_an_author_from_another_hospital_is_not_believed(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    desk = estate.a.desk
    stranger = estate.b.of(Role.MANAGER).user_id
    edit = wire.mutation("patients", estate.a.patient_id, {"address": "1 Broad St"})
    assert outcomes(wire.push(desk, {**edit, "actor_user_id": str(stranger)})) == ["applied:None"]
    assert _author(pg_sessions, estate.a.patient_id, "sync_upsert") == {desk.user_id}


def test_a_colleague_at_the_same_hospital_is_audited_as_themselves(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    colleague = estate.a.of(Role.MANAGER).user_id
    edit = wire.mutation("patients", estate.a.patient_id, {"address": "2 Marina"})
    pushed = wire.push(estate.a.desk, {**edit, "actor_user_id": str(colleague)})
    assert outcomes(pushed) == ["applied:None"]
    assert _author(pg_sessions, estate.a.patient_id, "sync_upsert") == {colleague}
