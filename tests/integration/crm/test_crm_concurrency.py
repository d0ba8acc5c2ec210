"""Concurrent requests: points are never spent twice and patient numbers never repeat."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from tests.integration.crm.conftest import Crm
from tests.integration.crm.test_crm_patients import PATIENT, register


def test_parallel_redemptions_spend_the_points_once(crm: Crm) -> None:
    patient_id = register(crm)["patient"]["id"]
    base = f"/api/crm/patients/{patient_id}/loyalty"
    desk = crm.as_("front_desk")
    opening = {"points": 100, "reason": "Opening balance"}
    assert crm.as_("manager").post(f"{base}/adjust", json=opening).status_code == 201
    body = {"reward_id": str(crm.reward_ids["Free Blood Test"])}
    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = sorted(
            pool.map(lambda _: desk.post(f"{base}/redeem", json=body).status_code, range(4))
        )
    assert codes == [201, 409, 409, 409]
    assert desk.get(base).json()["points"] == 0


def test_parallel_registrations_get_distinct_numbers(crm: Crm) -> None:
    desk = crm.as_("front_desk")

    def one(n: int) -> str:
        body = PATIENT | {"first_name": f"Ada{'a' * n}", "phone": None}
        response = desk.post("/api/crm/patients/profile", json=body)
        assert response.status_code == 201, response.text
        number: str = response.json()["patient"]["patient_number"]
        return number

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = sorted(pool.map(one, range(6)))
    assert numbers == [f"API-{n:06d}" for n in range(1, 7)]
