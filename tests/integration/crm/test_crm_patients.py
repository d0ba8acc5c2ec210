"""Patient profile, appointment, feedback and loyalty endpoints over real HTTP."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import sqlalchemy as sa

from tests.integration.crm.conftest import Crm, error_of, later_at

PATIENT: dict[str, Any] = {
    "first_name": "Chinedu",
    "last_name": "Okafor",
    "sex": "male",
    "date_of_birth": "1990-05-01",
    "phone": "0803 123 4567",
    "state": "lagos",
    "lga": "ikeja",
    "payer_type": "NHIS",
}


def register(crm: Crm, role: str = "front_desk", **changes: Any) -> dict[str, Any]:
    response = crm.as_(role).post("/api/crm/patients/profile", json=PATIENT | changes)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_register_normalises_numbers_flags_duplicates_and_logs_changes(crm: Crm) -> None:
    first = register(crm)
    patient = first["patient"]
    assert patient["phone"] == "+2348031234567"
    assert (patient["state"], patient["lga"], patient["payer_type"]) == ("Lagos", "Ikeja", "nhia")
    assert patient["patient_number"] == "API-000001"
    assert first["possible_duplicates"] == []
    twin = register(crm, first_name="CHINEDU", phone="+2348031234567")
    assert twin["patient"]["patient_number"] == "API-000002"
    assert twin["possible_duplicates"] == [patient["id"]]
    sibling = register(crm, first_name="Amaka", sex="female", date_of_birth="2001-02-03")
    assert sibling["possible_duplicates"] == []
    assert len(sibling["household"]) == 2
    assert crm.count("patient_duplicate_flags") == 1
    assert crm.count("sync_changes", table_name="patients") == 3
    assert crm.count("audit_log", entity="patients", action="create") == 3


BAD_REGISTRATIONS: list[tuple[dict[str, Any], str]] = [
    ({"phone": "12345"}, "phone"),
    ({"state": "Texas"}, "state"),
    ({"lga": "Kano Municipal"}, "lga"),
    ({"nin": "123"}, "nin"),
    ({"date_of_birth": "2999-01-01"}, "date_of_birth"),
    ({"first_name": ""}, "first_name"),
    ({"referred_by": "Mrs Okafor"}, "referred_by"),
    ({"referred_by": "API-000777"}, "referred_by"),  # nobody has that number
    ({"preferences": {"preferred_channel": "email"}}, "preferences.preferred_channel"),
]


def test_register_records_who_referred_the_patient(crm: Crm) -> None:
    referrer = register(crm)["patient"]
    newcomer = register(crm, first_name="Amaka", sex="female", referred_by="api-1")["patient"]
    assert referrer["patient_number"] == "API-000001"
    ids = {"patient_id": UUID(newcomer["id"]), "referrer_id": UUID(referrer["id"])}
    assert crm.count("patient_referrals", **ids) == 1
    assert crm.count("sync_changes", table_name="patient_referrals") == 1


def test_register_refuses_bad_input_naming_the_field(crm: Crm) -> None:
    """One server for all cases: each is a separate request, so none can mask another."""
    for changes, field in BAD_REGISTRATIONS:
        response = crm.as_("front_desk").post("/api/crm/patients/profile", json=PATIENT | changes)
        assert response.status_code == 422, changes
        assert error_of(response)["field"] == field, changes
    assert crm.count("patients") == 0


def test_register_needs_a_token_a_grant_and_a_hospital(crm: Crm) -> None:
    url = "/api/crm/patients/profile"
    assert crm.as_("anonymous").post(url, json=PATIENT).status_code == 401
    assert crm.as_("owner").post(url, json=PATIENT).status_code == 403
    assert error_of(crm.as_("admin").post(url, json=PATIENT))["field"] == "hospital_id"
    other = PATIENT | {"hospital_id": str(crm.other_hospital_id)}
    assert crm.as_("front_desk").post(url, json=other).status_code == 403
    assert crm.as_("admin").post(url, json=other).status_code == 201


def test_profile_read_is_audited_and_scoped(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    url = f"/api/crm/patients/{patient_id}/profile"
    response = crm.as_("clinician").get(url)
    assert response.status_code == 200
    assert response.json()["loyalty"] == {
        "points": 0,
        "lifetime_points": 0,
        "tier": "bronze",
        "on_hold": 0,
    }
    assert crm.count("audit_log", entity="patients", action="read") == 1
    assert crm.as_("other_desk").get(url).status_code == 403
    assert crm.as_("owner").get(url).status_code == 403
    missing = crm.as_("front_desk").get(
        "/api/crm/patients/0190f3a0-0000-7000-8000-000000000000/profile"
    )
    assert missing.status_code == 404
    assert crm.as_("front_desk").get("/api/crm/patients/not-a-uuid/profile").status_code == 422


def test_preferences_need_consent_for_the_preferred_channel(crm: Crm) -> None:
    patient_id = register(crm, email="ada@example.com")["patient"]["id"]
    url = f"/api/crm/patients/{patient_id}/preferences"
    ok = crm.as_("front_desk").patch(
        url, json={"consent_email": True, "preferred_channel": "email"}
    )
    assert ok.status_code == 200 and ok.json()["preferred_channel"] == "email"
    refused = crm.as_("front_desk").patch(url, json={"consent_email": False})
    assert refused.status_code == 422 and error_of(refused)["field"] == "preferred_channel"
    bad = crm.as_("front_desk").patch(url, json={"preferred_language": "fr"})
    assert bad.status_code == 422 and error_of(bad)["field"] == "preferred_language"


def schedule(crm: Crm, for_patient: str, **changes: Any) -> Any:
    body = {"patient_id": for_patient, "clinician_id": str(crm.clinician_id)}
    body |= {"starts_at": later_at(10), "duration_minutes": 30} | changes
    return crm.as_("front_desk").post("/api/crm/patients/appointments", json=body)


def test_schedule_refuses_clashes_and_creates_reminders(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    booked = schedule(crm, patient_id)
    assert booked.status_code == 201, booked.text
    assert len(booked.json()["reminders"]) == 2
    assert "loyalty_points_awarded" not in booked.json()
    assert crm.count("loyalty_ledger") == 0, "a booking earns nothing until the visit happens"
    clash = schedule(crm, patient_id, starts_at=later_at(10, 15))
    assert clash.status_code == 409 and error_of(clash)["field"] == "starts_at"
    assert schedule(crm, patient_id, starts_at=later_at(10, 30)).status_code == 201
    assert crm.count("appointments") == 2
    assert crm.count("sync_changes", table_name="appointment_reminders") == 4


BAD_BOOKINGS: list[tuple[dict[str, Any], int, str | None]] = [
    ({"starts_at": "2020-01-01T10:00:00+01:00"}, 422, "starts_at"),
    ({"starts_at": "2030-01-01T10:00:00"}, 422, "starts_at"),
    ({"duration_minutes": 1}, 422, "duration_minutes"),
    ({"clinician_id": None}, 422, "department_id"),
    ({"clinician_id": "0190f3a0-0000-7000-8000-000000000000"}, 422, "clinician_id"),
    ({"patient_id": "0190f3a0-0000-7000-8000-000000000000"}, 404, None),
]


def test_schedule_bad_input(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    for changes, status, field in BAD_BOOKINGS:
        response = schedule(crm, patient_id, **changes)
        assert response.status_code == status, response.text
        assert error_of(response)["field"] == field, changes
    assert crm.count("appointments") == 0


def test_process_reminders_counts_due_ones(crm: Crm) -> None:
    url = "/api/crm/patients/appointments/reminders/process"
    response = crm.as_("front_desk").post(url)
    assert response.status_code == 202 and response.json()["due"] == 0
    assert crm.as_("owner").post(url).status_code == 403


def test_feedback_and_summary(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    url = f"/api/crm/patients/{patient_id}/feedback"
    happy = crm.as_("front_desk").post(url, json={"rating": 5, "nps": 10})
    assert happy.status_code == 201 and happy.json()["follow_up"] is False
    sad = crm.as_("front_desk").post(url, json={"rating": 1, "nps": 2, "category": "waiting_time"})
    assert sad.json()["follow_up"] is True
    for bad, field in [
        ({"rating": 6}, "rating"),
        ({"rating": 4.5}, "rating"),
        ({"rating": 3, "nps": 11}, "nps"),
    ]:
        response = crm.as_("front_desk").post(url, json=bad)
        assert response.status_code == 422 and error_of(response)["field"] == field
    summary = crm.as_("manager").get("/api/crm/patients/feedback/summary").json()
    assert (summary["count"], summary["average_rating"], summary["nps"]) == (2, 3.0, 0)
    assert summary["open_follow_ups"] == 1
    assert crm.as_("owner").get("/api/crm/patients/feedback/summary").status_code == 403
    bad_date = crm.as_("manager").get("/api/crm/patients/feedback/summary?since=yesterday")
    assert bad_date.status_code == 422 and error_of(bad_date)["field"] == "since"


def test_loyalty_adjust_redeem_and_history(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    base = f"/api/crm/patients/{patient_id}/loyalty"
    desk, manager = crm.as_("front_desk"), crm.as_("manager")
    rewards = desk.get("/api/crm/patients/loyalty/rewards").json()
    assert [r["points_cost"] for r in rewards] == [50, 100]
    blood_test = {"reward_id": str(crm.reward_ids["Free Blood Test"])}
    short = desk.post(f"{base}/redeem", json=blood_test)
    assert short.status_code == 409 and error_of(short)["code"] == "insufficient_points"
    typed_in = desk.post(f"{base}/adjust", json={"points": 60, "reason": "Visit"})
    assert typed_in.status_code == 403, "desk staff cannot give points"
    assert manager.post(f"{base}/adjust", json={"points": 60, "reason": "Lost"}).status_code == 201
    assert manager.post(f"{base}/adjust", json={"points": 50, "reason": "Lost"}).status_code == 201
    redeemed = desk.post(f"{base}/redeem", json=blood_test)
    assert redeemed.status_code == 201 and redeemed.json()["balance"] == 10
    standing = desk.get(base).json()
    assert standing == {"points": 10, "lifetime_points": 0, "tier": "bronze", "on_hold": 0}
    history = desk.get(f"{base}/transactions?limit=2").json()
    assert [h["kind"] for h in history] == ["redeem", "adjust"]
    for bad, field in [
        ({"points": 501, "reason": "x"}, "points"),
        ({"points": -11, "reason": "x"}, "points"),
        ({"points": 1.5, "reason": "x"}, "points"),
        ({"points": 5, "reason": ""}, "reason"),
    ]:
        response = manager.post(f"{base}/adjust", json=bad)
        assert response.status_code == 422 and error_of(response)["field"] == field, bad
    assert desk.get(f"{base}/transactions?limit=0").status_code == 422
    assert (
        crm.as_("clinician").post(f"{base}/adjust", json={"points": 1, "reason": "x"}).status_code
        == 403
    )
    with crm.engine.begin() as conn:  # the blood tests ran out: none left in stock
        conn.execute(sa.text("UPDATE loyalty_rewards SET stock = 1 WHERE name = 'Free Blood Test'"))
    assert [r["points_cost"] for r in desk.get("/api/crm/patients/loyalty/rewards").json()] == [50]
    assert manager.post(f"{base}/adjust", json={"points": 100, "reason": "Lost"}).status_code == 201
    sold_out = desk.post(f"{base}/redeem", json=blood_test)
    assert sold_out.status_code == 409
    assert error_of(sold_out)["message"] == "Free Blood Test: none left"
    unknown = desk.post(f"{base}/redeem", json={"reward_id": patient_id})
    assert unknown.status_code == 404 and error_of(unknown)["field"] == "reward_id"
