"""Patient CRM endpoints under ``/api/crm/patients`` (paths kept from the GrandPro module)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from shared.domain.feedback import FeedbackInput
from shared.domain.loyalty import AdjustmentInput, RedeemInput
from shared.domain.patients import PreferencesUpdate
from sync_server.api import state as app_state
from sync_server.auth.deps import CurrentPrincipal
from sync_server.crm import appointments, feedback, loyalty, patients
from sync_server.crm.common import unit_of_work
from sync_server.crm.schemas import (
    FeedbackFilter,
    FeedbackSubmittedOut,
    FeedbackSummaryOut,
    LedgerOut,
    LoyaltySummaryOut,
    PageQuery,
    PreferencesOut,
    ProfileOut,
    RedemptionOut,
    RegisteredOut,
    RegisterPatientIn,
    RemindersOut,
    RewardOut,
    ScheduledOut,
    ScheduleIn,
)

router = APIRouter(prefix="/api/crm/patients", tags=["patient CRM"])
CREATED = status.HTTP_201_CREATED


@router.post("/profile", status_code=CREATED)
def register_patient(
    body: RegisterPatientIn, request: Request, principal: CurrentPrincipal
) -> RegisteredOut:
    with unit_of_work(request) as session:
        return patients.register(session, principal, body)


@router.get("/{patient_id}/profile")
def get_patient_profile(
    patient_id: uuid.UUID, request: Request, principal: CurrentPrincipal
) -> ProfileOut:
    with unit_of_work(request) as session:
        return patients.profile(session, principal, patient_id)


@router.patch("/{patient_id}/preferences")
def update_preferences(
    patient_id: uuid.UUID, body: PreferencesUpdate, request: Request, principal: CurrentPrincipal
) -> PreferencesOut:
    with unit_of_work(request) as session:
        return patients.update_preferences(session, principal, patient_id, body)


@router.post("/appointments", status_code=CREATED)
def schedule_appointment(
    body: ScheduleIn, request: Request, principal: CurrentPrincipal
) -> ScheduledOut:
    with unit_of_work(request) as session:
        return appointments.schedule(session, principal, body)


@router.post("/appointments/reminders/process", status_code=status.HTTP_202_ACCEPTED)
def process_reminders(request: Request, principal: CurrentPrincipal) -> RemindersOut:
    return appointments.process_reminders(app_state.sessions(request), principal)


@router.post("/{patient_id}/feedback", status_code=CREATED)
def submit_feedback(
    patient_id: uuid.UUID, body: FeedbackInput, request: Request, principal: CurrentPrincipal
) -> FeedbackSubmittedOut:
    with unit_of_work(request) as session:
        return feedback.submit(session, principal, patient_id, body)


@router.get("/feedback/summary")
def feedback_summary(
    flt: Annotated[FeedbackFilter, Query()], request: Request, principal: CurrentPrincipal
) -> FeedbackSummaryOut:
    with unit_of_work(request) as session:
        return feedback.summary(session, principal, flt)


@router.get("/loyalty/rewards")
def list_rewards(request: Request, principal: CurrentPrincipal) -> list[RewardOut]:
    with unit_of_work(request) as session:
        return loyalty.rewards(session, principal)


@router.get("/{patient_id}/loyalty")
def loyalty_points(
    patient_id: uuid.UUID, request: Request, principal: CurrentPrincipal
) -> LoyaltySummaryOut:
    with unit_of_work(request) as session:
        return loyalty.points(session, principal, patient_id)


@router.get("/{patient_id}/loyalty/transactions")
def loyalty_transactions(
    patient_id: uuid.UUID,
    page: Annotated[PageQuery, Query()],
    request: Request,
    principal: CurrentPrincipal,
) -> list[LedgerOut]:
    with unit_of_work(request) as session:
        return loyalty.transactions(session, principal, patient_id, page)


@router.post("/{patient_id}/loyalty/adjust", status_code=CREATED)
def adjust_points(
    patient_id: uuid.UUID, body: AdjustmentInput, request: Request, principal: CurrentPrincipal
) -> LedgerOut:
    """A manager's correction (points are earned by visits, payments and feedback)."""
    with unit_of_work(request) as session:
        return loyalty.adjust(session, principal, patient_id, body)


@router.post("/{patient_id}/loyalty/redeem", status_code=CREATED)
def redeem_reward(
    patient_id: uuid.UUID, body: RedeemInput, request: Request, principal: CurrentPrincipal
) -> RedemptionOut:
    with unit_of_work(request) as session:
        return loyalty.redeem(session, principal, patient_id, body)
