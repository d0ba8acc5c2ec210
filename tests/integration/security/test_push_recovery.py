"""Crafted pushes of a service-recovery callback: refused as the REST API refuses them.

A desk's push is the third path to a callback, so each rule the API and the
desk's screen follow holds there too: the server opens the callback of
pushed low feedback itself (owner and due time by the shared rule), a
callback goes only to an active staff member of its hospital, its due time
cannot be moved, and a closed one cannot be reopened.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import PatientFeedback
from shared.domain.enums import FollowUpStatus, RecoveryOutcome, Role
from shared.domain.service_recovery import due_by
from sync_server.sync.changes import record_change
from tests import factories
from tests.integration.security.conftest import Estate, Side, Wire, outcomes, server_rows

NOW = utcnow().replace(microsecond=0)


def _pushed_low_feedback(wire: Wire, side: Side) -> uuid.UUID:
    """The front desk records a one-star rating; it names no owner (it holds no staff accounts)."""
    feedback_id = uuid.uuid4()
    fields = {
        "hospital_id": str(side.hospital_id),
        "patient_id": str(side.patient_id),
        "rating": 1,
        "category": "waiting_time",
        "comments": "Three hours in the queue",
        "follow_up_status": "none",  # crafted: as if nobody were owed a call
        "follow_up_due_at": NOW.replace(year=NOW.year + 1).isoformat(),
        "submitted_at": NOW.isoformat(),
    }
    answers = wire.push(side.desk, wire.mutation("patient_feedback", feedback_id, fields))
    assert outcomes(answers) == ["applied:None"]
    return feedback_id


def _row(sessions: sessionmaker[Session], feedback_id: uuid.UUID) -> PatientFeedback:
    with sessions() as session:
        return session.get_one(PatientFeedback, feedback_id)


def _edit(
    wire: Wire, sessions: sessionmaker[Session], side: Side, feedback_id: uuid.UUID, **fields: Any
) -> list[str]:
    seen = _row(sessions, feedback_id).field_clocks
    mutation = wire.mutation("patient_feedback", feedback_id, fields, base_clocks=seen)
    return outcomes(wire.push(side.of(Role.MANAGER), mutation))


def _api(wire: Wire, side: Side, feedback_id: uuid.UUID, action: str, body: dict[str, Any]) -> Any:
    return wire.http.post(
        f"{wire.server.url}/api/crm/feedback/{feedback_id}/follow-up/{action}",
        json=body,
        headers={"Authorization": f"Bearer {wire.server.token(side.of(Role.MANAGER))}"},
    )


def _inactive_clerk(sessions: sessionmaker[Session], side: Side) -> uuid.UUID:
    with sessions.begin() as session:
        user = factories.user(
            session, role=Role.FRONT_DESK, hospital_id=side.hospital_id, is_active=False
        )
        record_change(session, user)
        return user.id


def test_pushed_low_feedback_gets_the_rules_callback(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    feedback_id = _pushed_low_feedback(wire, estate.a)
    row = _row(pg_sessions, feedback_id)
    assert row.follow_up_status is FollowUpStatus.OPEN
    assert row.follow_up_assignee_id == estate.a.of(Role.MANAGER).user_id
    assert row.follow_up_due_at == due_by(NOW), "the desk's due time is replaced by the rule's"


def test_a_callback_goes_only_to_active_staff_of_its_hospital_on_every_path(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    feedback_id = _pushed_low_feedback(wire, side)
    clerk = _inactive_clerk(pg_sessions, side)
    with pg_sessions() as session:
        before = server_rows(session)

    api = _api(wire, side, feedback_id, "assign", {"assignee_id": str(clerk)})
    assert api.status_code == 422, api.text
    assert _edit(wire, pg_sessions, side, feedback_id, follow_up_assignee_id=str(clerk)) == [
        "rejected:invalid"
    ]
    other = estate.b.of(Role.MANAGER).user_id
    assert _edit(wire, pg_sessions, side, feedback_id, follow_up_assignee_id=str(other)) == [
        "rejected:scope"
    ]
    assert _api(wire, side, feedback_id, "assign", {"assignee_id": str(other)}).status_code == 422
    with pg_sessions() as session:
        assert server_rows(session) == before, "nothing changed"

    desk = side.desk.user_id
    assert _edit(wire, pg_sessions, side, feedback_id, follow_up_assignee_id=str(desk)) == [
        "applied:None"
    ]
    assert _row(pg_sessions, feedback_id).follow_up_assignee_id == desk


def test_the_due_time_cannot_be_pushed_later(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    feedback_id = _pushed_low_feedback(wire, estate.a)
    later = due_by(NOW).replace(year=NOW.year + 1).isoformat()
    assert _edit(wire, pg_sessions, estate.a, feedback_id, follow_up_due_at=later) == [
        "rejected:invalid"
    ]
    assert _row(pg_sessions, feedback_id).follow_up_due_at == due_by(NOW)


def test_a_closed_callback_cannot_be_reopened_on_either_path(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    feedback_id = _pushed_low_feedback(wire, side)
    closed = _api(
        wire, side, feedback_id, "close", {"outcome": "Apologised", "result": "recovered"}
    )
    assert closed.status_code == 200, closed.text
    assert closed.json()["closed_by_id"] == str(side.of(Role.MANAGER).user_id)
    again = _api(wire, side, feedback_id, "close", {"outcome": "Again", "result": "recovered"})
    assert again.status_code == 409
    reopened = _edit(
        wire,
        pg_sessions,
        side,
        feedback_id,
        follow_up_status="open",
        follow_up_note=None,
        follow_up_outcome=None,
        follow_up_closed_at=None,
        follow_up_closed_by_id=None,
    )
    assert reopened == ["rejected:invalid"]
    row = _row(pg_sessions, feedback_id)
    assert (row.follow_up_status, row.follow_up_outcome) == (
        FollowUpStatus.CLOSED,
        RecoveryOutcome.RECOVERED,
    )
