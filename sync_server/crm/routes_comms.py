"""Communication endpoints: patient and owner messages, campaigns, templates, statistics."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from sync_server.api import state as app_state
from sync_server.auth.deps import CurrentPrincipal
from sync_server.crm import campaigns, communications
from sync_server.crm.common import unit_of_work
from sync_server.crm.schemas import CommunicationIn, CommunicationLogOut, MessageOut, PageQuery
from sync_server.crm.schemas_comms import (
    BulkOut,
    CampaignIn,
    CampaignOut,
    ChannelTestIn,
    PatientBulkIn,
    ProcessedOut,
    SendIn,
    SentOut,
    StatisticsFilter,
    StatisticsOut,
    TemplateFilter,
    TemplateOut,
)

router = APIRouter(tags=["communications"])
CREATED = status.HTTP_201_CREATED
ACCEPTED = status.HTTP_202_ACCEPTED
PATIENT_COMMS = "/api/crm/patients/{patient_id}/communications"
COMMS = "/api/crm/communications"


@router.post(PATIENT_COMMS, status_code=CREATED)
def send_patient_communication(
    patient_id: uuid.UUID, body: CommunicationIn, request: Request, principal: CurrentPrincipal
) -> SentOut:
    with unit_of_work(request) as session:
        return communications.send_to_patient(session, principal, patient_id, body)


@router.get(PATIENT_COMMS)
def patient_communication_history(
    patient_id: uuid.UUID,
    page: Annotated[PageQuery, Query()],
    request: Request,
    principal: CurrentPrincipal,
) -> list[CommunicationLogOut]:
    with unit_of_work(request) as session:
        return communications.patient_history(session, principal, patient_id, page)


@router.post(f"{COMMS}/campaigns", status_code=CREATED)
def create_campaign(body: CampaignIn, request: Request, principal: CurrentPrincipal) -> CampaignOut:
    with unit_of_work(request) as session:
        return campaigns.create(session, principal, body)


@router.get(f"{COMMS}/campaigns")
def list_campaigns(
    page: Annotated[PageQuery, Query()], request: Request, principal: CurrentPrincipal
) -> list[CampaignOut]:
    with unit_of_work(request) as session:
        return campaigns.list_campaigns(session, principal, page)


@router.post(f"{COMMS}/campaigns/{{campaign_id}}/execute", status_code=ACCEPTED)
def execute_campaign(
    campaign_id: uuid.UUID, request: Request, principal: CurrentPrincipal
) -> CampaignOut:
    with unit_of_work(request) as session:
        return campaigns.execute(session, principal, campaign_id)


@router.post(f"{COMMS}/campaigns/{{campaign_id}}/approve")
def approve_campaign(
    campaign_id: uuid.UUID, request: Request, principal: CurrentPrincipal
) -> CampaignOut:
    """A second manager of the hospital approves a campaign waiting for approval."""
    with unit_of_work(request) as session:
        return campaigns.approve(session, principal, campaign_id)


@router.post(f"{COMMS}/campaigns/{{campaign_id}}/cancel")
def cancel_campaign(
    campaign_id: uuid.UUID, request: Request, principal: CurrentPrincipal
) -> CampaignOut:
    with unit_of_work(request) as session:
        return campaigns.cancel(session, principal, campaign_id)


@router.post(f"{COMMS}/send", status_code=CREATED)
def send_communication(body: SendIn, request: Request, principal: CurrentPrincipal) -> SentOut:
    with unit_of_work(request) as session:
        return communications.send(session, principal, body)


@router.post(f"{COMMS}/send-bulk", status_code=ACCEPTED)
def send_bulk(body: PatientBulkIn, request: Request, principal: CurrentPrincipal) -> BulkOut:
    with unit_of_work(request) as session:
        return communications.bulk(session, principal, body.patient_ids, body, to_owners=False)


@router.post(f"{COMMS}/process-scheduled", status_code=ACCEPTED)
def process_scheduled(request: Request, principal: CurrentPrincipal) -> ProcessedOut:
    return communications.process_scheduled(app_state.sessions(request), principal)


@router.get(f"{COMMS}/templates")
def list_templates(
    flt: Annotated[TemplateFilter, Query()], request: Request, principal: CurrentPrincipal
) -> list[TemplateOut]:
    with unit_of_work(request) as session:
        return communications.templates(session, principal, flt)


@router.get(f"{COMMS}/statistics")
def communication_statistics(
    flt: Annotated[StatisticsFilter, Query()], request: Request, principal: CurrentPrincipal
) -> StatisticsOut:
    with unit_of_work(request) as session:
        return communications.statistics(session, principal, flt)


@router.post(f"{COMMS}/test", status_code=ACCEPTED)
def test_channel(body: ChannelTestIn, request: Request, principal: CurrentPrincipal) -> MessageOut:
    with unit_of_work(request) as session:
        return communications.test_channel(session, principal, body)
