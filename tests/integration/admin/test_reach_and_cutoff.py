"""What administration changes reaches the desks by sync, and cuts off at once what it ends."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import httpx
from sqlalchemy.orm import sessionmaker

from shared.clock import LAGOS, utcnow
from sync_server.auth.standing import CACHE_SECONDS
from tests import factories
from tests.integration.admin.conftest import Caller, created, sign_in
from tests.integration.server.conftest import PASSWORD, LiveServer, World

HOURS = {"mon": {"start": "09:00", "end": "13:00"}}


def _pulled(caller: Caller) -> dict[tuple[str, str], dict[str, Any]]:
    answer = caller.pull()
    assert answer.status_code == 200, answer.text
    return {(c["table"], c["row"]["id"]): c for c in answer.json()["changes"]}


def test_a_managers_department_and_clinician_reach_the_desk_by_pull(
    http: httpx.Client, manager: Caller, world: World
) -> None:
    department = created(manager.create("departments", {"name": "Eye clinic"}))
    clinician = created(
        manager.create(
            "clinicians",
            {"full_name": "Ade Cole", "department_id": department["id"], "working_hours": HOURS},
        )
    )
    desk = sign_in(http, "front_desk", PASSWORD, world.desks["IKJ"])
    pulled = _pulled(desk)
    assert ("departments", department["id"]) in pulled
    row = pulled[("clinicians", clinician["id"])]["row"]
    assert row["working_hours"] == HOURS and row["slot_minutes"] == 30


def test_a_deactivated_users_token_is_refused_on_rest_and_sync_within_seconds(
    http: httpx.Client, manager: Caller, world: World
) -> None:
    desk = sign_in(http, "front_desk", PASSWORD, world.desks["IKJ"])
    rewards = "/api/crm/patients/loyalty/rewards"
    assert http.get(rewards, headers=desk.headers).status_code == 200
    assert desk.pull().status_code == 200
    user_id = str(world.users["front_desk"].id)
    answer = manager.act("users", user_id, "deactivate")
    assert answer.status_code == 200 and answer.json()["is_active"] is False
    done = time.monotonic()
    while desk.pull().status_code == 200 or http.get(rewards, headers=desk.headers).is_success:
        assert time.monotonic() - done < CACHE_SECONDS, "the deactivated token still works"
        time.sleep(0.05)
    assert desk.pull().json()["error"]["message"] == "This account can no longer sign in."
    login = {
        "username": "front_desk",
        "password": PASSWORD,
        "device": {"id": str(world.desks["IKJ"])},
    }
    assert http.post("/api/auth/login", json=login).status_code == 401
    assert manager.act("users", user_id, "reactivate").json()["is_active"] is True
    assert sign_in(http, "front_desk", PASSWORD, world.desks["IKJ"]).token


def test_a_reset_password_ends_the_old_one(http: httpx.Client, admin: Caller, world: World) -> None:
    user_id = str(world.users["clinician"].id)
    weak = admin.act("users", user_id, "reset-password", {"password": "password1"})
    assert weak.status_code == 422 and weak.json()["error"]["field"] == "password"
    fresh = "Clinic rounds at nine"
    assert admin.act("users", user_id, "reset-password", {"password": fresh}).status_code == 200
    old = {"username": "clinician", "password": PASSWORD, "device": {"id": str(world.desks["IKJ"])}}
    assert http.post("/api/auth/login", json=old).status_code == 401
    assert sign_in(http, "clinician", fresh, world.desks["IKJ"]).token
    assert admin.act("users", user_id, "unlock").status_code == 200


def test_a_revoked_device_is_cut_off(http: httpx.Client, admin: Caller, world: World) -> None:
    on_the_pc = sign_in(http, "manager", PASSWORD, world.desks["IKJ"])
    devices = {d["id"]: d for d in admin.get("devices").json()["items"]}
    assert "last_sync_at" in devices[str(world.desks["IKJ"])]
    revoked = admin.act("devices", str(world.desks["IKJ"]), "revoke")
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert on_the_pc.pull().status_code == 401


def _next_monday() -> dt.date:
    today = utcnow().astimezone(LAGOS).date()
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


def test_booking_over_rest_follows_the_clinicians_hours(
    live_server: LiveServer, http: httpx.Client, manager: Caller, world: World
) -> None:
    clinician = created(
        manager.create("clinicians", {"full_name": "Ade Cole", "working_hours": HOURS})
    )
    with sessionmaker(live_server.engine).begin() as s:
        patient_id = str(factories.patient(s, hospital_id=world.hospitals["IKJ"]).id)
    monday = _next_monday()

    def book(day: dt.date, hour: int) -> httpx.Response:
        starts = dt.datetime.combine(day, dt.time(hour), LAGOS).isoformat()
        body = {"patient_id": patient_id, "clinician_id": clinician["id"], "starts_at": starts}
        return http.post("/api/crm/patients/appointments", json=body, headers=manager.headers)

    late = book(monday, 15)
    assert late.status_code == 422, late.text
    assert late.json()["error"] == {
        "code": "validation_error",
        "message": "the clinician works 09:00 to 13:00 on Mondays",
        "field": "starts_at",
    }
    assert "does not work on Tuesdays" in book(monday + dt.timedelta(days=1), 10).text
    assert book(monday, 10).status_code == 201
