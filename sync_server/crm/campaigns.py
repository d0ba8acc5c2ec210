"""Campaigns over the API: create as a draft, list, execute, approve and cancel.

Executing hands the campaign to the messaging service's ``launch``:
promotional campaigns and those over their budget cap need a manager's
approval first; executing one without it answers ``pending_approval`` with
the reasons in ``approval_needed``, and the campaign waits for a second
manager. Approving and cancelling run
the rule a desk's push runs (:mod:`shared.domain.messaging.campaigns`):
a second manager approves; anything not yet sending may be cancelled.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models.messaging import Campaign
from shared.domain.access import Action, Principal, Resource, Scope, require, scope_of
from shared.domain.enums import CampaignStatus
from shared.domain.messaging import campaigns as rule
from shared.errors import ConflictError
from sync_server.crm.common import get_live, home_hospital, hospital_filter, track
from sync_server.crm.outbox import find_template
from sync_server.crm.schemas import PageQuery
from sync_server.crm.schemas_comms import CampaignIn, CampaignOut
from sync_server.messaging.campaigns import launch

RUNNABLE = frozenset({CampaignStatus.DRAFT, CampaignStatus.APPROVED})


def _hospital(
    session: Session, principal: Principal, requested: uuid.UUID | None
) -> uuid.UUID | None:
    """An administrator may create a network-wide campaign (no hospital); others their own."""
    all_scope = scope_of(principal, Action.WRITE, Resource.CAMPAIGNS) is Scope.ALL
    if all_scope and requested is None:
        return None
    return home_hospital(session, principal, Action.WRITE, Resource.CAMPAIGNS, requested)


def _audience(data: CampaignIn, hospital_id: uuid.UUID | None) -> dict[str, Any]:
    """The stored filter; a hospital's campaign never reaches another hospital's patients."""
    audience = data.audience_filter.model_dump(mode="json", exclude_none=True)
    if hospital_id is not None:
        audience["hospital_id"] = str(hospital_id)
    return audience


def create(session: Session, principal: Principal, data: CampaignIn) -> CampaignOut:
    hospital_id = _hospital(session, principal, data.hospital_id)
    template = find_template(session, data.template_key, data.channel, data.language)
    campaign = Campaign(
        hospital_id=hospital_id,
        name=data.name,
        template_id=template.id,
        channel=data.channel,
        purpose=data.purpose,
        audience_filter=_audience(data, hospital_id),
        variables=data.variables,
        scheduled_at=data.scheduled_at,
        budget_cap_minor=data.budget_cap_minor,
        created_by_id=principal.user_id,
    )
    return CampaignOut.model_validate(track(session, principal, campaign))


def list_campaigns(session: Session, principal: Principal, page: PageQuery) -> list[CampaignOut]:
    hospital_id = hospital_filter(principal, Action.READ, Resource.CAMPAIGNS)
    query = sa.select(Campaign).where(Campaign.deleted_at.is_(None))
    if hospital_id is not None:
        query = query.where(Campaign.hospital_id == hospital_id)
    query = query.order_by(Campaign.created_at.desc()).limit(page.limit).offset(page.offset)
    return [CampaignOut.model_validate(c) for c in session.scalars(query)]


def execute(session: Session, principal: Principal, campaign_id: uuid.UUID) -> CampaignOut:
    campaign = get_live(session, Campaign, campaign_id, "campaign")
    if campaign.hospital_id is None:
        require(principal, Action.WRITE, Resource.CAMPAIGNS)
    else:
        require(principal, Action.WRITE, Resource.CAMPAIGNS, hospital_id=campaign.hospital_id)
    if campaign.status not in RUNNABLE:
        raise ConflictError(
            f"a {campaign.status.value} campaign cannot be executed", field="status"
        )
    waits_for = launch(session, campaign)
    out = CampaignOut.model_validate(track(session, principal, campaign, "execute"))
    return out.model_copy(update={"approval_needed": list(waits_for)})


def _locked(session: Session, principal: Principal, campaign_id: uuid.UUID) -> Campaign:
    """The campaign, locked, if the principal may write it (else 403, or 404 if not theirs)."""
    campaign = get_live(session, Campaign, campaign_id, "campaign")
    session.refresh(campaign, with_for_update=True)
    if campaign.hospital_id is None:
        require(principal, Action.WRITE, Resource.CAMPAIGNS)
    else:
        require(principal, Action.WRITE, Resource.CAMPAIGNS, hospital_id=campaign.hospital_id)
    return campaign


def approve(session: Session, principal: Principal, campaign_id: uuid.UUID) -> CampaignOut:
    """A second manager approves a campaign waiting for it; execute then schedules it."""
    campaign = _locked(session, principal, campaign_id)
    for name, value in rule.approve(principal, campaign).items():
        setattr(campaign, name, value)
    return CampaignOut.model_validate(track(session, principal, campaign, "approve"))


def cancel(session: Session, principal: Principal, campaign_id: uuid.UUID) -> CampaignOut:
    """Call off a campaign that has not started sending."""
    campaign = _locked(session, principal, campaign_id)
    rule.check_cancel(campaign.status)
    campaign.status = CampaignStatus.CANCELLED
    return CampaignOut.model_validate(track(session, principal, campaign, "cancel"))
