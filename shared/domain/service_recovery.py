"""Service recovery: the callback an unhappy patient is owed, who owns it, when it is due.

One rule for every path: the desk's Feedback form, the REST API and a desk's
push all open, assign and close a callback through the functions here, so
"low", "due" and "recovered" mean the same on each.

Decisions the issue left open (``docs/service-recovery.md`` says why):

- **Low feedback** is a rating of 2 stars or fewer, or an NPS answer of 0-6
  (a detractor). It opens a callback task on the feedback row itself
  (``patient_feedback.follow_up_*``), not in a table of its own: the task
  is one per feedback, travels with it and syncs with it.
- **Due**: 18:00 Lagos on the next working day (Monday to Friday) after the
  feedback was given. Feedback on Friday is due on Monday evening. Public
  holidays are not known to the system and count as working days.
- **Owner**: the hospital's manager (the longest-standing active one when
  there are several), reassignable to any active manager, front-desk clerk
  or clinician of the same hospital. A desk that holds no staff accounts (a
  front-desk PC) leaves it empty and the server names the manager when the
  feedback arrives.
- **Closing** records the outcome in words, how it ended
  (:class:`RecoveryOutcome`), who closed it and when; a closed task stays
  closed.
- **Recovery rate**: of a month's tasks whose result is known (closed, or
  still open past their due time), the share closed as ``recovered`` by
  their due time. The month is the Lagos month the feedback was given in.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from shared.clock import LAGOS, as_utc, utcnow
from shared.db.models import PatientFeedback, User
from shared.domain.enums import FollowUpStatus, RecoveryOutcome, Role
from shared.domain.feedback import needs_follow_up
from shared.domain.payouts import period_of
from shared.domain.writer import Writer
from shared.errors import ConflictError, FieldValidationError, NotFoundError

#: The callback is due by this time (Lagos) on the next working day.
DUE_TIME = dt.time(18, 0)
#: Monday to Friday.
WORKING_DAYS = frozenset(range(5))
#: Who may own a callback: the hospital's own staff.
STAFF_ROLES = frozenset({Role.MANAGER, Role.FRONT_DESK, Role.CLINICIAN})
#: Callbacks still owed to the patient.
OPEN = frozenset({FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS})
ASSIGNEE = "follow_up_assignee_id"


def is_low(rating: int, nps: int | None) -> bool:
    """Two stars or fewer, or a detractor's NPS (0-6)."""
    return needs_follow_up(rating, nps)


def due_by(submitted_at: dt.datetime) -> dt.datetime:
    """18:00 Lagos on the first working day after the day the feedback was given (UTC)."""
    day = as_utc(submitted_at).astimezone(LAGOS).date() + dt.timedelta(days=1)
    while day.weekday() not in WORKING_DAYS:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, DUE_TIME, LAGOS).astimezone(dt.UTC)


def check_assignee(user: Any, hospital_id: uuid.UUID, *, field: str = ASSIGNEE) -> None:
    """Refuse anyone but an active staff member of the feedback's hospital."""
    if (
        user is None
        or getattr(user, "deleted_at", None) is not None
        or not user.is_active
        or Role(user.role) not in STAFF_ROLES
        or user.hospital_id != hospital_id
    ):
        raise FieldValidationError(field, "choose a staff member of this hospital")


def managers(writer: Writer, hospital_id: uuid.UUID) -> list[User]:
    """The hospital's active managers, longest-standing first (the first owns new callbacks)."""
    return list(
        writer.select(
            sa.select(User)
            .where(
                User.hospital_id == hospital_id,
                User.role == Role.MANAGER,
                User.is_active.is_(True),
                User.deleted_at.is_(None),
            )
            .order_by(User.created_at, User.id)
        )
    )


