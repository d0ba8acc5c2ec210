"""Visits: completing one, closing a follow-up, and the rates managers read.

Each user action is one keyword-only command taking a :class:`Writer`, so
the desk (``LocalWriter``) and the REST API (the server's tracked writer)
decide the same way. A third path, a desk's push, is checked by the
appointments row validator (``shared.sync.validators``), which runs
:func:`shared.domain.appointments.check_status_move` on the stored row and the pushed one.

Decisions the issue left open:

- The visit's note is appended to the appointment's ``notes`` under a
  "Visit note:" line, so it travels with the booking and needs no new column.
- ``patients.last_visit_at`` is the visit's time: when the patient was
  checked in (the booking's start if nobody recorded it). Two desks that
  complete the same visit therefore write the same value, and it only ever
  moves forward, so an old visit completed late never hides a newer one.
- The feedback request is the hospital's to configure: when
  ``hospitals.feedback_request_link`` is set, completing a visit queues the
  ``patient_feedback_request`` template on the patient's preferred channel
  with that link, composed by the one message command (consent, purpose and
  variables as everywhere). A patient without consent or an address on
  that channel gets none, and the visit is still completed.
- Completing a visit earns its loyalty points in the same transaction
  (``shared.domain.earning``); their unique source is ``visit:<appointment id>``,
  so points for one visit are earned once however often it is completed or pushed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field

from shared.clock import as_utc, utcnow
from shared.db.models import (
    Appointment,
    Hospital,
    Message,
    MessageTemplate,
    Patient,
    PatientFeedback,
)
from shared.domain import earning
from shared.domain.appointments import check_status_move
from shared.domain.enums import AppointmentStatus, RecoveryOutcome
from shared.domain.messaging.compose import compose_patient_message, template_source
from shared.domain.messaging.templates import choose
from shared.domain.patients import parse
from shared.domain.service_recovery import OPEN as OPEN_FOLLOW_UPS
from shared.domain.service_recovery import closing_fields
from shared.domain.writer import Writer
from shared.errors import ConflictError, DomainError, NotFoundError

S = AppointmentStatus
#: Bookings whose patient has not been checked in yet.
NOT_ARRIVED = frozenset({S.SCHEDULED, S.CONFIRMED})
FEEDBACK_TEMPLATE = "patient_feedback_request"


class VisitNote(BaseModel):
    """What staff type when they complete a visit; the note is optional."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    note: Annotated[str | None, Field(max_length=1000)] = None


class FollowUpOutcome(BaseModel):
    """How a follow-up ended: required, so a closed complaint always says what was done."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    outcome: Annotated[str, Field(min_length=1, max_length=2000)]
    #: How it ended: only "recovered" counts towards the recovery rate.
    result: RecoveryOutcome


@dataclass(frozen=True, slots=True)
class CompletedVisit:
    appointment_id: uuid.UUID
    patient_id: uuid.UUID
    last_visit_at: dt.datetime
    #: The queued feedback request, if the hospital asks for one and the patient may get it.
    feedback_request_id: uuid.UUID | None = None


def visit_time(appointment: Any) -> dt.datetime:
    """When the visit happened: the check-in, else the booked start (both UTC)."""
    return as_utc(appointment.checked_in_at or appointment.starts_at)


def complete_visit(
    writer: Writer, *, appointment_id: uuid.UUID, note: str | None = None
) -> CompletedVisit:
    """Checked in -> completed, with the note kept, and the patient's last visit moved on."""
    form = parse(VisitNote, {"note": note})
    appointment = _live(writer.get(Appointment, appointment_id), "appointment")
    if appointment.status in NOT_ARRIVED:
        raise ConflictError("Check the patient in before completing the visit.", field="status")
    check_status_move(appointment.status, S.COMPLETED)
    changes: dict[str, Any] = {"status": S.COMPLETED}
    if form.note:
        changes["notes"] = _with_note(appointment.notes, form.note)
    writer.update(appointment, **changes)
    patient = _live(writer.get(Patient, appointment.patient_id), "patient")
    seen = visit_time(appointment)
    if patient.last_visit_at is None or as_utc(patient.last_visit_at) < seen:
        writer.update(patient, last_visit_at=seen)
    earning.earn_for_visit(writer, appointment)
    request = _queue_feedback_request(writer, patient)
    return CompletedVisit(
        appointment.id, patient.id, as_utc(patient.last_visit_at or seen), request
    )


def _queue_feedback_request(writer: Writer, patient: Patient) -> uuid.UUID | None:
    """Queue the hospital's feedback request, when it has one and the patient may receive it."""
    hospital = writer.select(sa.select(Hospital).where(Hospital.id == patient.hospital_id))
    link = hospital[0].feedback_request_link if hospital else None
    if not link:
        return None
    templates = writer.select(
        sa.select(MessageTemplate).where(
            MessageTemplate.key == FEEDBACK_TEMPLATE,
            MessageTemplate.channel == patient.preferred_channel,
            MessageTemplate.active.is_(True),
            MessageTemplate.deleted_at.is_(None),
        )
    )
    try:
        chosen = choose(
            [template_source(t) for t in templates],
            patient.preferred_channel,
            patient.preferred_language,
        )
        template = next(t for t in templates if t.language is chosen.language)
        composed = compose_patient_message(
            patient=patient,
            hospital=hospital[0],
            template=template,
            extra_values={"feedback_link": link},
        )
    except DomainError:  # no template, consent or address on that channel: nothing to send
        return None
    message = writer.insert(
        Message, hospital_id=patient.hospital_id, patient_id=patient.id, **composed.columns()
    )
    return message.id


def close_follow_up(
    writer: Writer,
    *,
    feedback_id: uuid.UUID,
    outcome: str,
    result: RecoveryOutcome,
    closed_by_id: uuid.UUID | None,
    now: dt.datetime | None = None,
) -> PatientFeedback:
    """Close an open follow-up: what was done, how it ended, who closed it and when.

    ``result`` is what the recovery rate counts (``shared.domain.service_recovery``).
    """
    form = parse(FollowUpOutcome, {"outcome": outcome, "result": result})
    feedback: PatientFeedback = _live(writer.get(PatientFeedback, feedback_id), "feedback")
    if feedback.follow_up_status not in OPEN_FOLLOW_UPS:
        raise ConflictError("This follow-up is already closed.", field="follow_up_status")
    return writer.update(
        feedback,
        **closing_fields(
            outcome=form.outcome,
            result=form.result,
            closed_by_id=closed_by_id,
            now=now or utcnow(),
        ),
    )


def _with_note(notes: str | None, note: str) -> str:
    line = f"Visit note: {note}"
    return f"{notes}\n{line}" if notes else line


def _live(row: Any, what: str) -> Any:
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"That {what} no longer exists.")
    return row


@dataclass(frozen=True, slots=True)
class VisitRates:
    """Of the visits whose outcome is known (completed or no-show), how many went each way.

    Cancelled bookings and those still open (booked, confirmed, checked in)
    are left out: they say nothing yet about whether patients turn up.
    Rates are fractions 0-1, ``None`` when no outcome is known.
    """

    completed: int
    no_show: int

    @property
    def decided(self) -> int:
        return self.completed + self.no_show

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.decided if self.decided else None

    @property
    def no_show_rate(self) -> float | None:
        return self.no_show / self.decided if self.decided else None


def visit_rates(statuses: Iterable[AppointmentStatus]) -> VisitRates:
    """Count the outcomes in ``statuses`` (one per appointment)."""
    given = list(statuses)
    return VisitRates(given.count(S.COMPLETED), given.count(S.NO_SHOW))
