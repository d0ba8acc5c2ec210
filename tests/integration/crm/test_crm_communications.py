"""Patient communications, bulk sends, campaigns, templates, statistics and channel tests."""

from __future__ import annotations

from typing import Any

from shared.db.models.messaging import MessageTemplate
from shared.domain.enums import Channel, MessagePurpose
from tests.integration.crm.conftest import Crm, error_of
from tests.integration.crm.test_crm_patients import register


def add_templates(crm: Crm) -> None:
    with crm.session() as session, session.begin():
        session.add_all(
            [
                MessageTemplate(
                    key="health_tip",
                    channel=Channel.SMS,
                    name="Health tip",
                    body="Hello {{ patient_name }}, {{ tip }} - {{ hospital_name }}",
                    variables=["patient_name", "tip", "hospital_name"],
                    purpose=MessagePurpose.HEALTH_EDUCATION,
                ),
                MessageTemplate(
                    key="promo",
                    channel=Channel.SMS,
                    name="Promo",
                    body="Checkup week at {{ hospital_name }}!",
                    variables=["hospital_name"],
                    purpose=MessagePurpose.PROMOTIONAL,
                ),
            ]
        )


def test_send_to_a_patient_queues_a_message_and_logs_it(crm: Crm) -> None:
    add_templates(crm)
    patient_id = register(crm)["patient"]["id"]
    url = f"/api/crm/patients/{patient_id}/communications"
    desk = crm.as_("front_desk")
    body = {"channel": "sms", "template_key": "health_tip", "variables": {"tip": "drink water"}}
    sent = desk.post(url, json=body)
    assert sent.status_code == 201, sent.text
    message = sent.json()["message"]
    assert message["address"] == "+2348031234567"
    assert message["body"] == "Hello Chinedu, drink water - Ikeja General"
    assert message["status"] == "queued"
    assert crm.count("sync_changes", table_name="messages") == 1
    history = desk.get(url).json()
    assert [h["message_id"] for h in history] == [message["id"]]
    refusals = [
        ({"channel": "email", "subject": "Hi", "body": "x"}, 409, "channel"),
        ({"channel": "sms"}, 422, "body"),
        ({"channel": "sms", "template_key": "health_tip"}, 422, "variables"),
        ({"channel": "sms", "template_key": "nope", "body": "x"}, 422, "template_key"),
        ({"channel": "sms", "template_key": "promo"}, 409, "channel"),
        ({"channel": "fax", "body": "x"}, 422, "channel"),
    ]
    for bad, status, field in refusals:
        response = desk.post(url, json=bad)
        assert (response.status_code, error_of(response)["field"]) == (status, field), bad
    assert crm.as_("clinician").post(url, json={"channel": "sms", "body": "x"}).status_code == 403
    assert crm.as_("owner").get(url).status_code == 403


def test_send_and_send_bulk_skip_unreachable_patients(crm: Crm) -> None:
    reachable = register(crm)["patient"]["id"]
    silent = register(crm, first_name="Bisi", sex="female", phone=None)["patient"]["id"]
    desk = crm.as_("front_desk")
    one = desk.post(
        "/api/crm/communications/send",
        json={"patient_id": reachable, "channel": "sms", "body": "Hi"},
    )
    assert one.status_code == 201
    neither = desk.post("/api/crm/communications/send", json={"channel": "sms", "body": "Hi"})
    assert neither.status_code == 422 and error_of(neither)["field"] == "owner_id"
    bulk = desk.post(
        "/api/crm/communications/send-bulk",
        json={"patient_ids": [reachable, silent], "channel": "sms", "body": "Clinic closed Monday"},
    )
    assert bulk.status_code == 202
    assert len(bulk.json()["queued"]) == 1
    assert [s["id"] for s in bulk.json()["skipped"]] == [silent]
    empty = desk.post(
        "/api/crm/communications/send-bulk", json={"patient_ids": [], "channel": "sms", "body": "x"}
    )
    assert empty.status_code == 422 and error_of(empty)["field"] == "patient_ids"
    stats = crm.as_("manager").get("/api/crm/communications/statistics").json()
    assert stats == {"total": 2, "by_status": {"queued": 2}, "by_channel": {"sms": 2}}
    assert crm.as_("owner").get("/api/crm/communications/statistics").status_code == 403
    due = crm.as_("manager").post("/api/crm/communications/process-scheduled")
    assert due.status_code == 202 and due.json()["due"] >= 0
    assert desk.post("/api/crm/communications/process-scheduled").status_code == 403


