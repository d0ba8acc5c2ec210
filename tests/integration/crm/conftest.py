"""A live server (the real app on uvicorn on 127.0.0.1) and a small hospital world for CRM tests.

Tokens are issued directly for each role (device-less, as integrations use
them) so tests spend their time on the CRM endpoints, not on password hashing.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
import uvicorn
from pydantic import SecretStr
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import lagos_today
from shared.db.models.loyalty import LoyaltyReward
from shared.db.models.organisation import Clinician, Department, Hospital, User
from shared.db.models.owners import OwnerAccount
from shared.domain.access import Principal
from shared.domain.enums import OwnerKind, RewardKind, Role
from sync_server.auth.tokens import issue_access_token
from sync_server.config import ServerSettings
from sync_server.main import create_app


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Crm:
    """The running server, its database and one authenticated client per role."""

    url: str
    engine: sa.Engine
    hospital_id: uuid.UUID
    other_hospital_id: uuid.UUID
    owner_id: uuid.UUID
    clinician_id: uuid.UUID
    department_id: uuid.UUID
    reward_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    clients: dict[str, httpx.Client] = field(default_factory=dict)

    def as_(self, role: str) -> httpx.Client:
        return self.clients[role]

    def session(self) -> Session:
        return sessionmaker(self.engine, expire_on_commit=False)()

    def count(self, table: str, **where: Any) -> int:
        clause = " AND ".join(f"{k} = :{k}" for k in where) or "true"
        with self.engine.connect() as conn:
            query = sa.text(f"SELECT count(*) FROM {table} WHERE {clause}")
            return int(conn.execute(query, where).scalar_one())


def _serve(app: Any) -> tuple[uvicorn.Server, threading.Thread, int]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    return server, thread, port


def _populate(session: Session) -> dict[str, Any]:
    owner = OwnerAccount(kind=OwnerKind.COMPANY, display_name="Eko Health Holdings")
    ikj = Hospital(code="IKJ", name="Ikeja General", state="Lagos")
    grk = Hospital(code="GRK", name="Garki Clinic", state="FCT")
    session.add_all([owner, ikj, grk])
    session.flush()
    opd = Department(hospital_id=ikj.id, name="OPD")
    session.add(opd)
    session.flush()
    doctor = Clinician(hospital_id=ikj.id, department_id=opd.id, full_name="Dr Ngozi Okafor")
    rewards = [
        LoyaltyReward(name="Free Blood Test", kind=RewardKind.FREE_SERVICE, points_cost=100),
        LoyaltyReward(name="10% Consultation Discount", kind=RewardKind.DISCOUNT, points_cost=50),
    ]
    session.add_all([doctor, *rewards])
    users = {
        "admin": User(username="admin", full_name="Admin", role=Role.ADMIN),
        "manager": User(username="mgr", full_name="Mgr", role=Role.MANAGER, hospital_id=ikj.id),
        "front_desk": User(
            username="desk", full_name="Desk", role=Role.FRONT_DESK, hospital_id=ikj.id
        ),
        "clinician": User(username="doc", full_name="Doc", role=Role.CLINICIAN, hospital_id=ikj.id),
        "other_desk": User(
            username="grk", full_name="Grk", role=Role.FRONT_DESK, hospital_id=grk.id
        ),
        "owner": User(username="own", full_name="Own", role=Role.OWNER, owner_account_id=owner.id),
    }
    session.add_all(users.values())
    session.flush()
    return {
        "ids": (ikj.id, grk.id, owner.id, doctor.id, opd.id),
        "rewards": {r.name: r.id for r in rewards},
        "principals": {
            name: Principal(
                u.id, u.role, hospital_id=u.hospital_id, owner_account_id=u.owner_account_id
            )
            for name, u in users.items()
        },
    }


@pytest.fixture
def crm(pg_url: str, tmp_path: Path) -> Iterator[Crm]:
    settings = ServerSettings(
        database_url=pg_url, data_dir=tmp_path, secret_key=SecretStr("crm-test-key-" + "x" * 32)
    )
    engine = sa.create_engine(pg_url, pool_size=4)
    with sessionmaker(engine, expire_on_commit=False).begin() as session:
        world = _populate(session)
    server, thread, port = _serve(create_app(settings, engine=engine))
    url = f"http://127.0.0.1:{port}"
    crm = Crm(url, engine, *world["ids"], reward_ids=world["rewards"])
    for name, principal in world["principals"].items():
        token = issue_access_token(principal, settings)
        crm.clients[name] = httpx.Client(
            base_url=url, timeout=30, headers={"Authorization": f"Bearer {token}"}
        )
    crm.clients["anonymous"] = httpx.Client(base_url=url, timeout=30)
    yield crm
    for client in crm.clients.values():
        client.close()
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


def later_at(hour: int, minute: int = 0) -> str:
    """An ISO time two days ahead in Lagos (both reminders still ahead), as integrations send it."""
    day = lagos_today() + dt.timedelta(days=2)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+01:00"


def error_of(response: httpx.Response) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    return body["error"]  # type: ignore[no-any-return]
