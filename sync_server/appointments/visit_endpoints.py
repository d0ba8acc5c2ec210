"""Completing a visit over the API: the shared command with the server's tracked writer.

``POST /api/crm/appointments/{id}/complete`` answers exactly as the desk's
"Complete visit" does, because both run ``shared.domain.visits.complete_visit``.
"""

from __future__ import annotations

import datetime as dt
import uuid

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict

from shared.domain.visits import complete_visit
from sync_server.appointments.writer import TrackedWriter
from sync_server.auth.deps import CurrentPrincipal
from sync_server.crm.common import unit_of_work

router = APIRouter(prefix="/api/crm/appointments", tags=["patient CRM"])


class CompleteVisitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str | None = None


class CompletedVisitOut(BaseModel):
    appointment_id: uuid.UUID
    patient_id: uuid.UUID
    last_visit_at: dt.datetime
    feedback_request_id: uuid.UUID | None


@router.post("/{appointment_id}/complete")
def complete(
    appointment_id: uuid.UUID, body: CompleteVisitIn, request: Request, principal: CurrentPrincipal
) -> CompletedVisitOut:
    with unit_of_work(request) as session:
        done = complete_visit(
            TrackedWriter(session, principal), appointment_id=appointment_id, note=body.note
        )
        return CompletedVisitOut(
            appointment_id=done.appointment_id,
            patient_id=done.patient_id,
            last_visit_at=done.last_visit_at,
            feedback_request_id=done.feedback_request_id,
        )