def test_campaign_create_list_execute(crm: Crm) -> None:
    add_templates(crm)
    manager = crm.as_("manager")
    base = "/api/crm/communications/campaigns"
    tip: dict[str, Any] = {"name": "Malaria season", "template_key": "health_tip", "channel": "sms"}
    no_tip = manager.post(base, json=tip).json()
    unrendered = manager.post(f"{base}/{no_tip['id']}/execute")
    assert unrendered.status_code == 422 and error_of(unrendered)["field"] == "variables"
    tip["variables"] = {"tip": "sleep under a treated net"}
    tip["audience_filter"] = {"state": "lagos", "min_age": 18}
    created = manager.post(base, json=tip | {"budget_cap_minor": 500_000})
    assert created.status_code == 201, created.text
    campaign = created.json()
    assert campaign["status"] == "draft" and campaign["hospital_id"] == str(crm.hospital_id)
    assert [c["id"] for c in manager.get(base).json()] == [campaign["id"], no_tip["id"]]
    assert crm.as_("other_desk").get(base).status_code == 403
    executed = manager.post(f"{base}/{campaign['id']}/execute")
    assert executed.status_code == 202 and executed.json()["status"] == "scheduled"
    again = manager.post(f"{base}/{campaign['id']}/execute")
    assert again.status_code == 409
    promo = manager.post(
        base, json=tip | {"template_key": "promo", "purpose": "promotional"}
    ).json()
    needs = manager.post(f"{base}/{promo['id']}/execute")
    assert needs.status_code == 202 and needs.json()["status"] == "pending_approval"
    assert needs.json()["approval_needed"] == ["promotional copy needs a manager's approval"]
    for bad, field in [
        (tip | {"budget_cap_minor": -1}, "budget_cap_minor"),
        (tip | {"budget_cap_minor": 10.5}, "budget_cap_minor"),
        (tip | {"name": ""}, "name"),
        (tip | {"template_key": "missing"}, "template_key"),
        (tip | {"audience_filter": {"state": "Texas"}}, "audience_filter.state"),
        (tip | {"audience_filter": {"min_age": "old"}}, "audience_filter.min_age"),
        (
            tip | {"audience_filter": {"hospital_id": str(crm.other_hospital_id)}},
            "audience_filter.hospital_id",
        ),
    ]:
        response = manager.post(base, json=bad)
        assert response.status_code == 422 and error_of(response)["field"] == field
    assert crm.as_("front_desk").post(base, json=tip).status_code == 403
    missing = manager.post(f"{base}/0190f3a0-0000-7000-8000-000000000000/execute")
    assert missing.status_code == 404


def test_templates_and_channel_test(crm: Crm) -> None:
    add_templates(crm)
    desk = crm.as_("front_desk")
    keys = [t["key"] for t in desk.get("/api/crm/communications/templates?channel=sms").json()]
    assert keys == ["health_tip", "promo"]
    assert desk.get("/api/crm/communications/templates?channel=email").json() == []
    assert desk.get("/api/crm/communications/templates?channel=fax").status_code == 422
    manager = crm.as_("manager")
    url = "/api/crm/communications/test"
    ok = manager.post(url, json={"channel": "sms", "address": "0803 123 4567"})
    assert ok.status_code == 202 and ok.json()["address"] == "+2348031234567"
    bad_phone = manager.post(url, json={"channel": "sms", "address": "12"})
    assert bad_phone.status_code == 422 and error_of(bad_phone)["field"] == "address"
    bad_mail = manager.post(url, json={"channel": "email", "address": "nobody@"})
    assert bad_mail.status_code == 422 and error_of(bad_mail)["field"] == "address"
    assert desk.post(url, json={"channel": "sms", "address": "08031234567"}).status_code == 403


def test_a_promotional_campaign_is_approved_by_a_second_person_then_sent(crm: Crm) -> None:
    add_templates(crm)
    manager, admin = crm.as_("manager"), crm.as_("admin")
    base = "/api/crm/communications/campaigns"
    promo = manager.post(
        base,
        json={
            "name": "December promotion",
            "template_key": "promo",
            "channel": "sms",
            "purpose": "promotional",
            "variables": {"tip": "check-ups at half price"},
        },
    ).json()
    early = admin.post(f"{base}/{promo['id']}/approve")
    assert early.status_code == 409 and error_of(early)["code"] == "not_pending"
    waiting = manager.post(f"{base}/{promo['id']}/execute")
    assert waiting.status_code == 202 and waiting.json()["status"] == "pending_approval"
    own = manager.post(f"{base}/{promo['id']}/approve")
    assert own.status_code == 403
    assert error_of(own)["message"].startswith("A campaign is approved by a second manager")
    assert crm.as_("front_desk").post(f"{base}/{promo['id']}/approve").status_code == 403
    approved = admin.post(f"{base}/{promo['id']}/approve")
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    sent = manager.post(f"{base}/{promo['id']}/execute")
    assert sent.status_code == 202 and sent.json()["status"] == "scheduled"
    cancelled = manager.post(f"{base}/{promo['id']}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    again = manager.post(f"{base}/{promo['id']}/cancel")
    assert again.status_code == 409 and error_of(again)["code"] == "not_cancellable"
