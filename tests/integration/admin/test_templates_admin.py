"""Administration of messaging over HTTP: templates and hospitals' monthly campaign budgets.

A template edit is checked against its sender, audited, synced and kept by
``migrate``; a campaign that would pass its hospital's monthly budget is
refused at execute and held back at start.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from shared.clock import utcnow
from shared.db.models import Campaign, MessageTemplate
from shared.db.models.audit import AuditEntry
from shared.domain.enums import CampaignStatus, Channel
from shared.domain.messaging.senders import SENDERS, sample_values
from sync_server.cli import main
from sync_server.messaging.campaigns import start_due
from sync_server.messaging.tables import ShippedTemplate
from sync_server.messaging.templates import install_shipped_templates
from tests import factories
from tests.integration.admin.conftest import Caller, created, sign_in
from tests.integration.server.conftest import PASSWORD, LiveServer, World

REMINDER = "appointment_reminder"
NEW_BODY = "{{ hospital_name }}: see you {{ appointments | join('; ') }}. Call {{ hospital_phone }}"
PREVIEW = "/api/admin/templates/preview"


@pytest.fixture
def shipped(live_server: LiveServer) -> LiveServer:
    install_shipped_templates(live_server.engine)
    return live_server


def _template(caller: Caller, key: str, channel: str, language: str = "en") -> dict[str, Any]:
    answer = caller.get("templates")
    assert answer.status_code == 200, answer.text
    rows: list[dict[str, Any]] = answer.json()["items"]
    wanted = (key, channel, language)
    found = [r for r in rows if (r["key"], r["channel"], r["language"]) == wanted]
    assert len(found) == 1, wanted
    return found[0]


def _refused(answer: httpx.Response, status: int, field: str | None) -> str:
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert set(error) == {"code", "message", "field"} and error["field"] == field
    message: str = error["message"]
    return message


def _migrate(monkeypatch: pytest.MonkeyPatch, pg_url: str, tmp_path: Path) -> None:
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))
    assert main(["migrate"]) == 0


def test_an_edited_reminder_is_audited_reaches_the_desk_and_survives_migrate(
    shipped: LiveServer,
    http: httpx.Client,
    admin: Caller,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    tmp_path: Path,
) -> None:
    row = _template(admin, REMINDER, "sms")
    assert (row["edited"], row["held_back"]) == (False, False)
    changed = admin.update("templates", row["id"], {"body": NEW_BODY})
    assert changed.status_code == 200, changed.text
    assert changed.json()["variables"] == ["hospital_name", "appointments", "hospital_phone"]
    assert _template(admin, REMINDER, "sms")["edited"] is True

    desk = sign_in(http, "front_desk", PASSWORD, world.desks["IKJ"])
    pulled = {(c["table"], c["row"]["id"]): c["row"] for c in desk.pull().json()["changes"]}
    assert pulled[("message_templates", row["id"])]["body"] == NEW_BODY
    with sessionmaker(shipped.engine)() as s:
        audited = s.scalars(
            sa.select(AuditEntry).where(AuditEntry.entity_id == uuid.UUID(row["id"]))
        ).one()
        assert (audited.action, audited.actor_user_id) == ("update", world.users["admin"].id)
        assert audited.summary == {"fields": ["body"]}

    _migrate(monkeypatch, pg_url, tmp_path)
    assert _template(admin, REMINDER, "sms")["body"] == NEW_BODY
    with sessionmaker(shipped.engine).begin() as s:  # as if an older version had shipped it
        s.get_one(ShippedTemplate, (REMINDER, "sms", "en")).content_hash = "0" * 64
    _migrate(monkeypatch, pg_url, tmp_path)
    kept = _template(admin, REMINDER, "sms")
    assert (kept["body"], kept["edited"], kept["held_back"]) == (NEW_BODY, True, True)


def test_a_variable_the_sender_does_not_provide_is_refused_naming_the_field(
    shipped: LiveServer, admin: Caller
) -> None:
    row = _template(admin, REMINDER, "sms")
    body = "{{ clinic_name }}: {{ appointments | join('; ') }}"
    message = _refused(admin.update("templates", row["id"], {"body": body}), 422, "body")
    assert message == (
        "Body: uses {{ clinic_name }}, which its sender (the reminder job, a day ahead) does"
        " not provide; it provides: appointments, hospital_name, hospital_phone"
    )
    broken = admin.update("templates", row["id"], {"body": "{{ hospital_name }"})
    assert _refused(broken, 422, "body").startswith("Body: cannot be read:")
    unknown_filter = admin.update("templates", row["id"], {"body": "{{ hospital_name | shout }}"})
    assert "No filter named 'shout'" in _refused(unknown_filter, 422, "body")
    email = _template(admin, REMINDER, "email")
    emptied = admin.update("templates", email["id"], {"subject": " "})
    assert _refused(emptied, 422, "subject") == "Subject: an e-mail needs a subject"
    with sessionmaker(shipped.engine)() as s:
        stored = s.get_one(MessageTemplate, uuid.UUID(row["id"]))
        assert stored.body == row["body"]


def test_the_english_wording_stays_active_while_another_language_falls_back_to_it(
    shipped: LiveServer, admin: Caller
) -> None:
    english, pidgin = (_template(admin, REMINDER, "sms", lang) for lang in ("en", "pcm"))
    off = admin.update("templates", english["id"], {"active": False})
    assert "pcm wording falls back to this English one" in _refused(off, 422, "active")
    assert admin.update("templates", pidgin["id"], {"active": False}).status_code == 200
    off = admin.update("templates", english["id"], {"active": False})
    assert off.status_code == 200 and off.json()["active"] is False


def test_a_manager_or_a_desk_may_not_manage_or_preview_templates(
    shipped: LiveServer, http: httpx.Client, admin: Caller, manager: Caller, world: World
) -> None:
    row = _template(admin, REMINDER, "sms")
    desk = sign_in(http, "front_desk", PASSWORD, world.desks["IKJ"])
    for caller in (manager, desk):
        _refused(caller.get("templates"), 403, None)
        _refused(caller.update("templates", row["id"], {"body": NEW_BODY}), 403, None)
        asked = {"key": REMINDER, "channel": "sms", "body": NEW_BODY}
        _refused(http.post(PREVIEW, json=asked, headers=caller.headers), 403, None)
        pages = http.get("/api/admin", headers=caller.headers).json()["items"]
        assert "templates" not in {p["name"] for p in pages}
    assert _template(admin, REMINDER, "sms")["body"] == row["body"]


def test_the_preview_renders_the_unsaved_text_with_sample_values(
    http: httpx.Client, admin: Caller
) -> None:
    asked = {"key": REMINDER, "channel": "sms", "body": NEW_BODY}
    answer = http.post(PREVIEW, json=asked, headers=admin.headers)
    assert answer.status_code == 200, answer.text
    shown = answer.json()
    assert shown["body"] == (
        "GrandPro Ikeja: see you Adaeze: Tue 01 Dec 10:00 at General clinic;"
        " Chidi: Tue 01 Dec 10:30 at Paediatrics. Call +2348031234567"
    )
    assert (shown["subject"], shown["segments"]) == (None, 1)
    report = {
        "key": "owner_monthly_report",
        "channel": "email",
        "subject": "{{ period }} statement",
        "body": "Dear {{ owner_name }}, net {{ net_payout | money }}",
    }
    shown = http.post(PREVIEW, json=report, headers=admin.headers).json()
    assert (shown["subject"], shown["body"]) == (
        "2026-11 statement",
        "Dear Chief Adebayo, net NGN 450,000",
    )
    asked["body"] = "Hello {{ first_name }}"
    refused = http.post(PREVIEW, json=asked, headers=admin.headers)
    assert _refused(refused, 422, "body").startswith("Body: uses {{ first_name }}")


def test_a_new_language_takes_its_keys_purpose_and_an_unsent_key_is_refused(
    shipped: LiveServer, admin: Caller
) -> None:
    body = {
        "key": "health_tip",
        "channel": "whatsapp",
        "language": "yo",
        "name": "Health tip (Yoruba)",
        "body": "E ku ojumo {{ patient_name }}: {{ tip }}",
    }
    row = created(admin.create("templates", body))
    assert (row["purpose"], row["variables"]) == ("health_education", ["patient_name", "tip"])
    _refused(admin.create("templates", body), 409, "language")
    unsent = admin.create("templates", {**body, "key": "birthday_greeting"})
    assert _refused(unsent, 422, "key").startswith("Key: ")


def test_every_variable_a_sender_provides_has_a_sample() -> None:
    for key, sender in SENDERS.items():
        assert set(sample_values(key)) == sender.allowed


CAMPAIGNS = "/api/crm/communications/campaigns"


def _patients(live_server: LiveServer, hospital_id: uuid.UUID, count: int) -> None:
    with sessionmaker(live_server.engine).begin() as s:
        for n in range(count):
            factories.patient(
                s, hospital_id=hospital_id, phone=f"+23480312300{n:02d}", consent_whatsapp=True
            )


def _campaign(http: httpx.Client, manager: Caller) -> httpx.Response:
    body = {
        "name": "Malaria season",
        "template_key": "health_tip",
        "channel": "whatsapp",
        "variables": {"tip": "sleep under a treated net"},
    }
    created = http.post(CAMPAIGNS, json=body, headers=manager.headers)
    assert created.status_code == 201, created.text
    return http.post(f"{CAMPAIGNS}/{created.json()['id']}/execute", headers=manager.headers)


def test_a_hospitals_monthly_campaign_budget_refuses_what_would_pass_it(
    shipped: LiveServer, http: httpx.Client, admin: Caller, manager: Caller, world: World
) -> None:
    ikj = str(world.hospitals["IKJ"])
    created(admin.create("channel-prices", {"channel": "whatsapp", "price_minor": 400}))
    budget = created(
        admin.create("campaign-budgets", {"hospital_id": ikj, "monthly_cap_minor": 1000})
    )
    again = admin.create("campaign-budgets", {"hospital_id": ikj, "monthly_cap_minor": 5})
    assert "already has a campaign budget" in _refused(again, 409, "hospital_id")
    _refused(
        manager.create("campaign-budgets", {"hospital_id": ikj, "monthly_cap_minor": 9}), 403, None
    )
    _refused(manager.get("campaign-budgets"), 403, None)
    _patients(shipped, world.hospitals["IKJ"], 3)  # 3 WhatsApp messages: NGN 12

    over = _campaign(http, manager)
    message = _refused(over, 409, "budget")
    assert over.json()["error"]["code"] == "over_monthly_budget"
    assert "estimated cost of NGN 12 is more than the NGN 10 left" in message
    raised = admin.update("campaign-budgets", budget["id"], {"monthly_cap_minor": 1200})
    assert raised.status_code == 200 and raised.json()["monthly_cap_minor"] == 1200
    scheduled = _campaign(http, manager)
    assert scheduled.status_code == 202 and scheduled.json()["status"] == "scheduled"
    assert "the NGN 0 left" in _refused(_campaign(http, manager), 409, "budget")
    with sessionmaker(shipped.engine)() as s:
        actions = s.scalars(
            sa.select(AuditEntry.action).where(AuditEntry.entity == "campaign_budgets")
        ).all()
        assert sorted(actions) == ["create", "update"]


def test_a_campaign_approved_on_a_desk_waits_while_it_would_pass_the_budget(
    shipped: LiveServer, admin: Caller, world: World
) -> None:
    ikj = world.hospitals["IKJ"]
    created(admin.create("channel-prices", {"channel": "whatsapp", "price_minor": 400}))
    budget = created(
        admin.create("campaign-budgets", {"hospital_id": str(ikj), "monthly_cap_minor": 1000})
    )
    _patients(shipped, ikj, 3)
    sessions = sessionmaker(shipped.engine, expire_on_commit=False)
    with sessions.begin() as s:
        tip = s.scalars(
            sa.select(MessageTemplate).where(
                MessageTemplate.key == "health_tip", MessageTemplate.channel == Channel.WHATSAPP
            )
        ).one()
        campaign = Campaign(
            hospital_id=ikj,
            name="Approved offline",
            template_id=tip.id,
            channel=Channel.WHATSAPP,
            variables={"tip": "rest"},
            status=CampaignStatus.APPROVED,
        )
        s.add(campaign)
    with sessions.begin() as s:
        start_due(s, utcnow())
        assert s.get_one(Campaign, campaign.id).status is CampaignStatus.APPROVED
    admin.update("campaign-budgets", budget["id"], {"monthly_cap_minor": 1200})
    with sessions.begin() as s:
        start_due(s, utcnow())
        started = s.get_one(Campaign, campaign.id)
        assert (started.status, started.estimated_cost_minor) == (CampaignStatus.RUNNING, 1200)
