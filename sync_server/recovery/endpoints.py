"""Service-recovery callbacks over the API: close one, or hand it to another staff member.

Both run the shared commands with the server's tracked writer, so they
answer exactly as the desk's Feedback screen does:

- ``POST /api/crm/feedback/{id}/follow-up/close`` ``{outcome, result}``
  (``shared.domain.visits.close_follow_up``; the closer is the signed-in person);
- ``POST /api/crm/feedback/{id}/follow-up/assign`` ``{assignee_id}``
  (``shared.domain.service_recovery.reassign``).
"""

from __future__ import annotations

import datetime as dt
import uuid

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict

from shared.db.models import PatientFeedback
from shared.domain.enums import FollowUpStatus, RecoveryOutcome
from shared.domain.service_recovery import reassign
from shared.domain.visits import close_follow_up
from sync_server.appointments.writer import TrackedWriter
from sync_server.auth.deps import CurrentPrincipal
from sync_server.crm.common import unit_of_work

router = APIRouter(prefix="/api/crm/feedback", tags=["patient CRM"])


class CloseFollowUpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: str
    result: RecoveryOutcome


class AssignFollowUpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    assignee_id: uuid.UUID


class FollowUpOut(BaseModel):
    feedback_id: uuid.UUID
    status: FollowUpStatus
    assignee_id: uuid.UUID | None
    due_at: dt.datetime | None
    outcome: RecoveryOutcome | None
    note: str | None
    closed_at: dt.datetime | None
    closed_by_id: uuid.UUID | None


def _out(row: PatientFeedback) -> FollowUpOut:
    return FollowUpOut(
        feedback_id=row.id,
        status=row.follow_up_status,
        assignee_id=row.follow_up_assignee_id,
        due_at=row.follow_up_due_at,
        outcome=row.follow_up_outcome,
        note=row.follow_up_note,
        closed_at=row.follow_up_closed_at,
        closed_by_id=row.follow_up_closed_by_id,
    )


@router.post("/{feedback_id}/follow-up/close")
def close(
    feedback_id: uuid.UUID, body: CloseFollowUpIn, request: Request, principal: CurrentPrincipal
) -> FollowUpOut:
    with unit_of_work(request) as session:
        row = close_follow_up(
            TrackedWriter(session, principal),
            feedback_id=feedback_id,
            outcome=body.outcome,
            result=body.result,
            closed_by_id=principal.user_id,
        )
        return _out(row)


@router.post("/{feedback_id}/follow-up/assign")
def assign(
    feedback_id: uuid.UUID, body: AssignFollowUpIn, request: Request, principal: CurrentPrincipal
) -> FollowUpOut:
    with unit_of_work(request) as session:
        row = reassign(
            TrackedWriter(session, principal), feedback_id=feedback_id, assignee_id=body.assignee_id
        )
        return _out(row)
