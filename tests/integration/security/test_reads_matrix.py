"""A device receives through sync only what its role may read through REST.

Each test downloads as one role over the real endpoints, snapshot and pull
from zero alike, and asserts that the tables the permission matrix denies
that role are absent. On the code before the check every one of them came
down: a clinician got the hospital's payments, campaigns, users, devices and
templates; a front desk its campaigns, users and devices; a manager the
owners' contracts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import sessionmaker

from shared.clock import utcnow
from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import PaymentMethod, Role
from shared.sync.registry import REPLICATED, received_tables
from sync_server.sync.changes import record_change
from tests.integration.security._reads_fixtures import (  # noqa: F401  (fixtures)
    Estate,
    Reader,
    estate,
    reader,
)
from tests.integration.sync.conftest import sync_server  # noqa: F401  (fixture)

OpenReader = Callable[[Any], Reader]

DENIED = {
    Role.CLINICIAN: {
        "revenue_entries",
        "campaigns",
        "users",
        "devices",
        "message_templates",
        "channel_prices",
        "suppressions",
    },
    Role.FRONT_DESK: {"campaigns", "users", "devices", "suppressions"},
    Role.MANAGER: {"contracts", "owner_accounts"},
}
#: Tables with a row about one patient (or the patient row itself).
PATIENT_DATA = {
    "patients",
    "appointments",
    "revenue_entries",
    "messages",
    "patient_communications",
    "patient_feedback",
    "loyalty_ledger",
    "loyalty_redemptions",
    "sync_conflicts",
    "suppressions",
}


def _downloads(open_reader: OpenReader, world: Estate, role: Role) -> list[dict[str, Any]]:
    device = open_reader(world.of(role))
    return [device.snapshot(), device.pull()]


@pytest.mark.parametrize("role", list(DENIED), ids=str)
def test_a_role_receives_no_table_the_matrix_denies_it(
    role: Role,
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
) -> None:
    for received in _downloads(reader, estate, role):
        assert DENIED[role].isdisjoint({t for t, rows in received.items() if rows})
        assert {uuid.UUID(row["id"]) for row in received["patients"]} == {estate.patient_a}


def test_a_role_still_receives_what_its_screens_need(
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
) -> None:
    snapshot, pulled = _downloads(reader, estate, Role.FRONT_DESK)
    for received in (snapshot, pulled):
        for table in ("hospitals", "clinicians", "patients", "appointments", "revenue_entries"):
            assert received.get(table), table
        assert received.get("message_templates")  # the desk's Messages screen offers them
    manager_snapshot, manager_pull = _downloads(reader, estate, Role.MANAGER)
    for received in (manager_snapshot, manager_pull):
        assert received.get("payouts") and received.get("campaigns") and received.get("users")


def test_an_owner_never_receives_patient_data_nor_staff_rows(
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
) -> None:
    for received in _downloads(reader, estate, Role.OWNER):
        present = {table for table, rows in received.items() if rows}
        assert present.isdisjoint(PATIENT_DATA | {"users", "devices", "campaigns"})
        assert {"contracts", "payouts", "hospitals"} <= present
        assert all("patient_id" not in row for rows in received.values() for row in rows)


def test_asking_for_a_denied_table_by_name_is_refused(
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
) -> None:
    clinician = reader(estate.of(Role.CLINICIAN))
    answer = clinician.get("snapshot", table="revenue_entries", cursor=0)
    assert answer.status_code == 422
    assert answer.json()["error"]["field"] == "table"


def test_a_pull_moves_past_changes_the_role_may_not_read(
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
    pg_engine: Any,
) -> None:
    clinician = reader(estate.of(Role.CLINICIAN))
    cursor = clinician.get("pull", cursor=0).json()["cursor"]
    with sessionmaker(pg_engine, expire_on_commit=False).begin() as session:
        payment = m.RevenueEntry(
            hospital_id=estate.hospital_a,
            patient_id=estate.patient_a,
            amount_minor=250_000,
            method=PaymentMethod.CASH,
            received_at=utcnow(),
        )
        session.add(payment)
        record_change(session, payment)
    page = clinician.get("pull", cursor=cursor).json()
    assert page["changes"] == [] and not page["has_more"]
    assert page["cursor"] == payment.server_seq


def test_the_tables_each_role_receives_are_the_matrix_decisions() -> None:
    hospital, owner = uuid.uuid4(), uuid.uuid4()
    every = {spec.name for spec in REPLICATED}
    staff = {role: Principal(uuid.uuid4(), role, hospital_id=hospital) for role in DENIED}
    for role, principal in staff.items():
        assert every - received_tables(principal) >= DENIED[role], role
    owner_tables = received_tables(Principal(uuid.uuid4(), Role.OWNER, owner_account_id=owner))
    assert owner_tables.isdisjoint(PATIENT_DATA | {"users", "devices", "campaigns"})
    assert received_tables(Principal(uuid.uuid4(), Role.ADMIN)) == every
