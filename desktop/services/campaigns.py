"""The hospital's campaigns on a manager's PC: the list, and approving or cancelling offline.

A campaign is written and sent by the server; what a manager does at the
desk is the second person's step: approve a campaign waiting for approval
(promotional copy, or a cost above its cap), or call one off before it
sends. Both run :mod:`shared.domain.messaging.campaigns`, the rule the
REST API and the push path run, so the desk refuses at once what the
server would refuse at sync (approving one's own campaign, above all).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.db.models import Campaign, User
from shared.domain.access import Principal
from shared.domain.enums import CampaignStatus, Channel, MessagePurpose
from shared.domain.messaging import campaigns as rule
from shared.errors import NotFoundError, PermissionDeniedError


@dataclass(frozen=True, slots=True)
class CampaignLine:
    id: uuid.UUID
    name: str
    channel: Channel
    purpose: MessagePurpose
    status: CampaignStatus
    author: str
    approver: str
    created_at: dt.datetime
    estimated_cost_minor: int | None
    currency: str

    @property
    def waiting(self) -> bool:
        return self.status is CampaignStatus.PENDING_APPROVAL

    @property
    def cancellable(self) -> bool:
        return self.status in rule.CANCELLABLE


def campaign_lines(session: Session) -> list[CampaignLine]:
    """Every campaign on this PC, those waiting for approval first, then newest first."""
    names = dict(session.execute(sa.select(User.id, User.full_name)).tuples().all())
    rows = session.scalars(
        sa.select(Campaign)
        .where(Campaign.deleted_at.is_(None))
        .order_by((Campaign.status != CampaignStatus.PENDING_APPROVAL), Campaign.created_at.desc())
    ).all()
    return [
        CampaignLine(
            row.id,
            row.name,
            row.channel,
            row.purpose,
            row.status,
            names.get(row.created_by_id, "") if row.created_by_id else "",
            names.get(row.approved_by_id, "") if row.approved_by_id else "",
            row.created_at,
            row.estimated_cost_minor,
            row.currency,
        )
        for row in rows
    ]


def signed_in(session: Session, actor: uuid.UUID | None) -> Principal:
    """The signed-in person as the rule sees them: their row in the PC's staff list.

    A manager's PC holds its hospital's staff; until its first sync brings
    them down, nobody can be checked here, so nothing is approved blind.
    """
    user = session.get(User, actor) if actor is not None else None
    if user is None:
        raise PermissionDeniedError(
            "This PC does not hold your account yet: sync once, then approve or cancel."
        )
    return Principal(user.id, user.role, hospital_id=user.hospital_id)


def _campaign(writer: LocalWriter, campaign_id: uuid.UUID) -> Campaign:
    campaign = writer.get(Campaign, campaign_id)
    if campaign is None or campaign.deleted_at is not None:
        raise NotFoundError("That campaign is no longer on this PC.")
    return campaign


def approve_campaign(writer: LocalWriter, *, campaign_id: uuid.UUID) -> Campaign:
    """Approve as the signed-in manager; it syncs, and the server schedules it on execute."""
    principal = signed_in(writer.session, writer.actor)
    campaign = _campaign(writer, campaign_id)
    return writer.update(campaign, **rule.approve(principal, campaign))


def cancel_campaign(writer: LocalWriter, *, campaign_id: uuid.UUID) -> Campaign:
    principal = signed_in(writer.session, writer.actor)
    campaign = _campaign(writer, campaign_id)
    if not rule.may_write(principal, campaign.hospital_id):
        raise PermissionDeniedError("Only a manager of the hospital may cancel a campaign.")
    rule.check_cancel(campaign.status)
    return writer.update(campaign, status=CampaignStatus.CANCELLED)
