"""Campaigns over the API: create as a draft, list, and execute (schedule for the dispatcher).

Promotional campaigns and those over their budget cap need a manager's
approval before they may run (shared messaging policy); executing one
without it is a 409 that says why.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.messaging import Campaign
from shared.domain.access import Action, Principal, Resource, Scope, require, scope_of
from shared.domain.enums import CampaignStatus
from shared.domain.messaging.policy import approval_reasons
from shared.errors import ConflictError
from sync_server.crm.common import get_live, home_hospital, hospital_filter, track
from sync_server.crm.outbox import find_template
from sync_server.crm.schemas import PageQuery
from sync_server.crm.schemas_comms import CampaignIn, CampaignOut

RUNNABLE = frozenset({CampaignStatus.DRAFT, CampaignStatus.APPROVED})


def _hospital(
    session: Session, principal: Principal, requested: uuid.UUID | None
) -> uuid.UUID | None:
    """An administrator may create a network-wide campaign (no hospital); others their own."""
    all_scope = scope_of(principal, Action.WRITE, Resource.CAMPAIGNS) is Scope.ALL
    if all_scope and requested is None:
        return None
    return home_hospital(session, principal, Action.WRITE, Resource.CAMPAIGNS, requested)


def create(session: Session, principal: Principal, data: CampaignIn) -> CampaignOut:
    hospital_id = _hospital(session, principal, data.hospital_id)
    template = find_template(session, data.template_key, data.channel, data.language)
    campaign = Campaign(
        hospital_id=hospital_id,
        name=data.name,
        template_id=template.id,
        channel=data.channel,
        purpose=data.purpose,
        audience_filter=data.audience_filter,
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
    reasons = approval_reasons(
        campaign.purpose, campaign.estimated_cost_minor or 0, campaign.budget_cap_minor
    )
    if reasons and campaign.approved_by_id is None:
        raise ConflictError("; ".join(reasons), field="status", code="approval_needed")
    campaign.status = CampaignStatus.SCHEDULED
    campaign.scheduled_at = campaign.scheduled_at or utcnow()
    return CampaignOut.model_validate(track(session, principal, campaign, "execute"))
