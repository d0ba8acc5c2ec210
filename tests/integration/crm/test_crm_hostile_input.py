"""Input that once reached the database or date arithmetic: each must be a 4xx naming a field."""

from __future__ import annotations

from typing import Any

from tests.integration.crm.conftest import Crm, error_of
from tests.integration.crm.test_crm_patients import register

PATIENT_WRITES: list[tuple[str, dict[str, Any], str]] = [
    ("feedback", {"rating": 4, "comments": "bad\x00byte"}, "body"),
    ("loyalty/adjust", {"points": 2.5, "reason": "x"}, "points"),
    ("loyalty/adjust", {"points": 5}, "reason"),
    (
        "communications",
        {"channel": "sms", "body": "x", "scheduled_for": "0001-01-01T00:00:00+01:00"},
        "scheduled_for",
    ),
]


def test_patient_writes(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    for path, body, field in PATIENT_WRITES:
        url = f"/api/crm/patients/{patient_id}/{path}"
        response = crm.as_("front_desk").post(url, json=body)
        assert response.status_code == 422, response.text
        assert error_of(response)["field"] == field


EXTREME_DATES: list[tuple[str, str, Any, str]] = [
    ("GET", "/api/crm/patients/feedback/summary?until=9999-12-31", None, "until"),
    ("GET", "/api/crm/communications/statistics?since=0001-01-01", None, "since"),
    ("POST", "/api/crm/owners/payouts/process-monthly", {"period": "9999-99"}, "period"),
]


def test_extreme_dates(crm: Crm) -> None:
    for method, url, body, field in EXTREME_DATES:
        response = crm.as_("admin").request(method, url, json=body)
        assert response.status_code == 422, response.text
        assert error_of(response)["field"] == field


def test_far_future_booking(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    body = {
        "patient_id": patient_id,
        "clinician_id": str(crm.clinician_id),
        "starts_at": "9999-12-31T23:59:00+01:00",
    }
    response = crm.as_("front_desk").post("/api/crm/patients/appointments", json=body)
    assert response.status_code == 422 and error_of(response)["field"] == "starts_at"
