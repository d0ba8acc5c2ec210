"""Fixtures for attacks on the sync push: two hospitals, every role on a device, a live server.

Hospital A and hospital B each have a manager, a front desk and a clinician
(users with registered devices), an owner with a contract and a payout, and
one row of each kind the attacks aim at (patient, clinician, booking,
payment, ledger entry, message), all in the change log. An admin has a
device of their own. :class:`Wire` sends crafted pushes and pulls over real
HTTP as any of them; :func:`server_rows` snapshots every synced row so a test
can assert that a refused push changed nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import HybridLogicalClock, utcnow
from shared.db import models as m
from shared.domain import enums as e
from shared.domain.access import Principal
from shared.sync.codec import encode_row, model_of
from shared.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from shared.sync.registry import REGISTRY
from sync_server.sync.changes import record_change
from tests import factories
from tests.integration.sync.conftest import SyncServer, pg_sessions, sync_server

__all__ = ["Estate", "Side", "Wire", "estate", "pg_sessions", "server_rows", "sync_server", "wire"]

STAFF = (e.Role.MANAGER, e.Role.FRONT_DESK, e.Role.CLINICIAN)
_prefixes = itertools.count(10)


@dataclass(frozen=True)
class Side:
    """One hospital: its staff and owner on their devices, and one row of each kind."""

    hospital_id: uuid.UUID
    principals: dict[e.Role, Principal]
    owner_account_id: uuid.UUID
    patient_id: uuid.UUID
    patient_phone: str
    clinician_id: uuid.UUID
    appointment_id: uuid.UUID
    appointment_starts: dt.datetime
    payment_id: uuid.UUID
    ledger_id: uuid.UUID
    message_id: uuid.UUID
    payout_id: uuid.UUID

    def of(self, role: e.Role) -> Principal:
        return self.principals[role]

    @property
    def desk(self) -> Principal:
        return self.principals[e.Role.FRONT_DESK]

    @property
    def owner(self) -> Principal:
        return self.principals[e.Role.OWNER]


@dataclass(frozen=True)
class Estate:
    a: Side
    b: Side
    admin: Principal


def _device(session: Session, **scope: Any) -> m.Device:
    device = m.Device(name="PC", prefix=f"SX{next(_prefixes)}", **scope)
    session.add(device)
    session.flush()
    return device


def _staff(session: Session, hospital_id: uuid.UUID, role: e.Role) -> Principal:
    user = factories.user(session, role=role, hospital_id=hospital_id)
    device = _device(session, hospital_id=hospital_id)
    for row in (user, device):
        record_change(session, row)
    return Principal(user.id, role, hospital_id=hospital_id, device_id=device.id)


def _owner(session: Session, hospital_id: uuid.UUID) -> tuple[Principal, uuid.UUID, uuid.UUID]:
    account = factories.owner_account(session)
    user = factories.user(session, role=e.Role.OWNER, owner_account_id=account.id)
    device = _device(session, owner_account_id=account.id)
    contract = factories.contract(session, owner_account_id=account.id, hospital_id=hospital_id)
    payout = factories.payout(session, contract=contract)
    session.flush()
    principal = Principal(user.id, e.Role.OWNER, owner_account_id=account.id, device_id=device.id)
    return principal, account.id, payout.id


def _side(session: Session, phone: str, points: int) -> Side:
    hospital = factories.hospital(session)
    record_change(session, hospital)
    principals = {role: _staff(session, hospital.id, role) for role in STAFF}
    principals[e.Role.OWNER], account_id, payout_id = _owner(session, hospital.id)
    patient = factories.patient(session, hospital_id=hospital.id, phone=phone, last_name="Okeke")
    clinician = factories.clinician(session, hospital_id=hospital.id)
    booking = factories.appointment(
        session, hospital_id=hospital.id, patient_id=patient.id, clinician_id=clinician.id
    )
    payment = m.RevenueEntry(
        hospital_id=hospital.id,
        patient_id=patient.id,
        amount_minor=500_000,
        method=e.PaymentMethod.CASH,
        received_at=utcnow(),
    )
    ledger = m.LoyaltyLedgerEntry(
        hospital_id=hospital.id,
        patient_id=patient.id,
        kind=e.LedgerKind.EARN,
        points=points,
        reason="Visit",
        occurred_at=utcnow(),
    )
    message = m.Message(
        hospital_id=hospital.id,
        patient_id=patient.id,
        channel=e.Channel.SMS,
        address=phone,
        body="Your results are ready, Chinedu.",
    )
    session.add_all([payment, ledger, message])
    session.flush()
    for row in (patient, clinician, booking, payment, ledger, message):
        record_change(session, row)
    return Side(
        hospital.id,
        principals,
        account_id,
        patient.id,
        phone,
        clinician.id,
        booking.id,
        booking.starts_at,
        payment.id,
        ledger.id,
        message.id,
        payout_id,
    )


def _admin(session: Session) -> Principal:
    user = factories.user(session, role=e.Role.ADMIN)
    device = _device(session)
    record_change(session, user)
    return Principal(user.id, e.Role.ADMIN, device_id=device.id)


@pytest.fixture
def estate(pg_sessions: sessionmaker[Session]) -> Estate:
    with pg_sessions.begin() as session:
        a = _side(session, "+2348031110001", 1234)
        b = _side(session, "+2348032220002", 4321)
        return Estate(a, b, _admin(session))


@dataclass
class Wire:
    """Crafted pushes and pulls over HTTP, as any principal; seqs continue per device."""

    server: SyncServer
    http: httpx.Client
    seqs: dict[uuid.UUID, int] = field(default_factory=dict)
    clock: HybridLogicalClock = field(default_factory=lambda: HybridLogicalClock("atk"))

    def mutation(self, table: str, row_id: uuid.UUID, fields: dict[str, Any], **kw: Any) -> Any:
        """One mutation as a device would send it (``hlc`` and ``base_clocks`` overridable)."""
        return {
            "mutation_id": str(uuid.uuid4()),
            "table": table,
            "row_id": str(row_id),
            "op": "upsert",
            "fields": fields,
            "base_clocks": kw.get("base_clocks", {}),
            "hlc": kw.get("hlc") or self.clock.now(),
        }

    def push_raw(self, principal: Principal, *mutations: dict[str, Any]) -> httpx.Response:
        assert principal.device_id is not None
        first = self.seqs.get(principal.device_id, 0) + 1
        numbered = [{**mu, "seq": first + i} for i, mu in enumerate(mutations)]
        self.seqs[principal.device_id] = first + len(mutations) - 1
        return self.http.post(
            f"{self.server.url}/api/sync/push",
            json={"mutations": numbered},
            headers=self._headers(principal),
        )

    def push(self, principal: Principal, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        """The per-mutation answers; any answer but 200 fails the test."""
        response = self.push_raw(principal, *mutations)
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull(self, principal: Principal) -> list[dict[str, Any]]:
        """Every change the device receives from the start of the feed."""
        changes: list[dict[str, Any]] = []
        cursor = 0
        while True:
            response = self.http.get(
                f"{self.server.url}/api/sync/pull",
                params={"cursor": cursor, "limit": 10_000},
                headers=self._headers(principal),
            )
            assert response.status_code == 200, response.text
            page = response.json()
            changes.extend(page["changes"])
            cursor = page["cursor"]
            if not page["has_more"]:
                return changes

    def _headers(self, principal: Principal) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.server.token(principal)}",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        }


@pytest.fixture
def wire(sync_server: SyncServer) -> Iterator[Wire]:
    with httpx.Client(timeout=30) as http:
        yield Wire(sync_server, http)


#: Bookkeeping an applied empty edit moves without changing what the row says.
_BOOKKEEPING = ("server_seq", "updated_at")


def server_rows(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """Every row of every synced table, as wire rows without bookkeeping, by ``(table, id)``."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for name in REGISTRY:
        model: Any = model_of(name)
        for row in session.scalars(sa.select(model)):
            payload = encode_row(row)
            for column in _BOOKKEEPING:
                payload.pop(column)
            out[(name, str(row.id))] = payload
    return out


def outcomes(results: list[dict[str, Any]]) -> list[str]:
    return [f"{r['outcome']}:{r['code']}" for r in results]


def rows_in(changes: list[dict[str, Any]], table: str) -> list[dict[str, Any]]:
    """The table's rows as the device ends up holding them (the last change of each)."""
    latest = {c["row"]["id"]: c["row"] for c in changes if c["table"] == table}
    return list(latest.values())
