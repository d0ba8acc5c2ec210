"""What a device receives: one estate with every kind of row, and readers for snapshot and pull.

Two hospitals on a fresh PostgreSQL; hospital A has a manager, a front desk,
a clinician and an owner with a contract, each on their own device, and one
row of every table the attacks are about, all in the change log. The
readers go through the real HTTP endpoints on the live server.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
import uvicorn
from sqlalchemy.orm import Session, sessionmaker
from twilio.request_validator import RequestValidator

from shared.clock import utcnow
from shared.db import models as m
from shared.domain import enums as e
from shared.domain.access import Principal
from shared.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync_server.config import ServerSettings
from sync_server.main import create_app
from sync_server.sync.changes import record_change
from tests import factories
from tests.integration.sync.conftest import SyncServer

TWILIO_TOKEN = "reads-twilio-token"
PUBLIC_URL = "https://crm.example.ng"
PHONE_A = "+2348031110001"
PHONE_B = "+2348032220002"
STAFF_ROLES = (e.Role.MANAGER, e.Role.FRONT_DESK, e.Role.CLINICIAN)


@dataclass(frozen=True)
class Estate:
    """Hospital A (with staff of every role and an owner) and hospital B next door."""

    hospital_a: uuid.UUID
    hospital_b: uuid.UUID
    patient_a: uuid.UUID
    principals: dict[e.Role, Principal]

    def of(self, role: e.Role) -> Principal:
        return self.principals[role]


def _staff(session: Session, hospital_id: uuid.UUID, role: e.Role, n: int) -> Principal:
    user = factories.user(session, role=role, hospital_id=hospital_id)
    device = m.Device(name=f"PC {n}", prefix=f"RD{n:02d}", hospital_id=hospital_id)
    session.add(device)
    session.flush()
    for row in (user, device):
        record_change(session, row)
    return Principal(user.id, role, hospital_id=hospital_id, device_id=device.id)


def _owner(session: Session, hospital_id: uuid.UUID) -> Principal:
    owner = factories.owner_account(session)
    user = factories.user(session, role=e.Role.OWNER, owner_account_id=owner.id)
    device = m.Device(name="Owner laptop", prefix="RDOW", owner_account_id=owner.id)
    session.add(device)
    contract = factories.contract(session, owner_account_id=owner.id, hospital_id=hospital_id)
    factories.payout(session, contract=contract)
    session.flush()
    return Principal(user.id, e.Role.OWNER, owner_account_id=owner.id, device_id=device.id)


def _hospital_rows(session: Session, hospital_id: uuid.UUID, phone: str) -> uuid.UUID:
    """A patient, their payment, an appointment, a campaign and a day's revenue summary."""
    patient = factories.patient(session, hospital_id=hospital_id, phone=phone)
    clinician = factories.clinician(session, hospital_id=hospital_id)
    appointment = factories.appointment(
        session, hospital_id=hospital_id, patient_id=patient.id, clinician_id=clinician.id
    )
    template = factories.template(session)
    payment = m.RevenueEntry(
        hospital_id=hospital_id,
        patient_id=patient.id,
        amount_minor=500_000,
        method=e.PaymentMethod.CASH,
        received_at=utcnow(),
    )
    campaign = m.Campaign(
        hospital_id=hospital_id, name="Flu jabs", template_id=template.id, channel=e.Channel.SMS
    )
    summary = m.RevenueSummary(
        hospital_id=hospital_id,
        day=dt.date(2026, 11, 1),
        method=e.PaymentMethod.CASH,
        currency="NGN",
        entry_count=1,
        total_minor=500_000,
    )
    price = m.ChannelPrice(channel=e.Channel.SMS, currency="NGN", price_minor=400)
    session.add_all([payment, campaign, summary, price])
    session.flush()
    for row in (patient, clinician, appointment, template, payment, campaign, summary, price):
        record_change(session, row)
    return patient.id


def build_estate(session: Session) -> Estate:
    hospital_a = factories.hospital(session)
    hospital_b = factories.hospital(session)
    for hospital in (hospital_a, hospital_b):
        record_change(session, hospital)
    principals = {
        role: _staff(session, hospital_a.id, role, n) for n, role in enumerate(STAFF_ROLES)
    }
    principals[e.Role.OWNER] = _owner(session, hospital_a.id)
    patient_a = _hospital_rows(session, hospital_a.id, PHONE_A)
    patient_b = factories.patient(session, hospital_id=hospital_b.id, phone=PHONE_B)
    record_change(session, patient_b)
    return Estate(hospital_a.id, hospital_b.id, patient_a, principals)


@pytest.fixture
def estate(pg_engine: Any) -> Estate:
    with sessionmaker(pg_engine, expire_on_commit=False).begin() as session:
        return build_estate(session)


class Reader:
    """A device's view over HTTP: everything its snapshot and its pull from zero hold."""

    def __init__(self, server: SyncServer, principal: Principal) -> None:
        self.http = httpx.Client(
            base_url=server.url,
            headers={
                "Authorization": f"Bearer {server.token(principal)}",
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            },
        )

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(f"/api/sync/{path}", params=params)

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table the snapshot covers, by table."""
        first = self.get("snapshot").raise_for_status().json()
        rows: dict[str, list[dict[str, Any]]] = {}
        for table in first["tables"]:
            rows[table] = self._table(table, first["cursor"])
        return rows

    def _table(self, table: str, cursor: int) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        params: dict[str, Any] = {"table": table, "cursor": cursor, "limit": 500}
        while True:
            page = self.get("snapshot", **params).raise_for_status().json()
            rows.extend(dict(zip(page["columns"], row, strict=True)) for row in page["rows"])
            if page["done"]:
                return rows
            params["after"] = page["next_after"]

    def pull(self, cursor: int = 0, limit: int = 1000) -> dict[str, list[dict[str, Any]]]:
        """Every row the feed after ``cursor`` brings, by table."""
        rows: dict[str, list[dict[str, Any]]] = {}
        while True:
            page = self.get("pull", cursor=cursor, limit=limit).raise_for_status().json()
            for change in page["changes"]:
                rows.setdefault(change["table"], []).append(change["row"])
            cursor = page["cursor"]
            if not page["has_more"]:
                return rows

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def reader(sync_server: SyncServer) -> Iterator[Any]:
    readers: list[Reader] = []

    def open_reader(principal: Principal) -> Reader:
        readers.append(Reader(sync_server, principal))
        return readers[-1]

    yield open_reader
    for one in readers:
        one.close()


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def twilio_server(pg_url: str, tmp_path: Path) -> Iterator[SyncServer]:
    """The real app on 127.0.0.1 that also believes signed Twilio callbacks."""
    settings = ServerSettings.model_validate(
        {
            "database_url": pg_url,
            "data_dir": tmp_path,
            "secret_key": "reads-test-signing-key-" + "x" * 32,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "public_base_url": PUBLIC_URL,
        }
    )
    engine = sa.create_engine(pg_url, pool_size=4)
    config = uvicorn.Config(create_app(settings, engine=engine), port=_port(), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    yield SyncServer(f"http://127.0.0.1:{config.port}", settings)
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


def send_stop(server: SyncServer, sender: str, sid: str) -> httpx.Response:
    """A signed inbound "STOP" from ``sender``, as Twilio posts it."""
    path = "/api/webhooks/twilio/inbound"
    form = {"MessageSid": sid, "From": sender, "Body": "STOP"}
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(PUBLIC_URL + path, form)
    headers = {"X-Twilio-Signature": signature}
    return httpx.post(server.url + path, data=form, headers=headers, timeout=10)
