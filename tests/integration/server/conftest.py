"""A live server per test: the real app on uvicorn on 127.0.0.1, a fresh database, httpx.

``world`` builds two hospitals with one user of every role (password
``PASSWORD``) and a registered desk PC per hospital, so tests log in over
HTTP exactly like the desktop does.
"""

from __future__ import annotations

import functools
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
import uvicorn
from pydantic import SecretStr
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models.organisation import Device, Hospital, User
from shared.db.models.owners import OwnerAccount
from shared.domain.enums import OwnerKind, Role
from sync_server.auth.passwords import hash_password
from sync_server.auth.tables import UserCredential
from sync_server.config import ServerSettings
from sync_server.main import create_app

PASSWORD = "correct horse battery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class LiveServer:
    url: str
    settings: ServerSettings
    engine: sa.Engine

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


@pytest.fixture
def server_settings(pg_url: str, tmp_path: Path) -> ServerSettings:
    return ServerSettings(
        database_url=pg_url,
        data_dir=tmp_path,
        secret_key=SecretStr("test-signing-key-" + "x" * 32),
        login_max_failures=3,
        login_lock_minutes=5,
    )


def run_server(settings: ServerSettings, url: str) -> Iterator[LiveServer]:
    """Serve the real app on a free port in a thread until the generator is closed."""
    engine = sa.create_engine(url, pool_size=4)
    app = create_app(settings, engine=engine)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    yield LiveServer(f"http://127.0.0.1:{port}", settings, engine)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def live_server(server_settings: ServerSettings, pg_url: str) -> Iterator[LiveServer]:
    yield from run_server(server_settings, pg_url)


@dataclass
class World:
    hospitals: dict[str, uuid.UUID] = field(default_factory=dict)
    owner_account_id: uuid.UUID | None = None
    users: dict[str, User] = field(default_factory=dict)
    desks: dict[str, uuid.UUID] = field(default_factory=dict)


def add_user(session: Session, username: str, role: Role, **scope: uuid.UUID | None) -> User:
    user = User(username=username, full_name=username.title(), role=role, **scope)
    session.add(user)
    session.flush()
    session.add(UserCredential(user_id=user.id, password_hash=_password_hash()))
    return user


@functools.cache
def _password_hash() -> str:
    """Hashed once per run: argon2id is slow on purpose, and tests need many users."""
    return hash_password(PASSWORD)


@pytest.fixture
def world(live_server: LiveServer) -> World:
    """IKJ (owned by the one owner) and GRK (not), each with staff and a desk PC."""
    out = World()
    with sessionmaker(live_server.engine, expire_on_commit=False).begin() as s:
        owner = OwnerAccount(kind=OwnerKind.COMPANY, display_name="Eko Health Holdings")
        s.add(owner)
        s.flush()
        out.owner_account_id = owner.id
        for code, name, state in (("IKJ", "Ikeja General", "Lagos"), ("GRK", "Garki", "FCT")):
            hospital = Hospital(code=code, name=name, state=state)
            s.add(hospital)
            s.flush()
            out.hospitals[code] = hospital.id
            desk = Device(name=f"{code} desk", prefix=f"{code}9", hospital_id=hospital.id)
            s.add(desk)
            s.flush()
            out.desks[code] = desk.id
        ikj = out.hospitals["IKJ"]
        out.users["admin"] = add_user(s, "admin", Role.ADMIN)
        out.users["manager"] = add_user(s, "manager", Role.MANAGER, hospital_id=ikj)
        out.users["front_desk"] = add_user(s, "front_desk", Role.FRONT_DESK, hospital_id=ikj)
        out.users["clinician"] = add_user(s, "clinician", Role.CLINICIAN, hospital_id=ikj)
        out.users["owner"] = add_user(s, "owner", Role.OWNER, owner_account_id=owner.id)
    return out
