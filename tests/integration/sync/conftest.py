"""Fixtures for sync tests: a hospital with staff and devices on a fresh PostgreSQL."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
import uvicorn
from pydantic import SecretStr
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.engine import make_engine as make_desk_engine
from desktop.store.migrate import upgrade as migrate_desk
from desktop.store.writes import LocalWriter
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine
from shared.clock import HybridLogicalClock
from shared.db.models import Clinician, Device, Hospital, User
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.auth.tokens import issue_access_token
from sync_server.config import ServerSettings
from sync_server.main import create_app


@dataclass(frozen=True)
class HospitalWorld:
    """One hospital, a front-desk user, and three registered desks."""

    hospital_id: uuid.UUID
    user_id: uuid.UUID
    device_ids: tuple[uuid.UUID, ...]
    prefixes: tuple[str, ...]
    clinician_id: uuid.UUID

    def principal(self, index: int = 0) -> Principal:
        return Principal(
            self.user_id,
            Role.FRONT_DESK,
            hospital_id=self.hospital_id,
            device_id=self.device_ids[index],
        )


def make_hospital(
    session: Session, *, code: str, devices: int = 3, role: Role = Role.FRONT_DESK
) -> HospitalWorld:
    hospital = Hospital(code=code, name=f"{code} General Hospital", state="Lagos")
    session.add(hospital)
    session.flush()
    user = User(
        username=f"desk_{code.lower()}",
        full_name="Front Desk",
        role=role,
        hospital_id=hospital.id,
    )
    rows = [
        Device(name=f"Desk {i + 1}", prefix=f"{code[:3]}{i + 1}", hospital_id=hospital.id)
        for i in range(devices)
    ]
    clinician = Clinician(hospital_id=hospital.id, full_name="Dr Bola Ade")
    session.add_all([user, clinician, *rows])
    session.flush()
    return HospitalWorld(
        hospital.id,
        user.id,
        tuple(d.id for d in rows),
        tuple(d.prefix for d in rows),
        clinician.id,
    )


@pytest.fixture
def pg_sessions(pg_engine: sa.Engine) -> sessionmaker[Session]:
    return sessionmaker(pg_engine, expire_on_commit=False)


@pytest.fixture
def world(pg_sessions: sessionmaker[Session]) -> HospitalWorld:
    with pg_sessions.begin() as session:
        return make_hospital(session, code="IKJ")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class SyncServer:
    url: str
    settings: ServerSettings

    def token(self, principal: Principal) -> str:
        return issue_access_token(principal, self.settings)


@pytest.fixture
def sync_server(pg_url: str, tmp_path: Path) -> Iterator[SyncServer]:
    """The real app on uvicorn on 127.0.0.1 over a fresh database."""
    settings = ServerSettings(
        database_url=pg_url,
        data_dir=tmp_path,
        secret_key=SecretStr("sync-test-signing-key-" + "x" * 32),
        access_token_minutes=60,
    )
    engine = sa.create_engine(pg_url, pool_size=8)
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, engine=engine), port=_free_port(), log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    yield SyncServer(f"http://127.0.0.1:{server.config.port}", settings)
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated desk database, copied for each simulated PC (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("desk") / "template.db"
    engine = make_desk_engine(path, None)
    migrate_desk(engine)
    engine.dispose()
    return path


class Desk:
    """A simulated front-desk PC: its own SQLite store, outbox and sync engine."""

    def __init__(self, path: Path, server: SyncServer, principal: Principal, node: str) -> None:
        self.engine = make_desk_engine(path, None)
        self.principal = principal
        self.clock = HybridLogicalClock(node)
        self.api = HttpSyncClient(server.url, server.token(principal))
        self.sync = SyncEngine(self.engine, self.api, clock=self.clock, page=500)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[LocalWriter]:
        assert self.principal.device_id is not None
        with self.sessions.begin() as session:
            yield LocalWriter(session, device_id=self.principal.device_id, clock=self.clock)

    def close(self) -> None:
        self.api.close()
        self.engine.dispose()


@pytest.fixture
def make_desk(
    desk_template: Path, tmp_path: Path, sync_server: SyncServer
) -> Iterator[Callable[..., Desk]]:
    desks: list[Desk] = []

    def factory(principal: Principal, *, download: bool = True) -> Desk:
        path = tmp_path / f"desk{len(desks)}.db"
        shutil.copy(desk_template, path)
        desk = Desk(path, sync_server, principal, f"d{len(desks)}")
        desks.append(desk)
        if download:  # like a first login: download the scope before working
            desk.sync.sync_once()
        return desk

    yield factory
    for desk in desks:
        desk.close()
