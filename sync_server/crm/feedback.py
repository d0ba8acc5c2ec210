"""Patient feedback over the API: submission (with follow-up flag and points) and the summary."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import LAGOS, utcnow
from shared.db.models.patients import Appointment, Patient, PatientFeedback
from shared.domain import earning
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.enums import FollowUpStatus
from shared.domain.feedback import (
    FeedbackInput,
    needs_follow_up,
    net_promoter_score,
    summarise_scores,
)
from shared.domain.service_recovery import task_fields
from shared.errors import FieldValidationError
from sync_server.appointments.writer import TrackedWriter
from sync_server.crm.common import get_live, hospital_filter, track
from sync_server.crm.schemas import (
    FeedbackFilter,
    FeedbackOut,
    FeedbackSubmittedOut,
    FeedbackSummaryOut,
)


def submit(
    session: Session, principal: Principal, patient_id: uuid.UUID, data: FeedbackInput
) -> FeedbackSubmittedOut:
    patient = get_live(session, Patient, patient_id, "patient")
    require(principal, Action.WRITE, Resource.FEEDBACK, hospital_id=patient.hospital_id)
    if data.appointment_id is not None:
        appointment = session.get(Appointment, data.appointment_id)
        if appointment is None or appointment.patient_id != patient.id:
            raise FieldValidationError("appointment_id", "not an appointment of this patient")
    follow_up = needs_follow_up(data.rating, data.nps)
    writer = TrackedWriter(session, principal)
    submitted_at = utcnow()
    task = task_fields(
        writer,
        hospital_id=patient.hospital_id,
        rating=data.rating,
        nps=data.nps,
        submitted_at=submitted_at,
    )
    feedback = PatientFeedback(
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        **data.model_dump(),
        **task,
        submitted_at=submitted_at,
    )
    track(session, principal, feedback)
    earned = earning.earn_for_feedback(writer, feedback)
    return FeedbackSubmittedOut(
        feedback=FeedbackOut.model_validate(feedback),
        follow_up=follow_up,
        loyalty_points_awarded=sum(entry.points for entry in earned),
    )


def _lagos_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), LAGOS)


def summary(session: Session, principal: Principal, flt: FeedbackFilter) -> FeedbackSummaryOut:
    """Ratings, NPS and categories for the caller's hospital (or any, for an administrator)."""
    hospital_id = hospital_filter(principal, Action.READ, Resource.FEEDBACK)
    if flt.hospital_id is not None:
        require(principal, Action.READ, Resource.FEEDBACK, hospital_id=flt.hospital_id)
        hospital_id = flt.hospital_id
    query = sa.select(PatientFeedback).where(PatientFeedback.deleted_at.is_(None))
    if hospital_id is not None:
        query = query.where(PatientFeedback.hospital_id == hospital_id)
    if flt.since is not None:
        query = query.where(PatientFeedback.submitted_at >= _lagos_midnight(flt.since))
    if flt.until is not None:
        end = _lagos_midnight(flt.until + dt.timedelta(days=1))
        query = query.where(PatientFeedback.submitted_at < end)
    rows = list(session.scalars(query))
    scores = summarise_scores(r.rating for r in rows)
    categories: dict[str, int] = {}
    for row in rows:
        categories[row.category.value] = categories.get(row.category.value, 0) + 1
    return FeedbackSummaryOut(
        count=scores.count,
        average_rating=scores.average,
        distribution=scores.distribution,
        nps=net_promoter_score(r.nps for r in rows),
        by_category=categories,
        open_follow_ups=sum(1 for r in rows if r.follow_up_status is FollowUpStatus.OPEN),
    )
