"""Owner CRM endpoints under ``/api/crm/owners`` (paths kept from the GrandPro module)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response, status
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from shared.domain.feedback import SatisfactionInput
from sync_server.api import state as app_state
from sync_server.auth.deps import CurrentPrincipal
from sync_server.crm import communications, owners, payouts
from sync_server.crm.common import unit_of_work
from sync_server.crm.schemas import CommunicationIn, CommunicationLogOut, PageQuery
from sync_server.crm.schemas_comms import (
    BulkOut,
    OwnerBulkIn,
    OwnerProfileOut,
    PayoutOut,
    SatisfactionMetricsOut,
    SatisfactionOut,
    SentOut,
    SurveySendIn,
    SurveySendOut,
)
from sync_server.crm.schemas_payouts import (
    DisputeOut,
    DisputeResolveIn,
    PayoutCreateIn,
    PayoutFilter,
    PayoutRunIn,
    PayoutRunOut,
    PayoutStatusIn,
)
from sync_server.messaging.dispatch import attachments_dir
from sync_server.owners.survey_page import QUESTIONS

router = APIRouter(prefix="/api/crm/owners", tags=["owner CRM"])
CREATED = status.HTTP_201_CREATED


@router.get("/satisfaction/metrics")
def satisfaction_metrics(request: Request, principal: CurrentPrincipal) -> SatisfactionMetricsOut:
    with unit_of_work(request) as session:
        return owners.metrics(session, principal)


@router.post("/surveys/send", status_code=status.HTTP_202_ACCEPTED)
def send_owner_survey(
    body: SurveySendIn, request: Request, principal: CurrentPrincipal
) -> SurveySendOut:
    """Send a survey round by e-mail (a signed link), SMS or WhatsApp, once per owner."""
    with unit_of_work(request) as session:
        return owners.send_survey(session, principal, app_state.settings(request), body)


@router.post("/surveys/{survey_id}")
def answer_owner_survey(
    survey_id: uuid.UUID,
    sig: Annotated[str, Query(max_length=64)],
    body: SatisfactionInput,
    request: Request,
) -> SatisfactionOut:
    """The e-mailed link's answer; its signature stands in for a login."""
    with unit_of_work(request) as session:
        return owners.answer_by_link(session, app_state.settings(request), survey_id, sig, body)


@router.get("/surveys/{survey_id}", response_class=HTMLResponse)
def owner_survey_page(
    survey_id: uuid.UUID, sig: Annotated[str, Query(max_length=64)], request: Request
) -> HTMLResponse:
    """What the e-mailed link opens in the owner's browser: the survey's questions."""
    with unit_of_work(request) as session:
        code, page = owners.survey_form(session, app_state.settings(request), survey_id, sig)
    return HTMLResponse(page, status_code=code)


#: The survey page's form as OpenAPI describes it; the handler reads the raw body.
SURVEY_FORM = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {name: {"type": "string"} for name in [*QUESTIONS, "comments"]},
                }
            }
        },
    }
}


@router.post("/surveys/{survey_id}/form", response_class=HTMLResponse, openapi_extra=SURVEY_FORM)
async def owner_survey_form(
    survey_id: uuid.UUID, sig: Annotated[str, Query(max_length=64)], request: Request
) -> HTMLResponse:
    """The survey page's answers, posted as a browser posts a form."""
    body = await request.body()

    def answer() -> tuple[int, str]:
        settings = app_state.settings(request)
        with unit_of_work(request) as session:
            return owners.survey_form_answer(session, settings, survey_id, sig, body)

    code, page = await run_in_threadpool(answer)
    return HTMLResponse(page, status_code=code)


@router.post("/communications/bulk", status_code=status.HTTP_202_ACCEPTED)
def send_bulk_to_owners(
    body: OwnerBulkIn, request: Request, principal: CurrentPrincipal
) -> BulkOut:
    with unit_of_work(request) as session:
        return communications.bulk(session, principal, body.owner_ids, body, to_owners=True)


@router.post("/payouts", status_code=CREATED)
def create_payout(body: PayoutCreateIn, request: Request, principal: CurrentPrincipal) -> PayoutOut:
    with unit_of_work(request) as session:
        return payouts.create(session, principal, body)


@router.get("/payouts")
def payout_history(
    flt: Annotated[PayoutFilter, Query()], request: Request, principal: CurrentPrincipal
) -> list[PayoutOut]:
    with unit_of_work(request) as session:
        return payouts.history(session, principal, flt)


@router.patch("/payouts/{payout_id}/status")
def update_payout_status(
    payout_id: uuid.UUID, body: PayoutStatusIn, request: Request, principal: CurrentPrincipal
) -> PayoutOut:
    folder = attachments_dir(app_state.settings(request))
    with unit_of_work(request) as session:
        return payouts.update_status(session, principal, payout_id, body, attachments_dir=folder)


@router.get("/disputes")
def open_payout_disputes(request: Request, principal: CurrentPrincipal) -> list[DisputeOut]:
    """Disputed statements still waiting for GrandPro's answer, oldest first."""
    with unit_of_work(request) as session:
        return payouts.open_disputes(session, principal)


@router.patch("/disputes/{response_id}")
def resolve_payout_dispute(
    response_id: uuid.UUID, body: DisputeResolveIn, request: Request, principal: CurrentPrincipal
) -> DisputeOut:
    with unit_of_work(request) as session:
        return payouts.resolve_dispute(session, principal, response_id, body)


@router.post("/payouts/process-monthly", status_code=status.HTTP_202_ACCEPTED)
def process_monthly_payouts(
    body: PayoutRunIn, request: Request, principal: CurrentPrincipal
) -> PayoutRunOut:
    with unit_of_work(request) as session:
        return payouts.process_monthly(session, principal, body)


@router.get("/{owner_id}/profile")
def owner_profile(
    owner_id: uuid.UUID, request: Request, principal: CurrentPrincipal
) -> OwnerProfileOut:
    with unit_of_work(request) as session:
        return owners.profile(session, principal, owner_id)


@router.post("/{owner_id}/communications", status_code=CREATED)
def send_owner_communication(
    owner_id: uuid.UUID, body: CommunicationIn, request: Request, principal: CurrentPrincipal
) -> SentOut:
    with unit_of_work(request) as session:
        return communications.send_to_owner(session, principal, owner_id, body)


@router.get("/{owner_id}/communications")
def owner_communication_history(
    owner_id: uuid.UUID,
    page: Annotated[PageQuery, Query()],
    request: Request,
    principal: CurrentPrincipal,
) -> list[CommunicationLogOut]:
    with unit_of_work(request) as session:
        return communications.owner_history(session, principal, owner_id, page)


@router.post("/{owner_id}/satisfaction", status_code=CREATED)
def submit_satisfaction(
    owner_id: uuid.UUID, body: SatisfactionInput, request: Request, principal: CurrentPrincipal
) -> SatisfactionOut:
    with unit_of_work(request) as session:
        return owners.submit_survey(session, principal, owner_id, body)


@router.get(
    "/{owner_id}/statements/{period}",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}, "text/csv": {}}}},
)
def owner_statement_file(
    owner_id: uuid.UUID,
    period: Annotated[str, Path(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")],
    request: Request,
    principal: CurrentPrincipal,
    format: Literal["pdf", "csv", "xlsx"] = "pdf",
    currency: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
) -> Response:
    """The payout statement for one month, rendered by the same code as the desktop's."""
    with unit_of_work(request) as session:
        body, media_type = payouts.statement_file(
            session, principal, owner_id, period, format, currency
        )
    filename = f"GrandPro-statement-{period}.{format}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(body, media_type=media_type, headers=headers)
