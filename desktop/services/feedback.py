"""Post-visit feedback at the desk, and the follow-ups unhappy patients are owed.

Low ratings open a follow-up automatically (the shared rule decides what
"unhappy" is), so no complaint depends on someone remembering to flag it.
Feedback earns the program's points for it, as on the server.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.store.writes import LocalWriter
from shared.clock import as_utc, utcnow
from shared.db.models import Patient, PatientFeedback, User
from shared.domain import earning
from shared.domain.enums import FeedbackCategory, FollowUpStatus, Role
from shared.domain.feedback import FeedbackInput
from shared.domain.patients import parse
from shared.domain.service_recovery import OPEN, STAFF_ROLES, reassign, task_fields, task_of
from shared.errors import NotFoundError


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One open callback, as the Feedback screen lists it."""

    id: uuid.UUID
    patient_name: str
    patient_number: str
    rating: int
    nps: int | None
    category: FeedbackCategory
    comments: str
    submitted_at: dt.datetime
    #: When the patient must have been called back by (the shared rule's due time).
    due_at: dt.datetime | None = None
    assignee_id: uuid.UUID | None = None
    #: The owner's name, when this desk holds staff accounts (a manager's does).
    assignee_name: str = ""
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class StaffChoice:
    id: uuid.UUID
    name: str


def submit_feedback(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> FollowUpStatus:
    """Save one patient's feedback; returns whether it opened a follow-up."""
    form = parse(FeedbackInput, data)
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("Choose the patient the feedback is from.", field="patient")
    submitted_at = utcnow()
    task = task_fields(
        writer,
        hospital_id=patient.hospital_id,
        rating=form.rating,
        nps=form.nps,
        submitted_at=submitted_at,
    )
    feedback = writer.insert(
        PatientFeedback,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        submitted_at=submitted_at,
        **task,
        **form.model_dump(),
    )
    earning.earn_for_feedback(writer, feedback)
    return FollowUpStatus(task["follow_up_status"])


def open_follow_ups(
    session: Session,
    *,
    assignee_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
    limit: int = 200,
) -> list[FollowUp]:
    """Overdue callbacks first, then by due time: who must be called back soonest comes first.

    With ``assignee_id``, only that person's callbacks (a manager's own list).
    """
    now = now or utcnow()
    owner = aliased(User)
    f = PatientFeedback
    due = sa.func.coalesce(f.follow_up_due_at, f.submitted_at)
    query = (
        sa.select(f, Patient, owner.full_name)
        .join(Patient, Patient.id == f.patient_id)
        .outerjoin(owner, owner.id == f.follow_up_assignee_id)
        .where(f.follow_up_status.in_(OPEN), f.deleted_at.is_(None))
        .order_by(due, f.submitted_at)
        .limit(limit)
    )
    if assignee_id is not None:
        query = query.where(f.follow_up_assignee_id == assignee_id)
    return [
        FollowUp(
            feedback.id,
            f"{patient.first_name} {patient.last_name}",
            patient.patient_number,
            feedback.rating,
            feedback.nps,
            feedback.category,
            feedback.comments or "",
            feedback.submitted_at,
            feedback.follow_up_due_at,
            feedback.follow_up_assignee_id,
            owner_name or "",
            task_of(feedback).due < as_utc(now),
        )
        for feedback, patient, owner_name in session.execute(query)
    ]


def staff_choices(session: Session) -> list[StaffChoice]:
    """Who a callback can be given to: this desk's hospital staff it knows of, by name."""
    rows = session.scalars(
        sa.select(User)
        .where(
            User.role.in_(STAFF_ROLES),
            User.is_active.is_(True),
            User.deleted_at.is_(None),
        )
        .order_by(User.full_name)
    )
    return [StaffChoice(user.id, user.full_name) for user in rows]


def reassign_follow_up(
    _session: Session, writer: LocalWriter, *, feedback_id: uuid.UUID, assignee_id: uuid.UUID
) -> None:
    """Give the callback to another staff member of the hospital (the shared command)."""
    reassign(writer, feedback_id=feedback_id, assignee_id=assignee_id)


def my_callbacks(session: Session, user_id: uuid.UUID) -> list[FollowUp]:
    """The open callbacks the signed-in person owns; a manager also gets those nobody owns yet."""
    user = session.get(User, user_id)
    mine = open_follow_ups(session)
    is_manager = user is not None and Role(user.role) is Role.MANAGER
    return [f for f in mine if f.assignee_id == user_id or (f.assignee_id is None and is_manager)]
