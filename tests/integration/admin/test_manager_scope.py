"""A manager sets up their own clinic, and nothing else: the scoping is the server's.

Each refusal here is what the desk's page picker already hides; these calls
are made directly, as a hostile or curious manager would, and must fail on
the server whatever the desk shows.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.integration.admin.conftest import Caller, created, sign_in
from tests.integration.server.conftest import World

DESK_PASSWORD = "Ikeja front desk 77"
HOURS = {"mon": {"start": "09:00", "end": "13:00"}, "wed": {"start": "12:00", "end": "18:00"}}


def _refused(answer: httpx.Response, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    error: dict[str, Any] = answer.json()["error"]
    assert set(error) == {"code", "message", "field"}
    return error


def test_a_manager_sets_up_departments_clinicians_and_desk_staff(
    http: httpx.Client, manager: Caller, world: World
) -> None:
    ikj = str(world.hospitals["IKJ"])
    department = created(manager.create("departments", {"name": "Paediatrics"}))
    assert department["hospital_id"] == ikj
    clinician = created(
        manager.create(
            "clinicians",
            {
                "full_name": "Ngozi Eze",
                "title": "Dr",
                "department_id": department["id"],
                "working_hours": HOURS,
                "slot_minutes": 20,
            },
        )
    )
    assert clinician["hospital_id"] == ikj
    assert clinician["working_hours"] == HOURS and clinician["slot_minutes"] == 20
    desk_user = created(
        manager.create(
            "users",
            {
                "username": "bisi",
                "full_name": "Bisi Ade",
                "role": "front_desk",
                "password": DESK_PASSWORD,
            },
        )
    )
    assert desk_user["hospital_id"] == ikj
    assert sign_in(http, "bisi", DESK_PASSWORD, world.desks["IKJ"]).token
    changed = manager.update("clinicians", clinician["id"], {"slot_minutes": 15})
    assert changed.status_code == 200 and changed.json()["slot_minutes"] == 15


def test_a_manager_is_refused_another_hospital_and_the_admins_pages(
    manager: Caller, admin: Caller, world: World
) -> None:
    grk = str(world.hospitals["GRK"])
    theirs = created(admin.create("departments", {"name": "Surgery", "hospital_id": grk}))
    error = _refused(manager.create("departments", {"name": "Eye", "hospital_id": grk}), 403)
    assert error["field"] == "hospital_id"
    _refused(manager.update("departments", theirs["id"], {"name": "Mine now"}), 404)
    assert theirs["id"] not in {d["id"] for d in manager.get("departments").json()["items"]}
    for page in ("hospitals", "owners", "contracts", "channel-prices", "devices"):
        _refused(manager.get(page), 403)
    _refused(manager.create("hospitals", {"code": "XX", "name": "Mine", "state": "Lagos"}), 403)
    user = {"username": "boss2", "full_name": "Boss Two", "password": DESK_PASSWORD}
    _refused(manager.create("users", {**user, "role": "manager"}), 403)
    _refused(manager.create("users", {**user, "role": "admin"}), 403)
    other = {**user, "role": "front_desk", "hospital_id": grk}
    assert _refused(manager.create("users", other), 403)["field"] == "hospital_id"
    admin_id = str(world.users["admin"].id)
    _refused(manager.act("users", admin_id, "deactivate"), 404)


def test_desk_staff_may_not_administer_at_all(http: httpx.Client, world: World) -> None:
    from tests.integration.server.conftest import PASSWORD

    desk = sign_in(http, "front_desk", PASSWORD, world.desks["IKJ"])
    for page in ("departments", "clinicians", "users", "rewards"):
        _refused(desk.get(page), 403)
    _refused(desk.create("departments", {"name": "Eye"}), 403)


def test_a_bad_value_is_refused_naming_the_field(manager: Caller) -> None:
    error = _refused(manager.create("clinicians", {"full_name": "Ngozi Eze", "phone": "12"}), 422)
    assert error["field"] == "phone" and error["message"].startswith("Phone:")
    late = {"full_name": "Ngozi Eze", "working_hours": {"mon": {"start": "17:00", "end": "09:00"}}}
    error = _refused(manager.create("clinicians", late), 422)
    assert error["field"].startswith("working_hours") and "Working hours" in error["message"]
    error = _refused(
        manager.create("clinicians", {"full_name": "Ngozi Eze", "slot_minutes": 1}), 422
    )
    assert error["field"] == "slot_minutes" and error["message"].startswith("Slot length:")
    error = _refused(manager.create("departments", {"name": "  "}), 422)
    assert error["field"] == "name"
    error = _refused(manager.create("departments", {"name": "Eye", "colour": "red"}), 422)
    assert error["field"] == "colour"
    _refused(manager.create("no-such-page", {}), 404)
