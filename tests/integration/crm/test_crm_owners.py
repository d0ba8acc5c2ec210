"""Owner profile, owner communications and satisfaction surveys over real HTTP."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import sqlalchemy as sa

from shared.db.models.messaging import Message
from shared.db.models.owners import Contract, OwnerAccount, OwnerSatisfactionSurvey
from shared.domain.enums import OwnerKind
from sync_server.messaging.templates import seed_templates
from tests.integration.crm.conftest import Crm, error_of

SURVEYS_SEND = "/api/crm/owners/surveys/send"
METRICS = "/api/crm/owners/satisfaction/metrics"


def give_contract(crm: Crm) -> None:
    with crm.session() as session, session.begin():
        owner = session.get(OwnerAccount, crm.owner_id)
        assert owner is not None
        owner.email = "board@eko.ng"
        owner.bank_account_number = "******6789"
        session.add(
            Contract(
                owner_account_id=crm.owner_id,
                hospital_id=crm.hospital_id,
                reference="EKO-IKJ-1",
                start_date=dt.date(2025, 1, 1),
                management_fee_bps=1500,
            )
        )


def test_owner_profile_is_the_owners_own(crm: Crm) -> None:
    give_contract(crm)
    url = f"/api/crm/owners/{crm.owner_id}/profile"
    profile = crm.as_("owner").get(url)
    assert profile.status_code == 200, profile.text
    body = profile.json()
    assert body["bank_account_last4"] == "6789"
    assert [c["reference"] for c in body["contracts"]] == ["EKO-IKJ-1"]
    assert crm.as_("admin").get(url).status_code == 200
    assert crm.as_("manager").get(url).status_code == 403
    assert crm.as_("anonymous").get(url).status_code == 401
    missing = crm.as_("admin").get("/api/crm/owners/0190f3a0-0000-7000-8000-000000000000/profile")
    assert missing.status_code == 404


def test_owner_communications(crm: Crm) -> None:
    give_contract(crm)
    with crm.session() as session, session.begin():
        silent = OwnerAccount(kind=OwnerKind.PERSON, display_name="Alhaji Musa")
        session.add(silent)
        session.flush()
        silent_id = str(silent.id)
    admin = crm.as_("admin")
    url = f"/api/crm/owners/{crm.owner_id}/communications"
    email = {"channel": "email", "subject": "Q3 report", "body": "Attached."}
    sent = admin.post(url, json=email)
    assert sent.status_code == 201, sent.text
    assert sent.json()["message"]["address"] == "board@eko.ng"
    no_subject = admin.post(url, json={"channel": "email", "body": "x"})
    assert no_subject.status_code == 422 and error_of(no_subject)["field"] == "subject"
    assert len(crm.as_("owner").get(url).json()) == 1
    assert crm.as_("owner").post(url, json=email).status_code == 403
    assert crm.as_("manager").get(url).status_code == 403
    bulk = admin.post(
        "/api/crm/owners/communications/bulk",
        json={
            "owner_ids": [str(crm.owner_id), silent_id],
            "channel": "email",
            "subject": "Hi",
            "body": "Hello",
        },
    )
    assert bulk.status_code == 202
    assert len(bulk.json()["queued"]) == 1
    assert bulk.json()["skipped"][0]["id"] == silent_id
    assert crm.count("owner_communications") == 2


def test_satisfaction_submit_and_metrics(crm: Crm) -> None:
    give_contract(crm)
    owner = crm.as_("owner")
    url = f"/api/crm/owners/{crm.owner_id}/satisfaction"
    answers = {"overall_score": 4, "communication_score": 5, "hospital_id": str(crm.hospital_id)}
    assert owner.post(url, json=answers).status_code == 201
    assert owner.post(url, json={"overall_score": 2}).status_code == 201
    for bad, field in [
        ({"overall_score": 6}, "overall_score"),
        ({"overall_score": 3.5}, "overall_score"),
        ({"communication_score": 4}, "overall_score"),
        ({"overall_score": 3, "hospital_id": str(crm.other_hospital_id)}, "hospital_id"),
    ]:
        response = owner.post(url, json=bad)
        assert response.status_code == 422 and error_of(response)["field"] == field
    assert crm.as_("manager").post(url, json={"overall_score": 3}).status_code == 403
    metrics = owner.get("/api/crm/owners/satisfaction/metrics").json()
    assert metrics["responses"] == 2
    assert metrics["dimensions"]["overall"] == {"count": 2, "average": 3.0}
    assert metrics["dimensions"]["communication"] == {"count": 1, "average": 5.0}
    hospital = crm.as_("manager").get("/api/crm/owners/satisfaction/metrics").json()
    assert hospital["responses"] == 1
    assert crm.as_("front_desk").get("/api/crm/owners/satisfaction/metrics").status_code == 403


def test_survey_rounds_are_sent_once_and_answers_fill_them(crm: Crm) -> None:
    give_contract(crm)
    with crm.session() as session, session.begin():
        seed_templates(session)
    admin, owner = crm.as_("admin"), crm.as_("owner")
    send = {"survey_round": "2026-Q4", "channel": "email"}
    assert owner.post(SURVEYS_SEND, json=send).status_code == 403
    bad = admin.post(SURVEYS_SEND, json={"survey_round": "Q4 please", "channel": "email"})
    assert bad.status_code == 422 and error_of(bad)["field"] == "survey_round"
    first = admin.post(SURVEYS_SEND, json=send)
    assert first.status_code == 202, first.text
    (survey_id,) = first.json()["sent"]
    again = admin.post(SURVEYS_SEND, json=send | {"owner_ids": [str(crm.owner_id)]}).json()
    assert again["sent"] == [] and again["skipped"][0]["code"] == "already_sent"
    assert crm.count("messages") == 1
    metrics = admin.get(METRICS).json()
    assert (metrics["surveys_sent"], metrics["response_rate"]) == (1, 0.0)

    with crm.session() as session:
        body = session.scalars(sa.select(Message.body)).one()
    link = re.search(r"/api/crm/owners/surveys/\S+", body)
    assert link is not None and survey_id in link.group()
    forged = crm.as_("anonymous").post(
        f"/api/crm/owners/surveys/{survey_id}?sig=0000", json={"overall_score": 1}
    )
    assert forged.status_code == 403
    answered = crm.as_("anonymous").post(link.group(), json={"overall_score": 5})
    assert answered.status_code == 200, answered.text
    assert answered.json()["id"] == survey_id
    metrics = owner.get(METRICS).json()
    assert (metrics["surveys_sent"], metrics["response_rate"]) == (1, 1.0)
    assert metrics["dimensions"]["overall"] == {"count": 1, "average": 5.0}


def test_an_owner_answering_in_the_app_fills_the_survey_sent(crm: Crm) -> None:
    give_contract(crm)
    with crm.session() as session, session.begin():
        seed_templates(session)
    send = {"survey_round": "2026-Q4", "channel": "email"}
    (survey_id,) = crm.as_("admin").post(SURVEYS_SEND, json=send).json()["sent"]
    url = f"/api/crm/owners/{crm.owner_id}/satisfaction"
    answered = crm.as_("owner").post(url, json={"overall_score": 3})
    assert answered.status_code == 201 and answered.json()["id"] == survey_id
    assert crm.count("owner_satisfaction_surveys") == 1
    assert crm.as_("owner").get(METRICS).json()["response_rate"] == 1.0


def test_the_emailed_link_opens_a_form_a_browser_can_answer(crm: Crm) -> None:
    give_contract(crm)
    with crm.session() as session, session.begin():
        seed_templates(session)
    send = {"survey_round": "2026-Q4", "channel": "email"}
    (survey_id,) = crm.as_("admin").post(SURVEYS_SEND, json=send).json()["sent"]
    with crm.session() as session:
        body = session.scalars(sa.select(Message.body)).one()
    link = re.search(r"/api/crm/owners/surveys/\S+", body)
    assert link is not None
    browser = crm.as_("anonymous")
    page = browser.get(link.group())
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "GrandPro owner survey 2026-Q4" in page.text
    assert "Overall, how satisfied are you with GrandPro?" in page.text
    action = re.search(r'action="([^"]+)"', page.text)
    assert action is not None
    form_url = action.group(1).replace("&amp;", "&")
    missing = browser.post(form_url, data={"communication_score": "5"})
    assert missing.status_code == 422
    assert "Please answer: Overall, how satisfied are you with GrandPro?" in missing.text
    sent = browser.post(form_url, data={"overall_score": "4", "comments": "<b>Good</b>"})
    assert sent.status_code == 200 and "Your answers have reached GrandPro" in sent.text
    assert browser.post(form_url, data={"overall_score": "1"}).status_code == 409
    assert "already in" in browser.get(link.group()).text
    forged = browser.get(f"/api/crm/owners/surveys/{survey_id}?sig=forged")
    assert forged.status_code == 403 and "not valid" in forged.text
    with crm.session() as session:
        survey = session.get_one(OwnerSatisfactionSurvey, uuid.UUID(survey_id))
    assert (survey.overall_score, survey.comments) == (4, "<b>Good</b>")
