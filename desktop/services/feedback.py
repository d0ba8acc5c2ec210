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
from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Patient, PatientFeedback
from shared.domain import earning
from shared.domain.enums import FeedbackCategory, FollowUpStatus
from shared.domain.feedback import FeedbackInput, needs_follow_up
from shared.domain.patients import parse
from shared.errors import NotFoundError


@dataclass(frozen=True, slots=True)
class FollowUp:
    id: uuid.UUID
    patient_name: str
    patient_number: str
    rating: int
    nps: int | None
    category: FeedbackCategory
    comments: str
    submitted_at: dt.datetime


def submit_feedback(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> FollowUpStatus:
    """Save one patient's feedback; returns whether it opened a follow-up."""
    form = parse(FeedbackInput, data)
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("Choose the patient the feedback is from.", field="patient")
    status = FollowUpStatus.OPEN if needs_follow_up(form.rating, form.nps) else FollowUpStatus.NONE
    feedback = writer.insert(
        PatientFeedback,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        submitted_at=utcnow(),
        follow_up_status=status,
        **form.model_dump(),
    )
    earning.earn_for_feedback(writer, feedback)
    return status


def open_follow_ups(session: Session, *, limit: int = 200) -> list[FollowUp]:
    """Oldest first: the patient who has waited longest for a call back comes first."""
    rows = session.execute(
        sa.select(PatientFeedback, Patient)
        .join(Patient, Patient.id == PatientFeedback.patient_id)
        .where(
            PatientFeedback.follow_up_status.in_([FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS]),
            PatientFeedback.deleted_at.is_(None),
        )
        .order_by(PatientFeedback.submitted_at)
        .limit(limit)
    )
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
        )
        for feedback, patient in rows
    ]