def task_fields(
    writer: Writer,
    *,
    hospital_id: uuid.UUID,
    rating: int,
    nps: int | None,
    submitted_at: dt.datetime,
    status: FollowUpStatus | None = None,
    assignee_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """The follow-up columns a new feedback row gets: a due, owned task when it is low.

    ``status`` is what a desk pushed (it may already be working on or have
    closed the callback); low feedback is never stored without one.
    ``assignee_id`` is checked; without one the hospital's manager owns it.
    """
    if not is_low(rating, nps):
        return {"follow_up_status": status or FollowUpStatus.NONE}
    if status is None or status is FollowUpStatus.NONE:
        status = FollowUpStatus.OPEN
    if assignee_id is not None:
        check_assignee(_user(writer, assignee_id), hospital_id)
    else:
        first = next(iter(managers(writer, hospital_id)), None)
        assignee_id = first.id if first is not None else None
    return {
        "follow_up_status": status,
        "follow_up_due_at": due_by(submitted_at),
        ASSIGNEE: assignee_id,
    }


def _user(writer: Writer, user_id: uuid.UUID) -> User | None:
    """A staff account by id, read without the caller's permission to list accounts."""
    found = writer.select(sa.select(User).where(User.id == user_id))
    return found[0] if found else None


def _open_task(writer: Writer, feedback_id: uuid.UUID) -> PatientFeedback:
    feedback: PatientFeedback | None = writer.get(PatientFeedback, feedback_id)
    if feedback is None or feedback.deleted_at is not None:
        raise NotFoundError("That feedback no longer exists.")
    if feedback.follow_up_status not in OPEN:
        raise ConflictError("This follow-up is already closed.", field="follow_up_status")
    return feedback


def reassign(writer: Writer, *, feedback_id: uuid.UUID, assignee_id: uuid.UUID) -> PatientFeedback:
    """Give an open callback to another staff member of the feedback's hospital."""
    feedback = _open_task(writer, feedback_id)
    check_assignee(_user(writer, assignee_id), feedback.hospital_id)
    return writer.update(feedback, follow_up_assignee_id=assignee_id)


def check_task(row: Mapping[str, Any], changed: AbstractSet[str] | None, stored: Any) -> None:
    """The row-level rules of a callback, for the row validator every writer runs.

    A closed callback says how it ended (the words and the outcome) and
    stays closed. ``stored`` is the status the row held before this write
    (``None`` for a new row).
    """
    fields = ("follow_up_status", "follow_up_note", "follow_up_outcome")
    if changed is not None and changed.isdisjoint(fields):
        return
    status = row.get("follow_up_status")
    if status is not None and FollowUpStatus(status) is FollowUpStatus.CLOSED:
        if not str(row.get("follow_up_note") or "").strip():
            raise FieldValidationError("follow_up_note", "say what was done for the patient")
        if row.get("follow_up_outcome") is None:
            raise FieldValidationError("follow_up_outcome", "say how the call ended")
    elif stored is not None and FollowUpStatus(stored) is FollowUpStatus.CLOSED:
        raise FieldValidationError("follow_up_status", "a closed follow-up stays closed")


# --- the recovery rate -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecoveryTask:
    """What the rate needs of one callback: no patient, no words."""

    submitted_at: dt.datetime
    due_at: dt.datetime | None
    status: FollowUpStatus
    outcome: RecoveryOutcome | None
    closed_at: dt.datetime | None

    @property
    def due(self) -> dt.datetime:
        return as_utc(self.due_at) if self.due_at is not None else due_by(self.submitted_at)

    def known(self, now: dt.datetime) -> bool:
        """Its result is known: closed, or still open past its due time."""
        return self.status is FollowUpStatus.CLOSED or as_utc(now) > self.due

    @property
    def recovered_in_time(self) -> bool:
        return (
            self.status is FollowUpStatus.CLOSED
            and self.outcome is RecoveryOutcome.RECOVERED
            and self.closed_at is not None
            and as_utc(self.closed_at) <= self.due
        )


@dataclass(frozen=True, slots=True)
class RecoveryMonth:
    """One hospital's month: callbacks whose result is known, and those recovered in time."""

    known: int = 0
    recovered: int = 0

    @property
    def rate(self) -> float | None:
        return self.recovered / self.known if self.known else None


def recovery_months(tasks: Iterable[RecoveryTask], now: dt.datetime) -> dict[str, RecoveryMonth]:
    """Per Lagos month of the feedback: how many results are known and how many recovered."""
    known: dict[str, int] = defaultdict(int)
    recovered: dict[str, int] = defaultdict(int)
    for task in tasks:
        if task.status is FollowUpStatus.NONE or not task.known(now):
            continue
        period = period_of(as_utc(task.submitted_at))
        known[period] += 1
        recovered[period] += task.recovered_in_time
    return {p: RecoveryMonth(known[p], recovered[p]) for p in sorted(known)}


def task_of(row: Any) -> RecoveryTask:
    """The rate's view of a feedback row (the desk's or the server's)."""
    return RecoveryTask(
        row.submitted_at,
        row.follow_up_due_at,
        FollowUpStatus(row.follow_up_status),
        RecoveryOutcome(row.follow_up_outcome) if row.follow_up_outcome else None,
        row.follow_up_closed_at,
    )


def closing_fields(
    *, outcome: str, result: RecoveryOutcome, closed_by_id: uuid.UUID | None, now: dt.datetime
) -> dict[str, Any]:
    """What closing a callback writes: the words, how it ended, who and when."""
    return {
        "follow_up_status": FollowUpStatus.CLOSED,
        "follow_up_note": outcome,
        "follow_up_outcome": RecoveryOutcome(result),
        "follow_up_closed_by_id": closed_by_id,
        "follow_up_closed_at": as_utc(now or utcnow()),
    }
