"""Crafted campaign pushes: a desk cannot schedule, self-approve or rewrite an approved campaign.

A manager's desk holds the hospital's campaigns and could push any status.
Before the push path ran the campaign rule, a manager pushed a promotional
campaign as ``scheduled`` (or ``approved`` by themselves) and the scheduler
sent it with nobody's approval. Each test is the attack, sent as a manager
over HTTP; a second manager's approval is the control.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import Campaign
from shared.domain.enums import CampaignStatus, Channel, MessagePurpose, Role
from sync_server.sync.changes import record_change
from tests import factories
from tests.integration.security.conftest import Estate, Side, Wire, outcomes

NOW = utcnow().replace(microsecond=0)


def _template(pg_sessions: sessionmaker[Session]) -> uuid.UUID:
    with pg_sessions.begin() as session:
        template = factories.template(session, purpose=MessagePurpose.PROMOTIONAL)
        session.flush()
        record_change(session, template)
        return template.id


def _new_campaign(side: Side, template_id: uuid.UUID, **fields: Any) -> dict[str, Any]:
    return {
        "hospital_id": str(side.hospital_id),
        "name": "December promotion",
        "template_id": str(template_id),
        "channel": Channel.SMS.value,
        "purpose": MessagePurpose.PROMOTIONAL.value,
        "audience_filter": {"hospital_id": str(side.hospital_id)},
        "variables": {},
        "currency": "NGN",
        **fields,
    }


def _waiting(pg_sessions: sessionmaker[Session], side: Side, created_by: uuid.UUID) -> Campaign:
    """A promotional campaign the server stopped at ``pending_approval``, synced to the desks."""
    template_id = _template(pg_sessions)
    with pg_sessions.begin() as session:
        campaign = Campaign(
            hospital_id=side.hospital_id,
            name="December promotion",
            template_id=template_id,
            channel=Channel.SMS,
            purpose=MessagePurpose.PROMOTIONAL,
            status=CampaignStatus.PENDING_APPROVAL,
            created_by_id=created_by,
        )
        session.add(campaign)
        session.flush()
        record_change(session, campaign)
        return campaign


def _clocks(pg_sessions: sessionmaker[Session], campaign_id: uuid.UUID) -> dict[str, Any]:
    """The field clocks the desk holds after its last pull: its edit follows them."""
    with pg_sessions() as session:
        return dict(session.get_one(Campaign, campaign_id).field_clocks)


def _stored(pg_sessions: sessionmaker[Session], campaign_id: uuid.UUID) -> Campaign | None:
    with pg_sessions() as session:
        return session.get(Campaign, campaign_id)


def test_a_new_campaign_pushed_as_scheduled_or_approved_is_refused(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    manager = side.of(Role.MANAGER)
    template_id = _template(pg_sessions)
    scheduled, approved, draft = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    answers = wire.push(
        manager,
        wire.mutation(
            "campaigns",
            scheduled,
            _new_campaign(side, template_id, status="scheduled", scheduled_at=NOW.isoformat()),
        ),
        wire.mutation(
            "campaigns",
            approved,
            _new_campaign(
                side,
                template_id,
                status="approved",
                approved_by_id=str(manager.user_id),
                approved_at=NOW.isoformat(),
            ),
        ),
        wire.mutation("campaigns", draft, _new_campaign(side, template_id)),
    )
    assert outcomes(answers) == ["rejected:not_draft", "rejected:not_draft", "applied:None"]
    assert _stored(pg_sessions, scheduled) is None and _stored(pg_sessions, approved) is None
    kept = _stored(pg_sessions, draft)
    assert kept is not None and kept.status is CampaignStatus.DRAFT
    assert kept.created_by_id == manager.user_id, "the author is who pushed it"


def test_the_author_cannot_approve_their_own_campaign_and_a_second_manager_can(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    manager = side.of(Role.MANAGER)
    own = _waiting(pg_sessions, side, created_by=manager.user_id)
    approve = {"status": "approved", "approved_at": NOW.isoformat()}
    refused = wire.push(manager, wire.mutation("campaigns", own.id, approve))
    assert outcomes(refused) == ["rejected:forbidden"]
    assert refused[0]["message"].startswith("A campaign is approved by a second manager")
    stored = _stored(pg_sessions, own.id)
    assert stored is not None and stored.status is CampaignStatus.PENDING_APPROVAL

    with pg_sessions.begin() as session:
        author = factories.user(session, role=Role.MANAGER, hospital_id=side.hospital_id)
    theirs = _waiting(pg_sessions, side, created_by=author.id)
    seen = _clocks(pg_sessions, theirs.id)
    answer = wire.push(manager, wire.mutation("campaigns", theirs.id, approve, base_clocks=seen))
    assert outcomes(answer) == ["applied:None"]
    stored = _stored(pg_sessions, theirs.id)
    assert stored is not None and stored.status is CampaignStatus.APPROVED
    assert stored.approved_by_id == manager.user_id, "the approver is who pushed it"


def test_a_desk_cannot_push_a_campaign_to_running_or_rewrite_an_approved_one(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    manager = side.of(Role.MANAGER)
    with pg_sessions.begin() as session:
        author = factories.user(session, role=Role.MANAGER, hospital_id=side.hospital_id)
    campaign = _waiting(pg_sessions, side, created_by=author.id)
    assert outcomes(
        wire.push(manager, wire.mutation("campaigns", campaign.id, {"status": "running"}))
    ) == ["rejected:server_status"]
    with pg_sessions.begin() as session:
        row = session.get_one(Campaign, campaign.id)
        row.status = CampaignStatus.APPROVED
        session.flush()
        record_change(session, row)
    rewrite = {"audience_filter": {}, "name": "Everyone, every hospital"}
    assert outcomes(wire.push(manager, wire.mutation("campaigns", campaign.id, rewrite))) == [
        "rejected:not_editable"
    ]
    stored = _stored(pg_sessions, campaign.id)
    assert stored is not None and stored.name == "December promotion"
    seen = _clocks(pg_sessions, campaign.id)
    cancel = wire.mutation("campaigns", campaign.id, {"status": "cancelled"}, base_clocks=seen)
    assert outcomes(wire.push(manager, cancel)) == ["applied:None"], "calling it off is allowed"
