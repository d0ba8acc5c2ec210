"""Refused requests and list reads of a patient's history leave audit rows; floods do not."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from shared.clock import utcnow
from shared.db import models as m
from shared.domain.enums import LogChannel
from tests.integration.security._hardening_fixtures import (  # noqa: F401
    Callers,
    callers_fixture,
    client_fixture,
    hardened_settings_fixture,
    sendgrid_key_fixture,
    server_fixture,
    sessions_of,
)
from tests.integration.server.conftest import LiveServer

#: A one-second throttle window, so a test can see a second window open.
DENIAL_AUDIT_SECONDS = 1
PROFILE_ROUTE = "/api/crm/patients/{patient_id}/profile"


def _rows(server: LiveServer, action: str) -> list[m.AuditEntry]:
    with sessions_of(server)() as s:
        query = sa.select(m.AuditEntry).where(m.AuditEntry.action == action)
        return list(s.scalars(query.order_by(m.AuditEntry.occurred_at)))


def test_a_desk_refused_another_hospitals_patient_is_audited_with_its_principal(
    server: LiveServer, client: httpx.Client, callers: Callers
) -> None:
    path = f"/api/crm/patients/{callers.other_patient}/profile"
    assert client.get(path, headers=callers.desk).status_code == 403
    (row,) = _rows(server, "denied")
    assert (row.actor_user_id, row.device_id, row.hospital_id) == (
        callers.desk_user,
        callers.desk_device,
        callers.home,
    )
    assert row.summary == {
        "method": "GET",
        "route": PROFILE_ROUTE,
        "status": 403,
        "earlier_denials": 0,
    }


def test_a_request_without_a_token_is_audited_without_a_principal(
    server: LiveServer, client: httpx.Client, callers: Callers
) -> None:
    assert client.get(f"/api/crm/patients/{callers.home_patient}/profile").status_code == 401
    (row,) = _rows(server, "denied")
    assert (row.actor_user_id, row.device_id) == (None, None)
    assert row.summary["status"] == 401 and row.summary["route"] == PROFILE_ROUTE


def test_a_flood_of_refusals_writes_one_row_per_window_and_counts_the_rest(
    server: LiveServer, client: httpx.Client, callers: Callers
) -> None:
    for _ in range(30):
        patient = uuid.uuid4()  # a new path each time: the route template is what counts
        assert client.get(f"/api/crm/patients/{patient}/profile").status_code == 401
    assert len(_rows(server, "denied")) == 1
    time.sleep(DENIAL_AUDIT_SECONDS + 0.2)
    assert client.get(f"/api/crm/patients/{uuid.uuid4()}/profile").status_code == 401
    first, second = _rows(server, "denied")
    assert (first.summary["earlier_denials"], second.summary["earlier_denials"]) == (0, 29)


def _history(server: LiveServer, callers: Callers) -> None:
    with sessions_of(server).begin() as s:
        s.add(
            m.PatientCommunication(
                hospital_id=callers.home,
                patient_id=callers.home_patient,
                channel=LogChannel.CALL,
                summary="Called about the lab results",
                occurred_at=utcnow(),
            )
        )


@pytest.mark.parametrize(
    ("suffix", "entity", "rows"),
    [
        ("communications", "patient_communications", 1),
        ("loyalty/transactions", "loyalty_ledger", 0),
    ],
)
def test_a_list_read_of_a_patients_history_writes_one_audit_row(
    server: LiveServer, client: httpx.Client, callers: Callers, suffix: str, entity: str, rows: int
) -> None:
    _history(server, callers)
    path = f"/api/crm/patients/{callers.home_patient}/{suffix}"
    response = client.get(path, params={"limit": 20, "offset": 0}, headers=callers.desk)
    assert response.status_code == 200 and len(response.json()) == rows
    (row,) = _rows(server, "list")
    expected: dict[str, Any] = {
        "entity": entity,
        "entity_id": callers.home_patient,
        "actor_user_id": callers.desk_user,
        "device_id": callers.desk_device,
        "hospital_id": callers.home,
        "summary": {"patient_id": str(callers.home_patient), "rows": rows, "offset": 0},
    }
    assert {key: getattr(row, key) for key in expected} == expected
