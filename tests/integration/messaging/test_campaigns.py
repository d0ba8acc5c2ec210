"""Campaigns: preview and cost, approval, no second copies, statistics from webhooks."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker
from twilio.request_validator import RequestValidator

from shared.db.models import (
    Campaign,
    CampaignRecipient,
    ChannelPrice,
    LoyaltyTierChange,
    Message,
    Patient,
    Suppression,
)
from shared.domain.access import Principal
from shared.domain.enums import (
    CampaignStatus,
    Channel,
    Language,
    MessagePurpose,
    RecipientStatus,
    Role,
    SuppressionReason,
)
from shared.domain.loyalty import Tier
from shared.domain.messaging import campaigns as rule
from sync_server.config import ServerSettings
from sync_server.messaging.audience import audience_where
from sync_server.messaging.campaigns import (
    campaign_stats,
    enqueue_campaign,
    launch,
    preview,
    run_scheduled,
)
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.templates import find_template
from tests import factories
from tests.integration.messaging.conftest import AUTH_TOKEN, LiveServer

MORNING = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


def _audience(sessions: sessionmaker[Session], hospital_id: uuid.UUID, count: int) -> list[str]:
    phones = [f"+23480310000{n:02d}" for n in range(count)]
    with sessions.begin() as session:
        for phone in phones:
            factories.patient(
                session,
                hospital_id=hospital_id,
                phone=phone,
                consent_marketing=True,
                consent_whatsapp=True,
            )
        factories.patient(session, hospital_id=hospital_id, phone="+2348039999999")
        session.add(ChannelPrice(channel=Channel.WHATSAPP, currency="NGN", price_minor=1_500))
    return phones


def _campaign(sessions: sessionmaker[Session], hospital_id: uuid.UUID, **kw: object) -> uuid.UUID:
    with sessions.begin() as session:
        template = find_template(session, "health_tip", Channel.WHATSAPP, Language.ENGLISH)
        template.whatsapp_content_sid = "HX00000000000000000000000000000001"
        campaign = Campaign(
            hospital_id=hospital_id,
            name="Hand washing week",
            template_id=template.id,
            channel=Channel.WHATSAPP,
            audience_filter={"hospital_id": str(hospital_id)},
            variables={"tip": "Wash your hands with soap for 20 seconds."},
            **kw,
        )
        session.add(campaign)
        session.flush()
        return campaign.id


def test_preview_counts_recipients_renders_a_sample_and_prices_it(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    _audience(sessions, hospital_id, 3)
    campaign_id = _campaign(sessions, hospital_id)
    with sessions() as session:
        result = preview(session, session.get_one(Campaign, campaign_id))
    assert result.recipients == 4
    assert result.sample.body.startswith("Hello Adaeze, a health tip from GrandPro Hospital")
    assert result.cost_minor == 4 * 1_500
    assert result.approval_needed == ()


def test_promotional_or_over_budget_campaign_waits_for_a_manager(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    _audience(sessions, hospital_id, 2)
    campaign_id = _campaign(
        sessions, hospital_id, purpose=MessagePurpose.PROMOTIONAL, budget_cap_minor=1_000
    )
    with sessions.begin() as session:
        campaign = session.get_one(Campaign, campaign_id)
        waits_for = launch(session, campaign, now=MORNING)
        assert " ".join(waits_for).startswith("promotional")
        assert "budget cap" in waits_for[1]
        assert campaign.status is CampaignStatus.PENDING_APPROVAL
        manager = factories.user(session, role=Role.MANAGER, hospital_id=hospital_id)
        second = Principal(manager.id, Role.MANAGER, hospital_id=hospital_id)
        for name, value in rule.approve(second, campaign).items():
            setattr(campaign, name, value)
        launch(session, campaign, now=MORNING)
        assert campaign.status is CampaignStatus.SCHEDULED


def test_audience_skips_without_consent_or_opted_out_and_never_doubles(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    phones = _audience(sessions, hospital_id, 3)
    with sessions.begin() as session:
        session.add(
            Suppression(
                address=phones[0], channel=Channel.WHATSAPP, reason=SuppressionReason.STOP_KEYWORD
            )
        )
    campaign_id = _campaign(sessions, hospital_id)
    with sessions.begin() as session:
        campaign = session.get_one(Campaign, campaign_id)
        enqueue_campaign(session, campaign)
        enqueue_campaign(session, campaign)
    assert run_scheduled(sessions, MORNING, batch=1) == 1
    assert run_scheduled(sessions, MORNING, batch=10) == 1
    assert run_scheduled(sessions, MORNING, batch=10) == 0
    with sessions() as session:
        reasons = sorted(
            (r.status, r.skip_reason or "")
            for r in session.scalars(
                sa.select(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id)
            )
        )
        messages = session.scalar(
            sa.select(sa.func.count()).where(Message.campaign_id == campaign_id)
        )
        status = session.get_one(Campaign, campaign_id).status
    assert reasons == [
        (RecipientStatus.QUEUED, ""),
        (RecipientStatus.QUEUED, ""),
        (RecipientStatus.SKIPPED, "no marketing consent"),
        (RecipientStatus.SKIPPED, "recipient opted out"),
    ]
    assert (messages, status) == (2, CampaignStatus.COMPLETED)


def _post(server: LiveServer, path: str, form: dict[str, str]) -> None:
    signature = RequestValidator(AUTH_TOKEN).compute_signature(
        f"https://crm.example.ng{path}", form
    )
    response = server.client.post(path, data=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code in (200, 204)


def test_statistics_after_a_mixed_stream_of_webhook_events(
    live_server: LiveServer,
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    hospital_id: uuid.UUID,
) -> None:
    phones = _audience(sessions, hospital_id, 5)
    campaign_id = _campaign(sessions, hospital_id, scheduled_at=MORNING)
    with sessions.begin() as session:
        launch(session, session.get_one(Campaign, campaign_id), now=MORNING)
    run_scheduled(sessions, MORNING)
    dispatch_due(sessions, settings, now=MORNING)
    with sessions() as session:
        ids = dict(
            session.execute(
                sa.select(Message.address, Message.id).where(Message.campaign_id == campaign_id)
            ).all()
        )
    stream = [
        (phones[0], "read"),
        (phones[0], "delivered"),
        (phones[1], "delivered"),
        (phones[1], "delivered"),
        (phones[2], "failed"),
        (phones[3], "delivered"),
        (phones[3], "sent"),
    ]
    for phone, status in stream:
        path = f"/api/webhooks/twilio/status?mid={ids[phone]}"
        _post(live_server, path, {"MessageSid": f"SM{phone[-2:]}", "MessageStatus": status})
    inbound = "/api/webhooks/twilio/inbound"
    _post(
        live_server,
        inbound,
        {"MessageSid": "IN1", "From": f"whatsapp:{phones[1]}", "Body": "Thanks!"},
    )
    _post(
        live_server, inbound, {"MessageSid": "IN2", "From": f"whatsapp:{phones[3]}", "Body": "STOP"}
    )
    with sessions() as session:
        stats = campaign_stats(session, campaign_id)
    assert stats == {
        "sent": 5,
        "delivered": 3,
        "failed": 1,
        "opened": 1,
        "clicked": 0,
        "responded": 1,
        "skipped": 1,
        "opt_outs": 1,
    }


def test_the_loyalty_tier_filter_reaches_each_patients_recorded_tier(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    moves = {
        "Ada": [],  # never moved: Bronze
        "Bola": [(Tier.BRONZE, Tier.SILVER), (Tier.SILVER, Tier.GOLD)],
        "Chidi": [(Tier.BRONZE, Tier.GOLD), (Tier.GOLD, Tier.SILVER)],  # kept Gold, then down
        "Dayo": [(Tier.BRONZE, Tier.SILVER), (Tier.SILVER, Tier.BRONZE)],
    }
    with sessions.begin() as session:
        for name, steps in moves.items():
            patient = factories.patient(session, hospital_id=hospital_id, first_name=name)
            session.flush()
            for day, (before, after) in enumerate(steps, start=1):
                session.add(
                    LoyaltyTierChange(
                        hospital_id=hospital_id,
                        patient_id=patient.id,
                        from_tier=before,
                        to_tier=after,
                        lifetime_points=0,
                        changed_at=MORNING + dt.timedelta(days=day),
                    )
                )

    def reached(tier: str) -> set[str]:
        filters = {"hospital_id": str(hospital_id), "loyalty_tier": tier}
        with sessions() as session:
            return set(
                session.scalars(sa.select(Patient.first_name).where(*audience_where(filters)))
            )

    assert reached("bronze") == {"Ada", "Dayo"}
    assert reached("silver") == {"Chidi"}
    assert reached("gold") == {"Bola"}
    assert reached("platinum") == set()
