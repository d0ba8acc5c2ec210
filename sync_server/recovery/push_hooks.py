"""Service recovery on the push path: the same callback rules the desk and the REST API follow.

A pushed feedback row gets its callback from the shared rule
(``shared.domain.service_recovery.task_fields``): low feedback is never
stored without one, its due time is the rule's whatever the desk sent, and
a named owner must be an active staff member of the feedback's hospital
(a front-desk PC, which holds no staff accounts, names nobody and the
hospital's manager gets it). A pushed edit may hand the callback to
another staff member of that hospital only, may not move its due time, and
names as the closer only a staff member of that hospital. The row
validator keeps a closed callback closed and makes a close say how it ended.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from shared.clock import as_utc
from shared.db.models import PatientFeedback, User
from shared.domain.access import Principal
from shared.domain.enums import FollowUpStatus
from shared.domain.service_recovery import ASSIGNEE, check_assignee, task_fields
from sync_server.appointments.writer import system_writer
from sync_server.sync import rules

CLOSER = "follow_up_closed_by_id"
DUE = "follow_up_due_at"


def register_push_hooks() -> None:
    rules.register(
        PatientFeedback.__tablename__,
        before_insert=open_pushed_task,
        before_update=check_pushed_edit,
    )


def open_pushed_task(session: Session, principal: Principal, values: dict[str, Any]) -> None:
    """Set the callback's status, due time and owner by the shared rule."""
    del principal
    rating, submitted_at = values.get("rating"), values.get("submitted_at")
    if not isinstance(rating, int) or submitted_at is None:
        return  # the row validator has refused it already
    status = values.get("follow_up_status")
    values.update(
        task_fields(
            system_writer(session),
            hospital_id=values["hospital_id"],
            rating=rating,
            nps=values.get("nps"),
            submitted_at=submitted_at,
            status=FollowUpStatus(status) if status is not None else None,
            assignee_id=values.get(ASSIGNEE),
        )
    )
    if values.get(CLOSER) is not None:
        check_assignee(session.get(User, values[CLOSER]), values["hospital_id"], field=CLOSER)


def check_pushed_edit(
    session: Session, principal: Principal, row: PatientFeedback, values: dict[str, Any]
) -> None:
    """A new owner or closer is the hospital's staff; the due time stays the rule's."""
    del principal
    for column in (ASSIGNEE, CLOSER):
        named = values.get(column)
        if named is not None and named != getattr(row, column):
            check_assignee(_user(session, named), row.hospital_id, field=column)
    if DUE in values and not _same_time(values[DUE], row.follow_up_due_at):
        raise rules.MutationRejectedError(
            "invalid", "Due: the callback's due time is set by the rule.", field=DUE
        )


def _user(session: Session, user_id: uuid.UUID) -> User | None:
    return session.get(User, user_id)


def _same_time(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return bool(as_utc(a) == as_utc(b))
