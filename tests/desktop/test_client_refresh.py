"""hmso-client keeps its refresh token in the keyring and renews expired access tokens.

Scripts run ``hmso-client sync`` from a scheduler long after the 15-minute
access token expired; the sync must renew it by itself, and a revoked PC must
stop with a clear message and its unsynced work kept.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop import keys
from desktop.cli import main
from desktop.services.desk import SESSION_KEY
from desktop.store.engine import make_engine, make_sessionmaker
from desktop.sync.engine import read_state, write_state
from shared.clock import utcnow
from shared.db.models import User
from shared.domain.enums import Role
from sync_server.auth.devices import revoke_device
from sync_server.auth.passwords import set_password
from sync_server.auth.tokens import issue_access_token, verify_access_token
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    HospitalWorld,
    SyncServer,
    pg_sessions,
    sync_server,
    world,
)

from .conftest import MemoryKeyring

PASSWORD = "a long enough password"


def _manager(sessions: sessionmaker[Session], hospital: HospitalWorld) -> None:
    with sessions.begin() as session:
        user = User(
            username="manager_ikj",
            full_name="Manager",
            role=Role.MANAGER,
            hospital_id=hospital.hospital_id,
        )
        session.add(user)
        session.flush()
        set_password(session, user, PASSWORD)


def _state(data_dir: Path) -> dict[str, str]:
    engine = make_engine(data_dir / "grandpro.db", None)
    try:
        with make_sessionmaker(engine)() as session:
            state: dict[str, str] = read_state(session, SESSION_KEY)
            return state
    finally:
        engine.dispose()


def _expire(data_dir: Path, server: SyncServer) -> None:
    """Swap the stored access token for one that expired while the PC was off."""
    engine = make_engine(data_dir / "grandpro.db", None)
    try:
        with make_sessionmaker(engine).begin() as session:
            state = read_state(session, SESSION_KEY)
            principal = verify_access_token(state["access_token"], server.settings)
            issued = utcnow() - dt.timedelta(minutes=server.settings.access_token_minutes + 1)
            old = issue_access_token(principal, server.settings, now=issued)
            write_state(session, SESSION_KEY, {**state, "access_token": old})
    finally:
        engine.dispose()


def test_sync_renews_an_expired_token_and_a_revoked_pc_is_told_to_sign_in(
    world: HospitalWorld,  # noqa: F811
    sync_server: SyncServer,  # noqa: F811
    pg_sessions: sessionmaker[Session],  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _manager(pg_sessions, world)
    data_dir = tmp_path / "desk"
    base = ["--data-dir", str(data_dir), "--plain"]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    login = [*base, "--server", sync_server.url, "login", "manager_ikj", "--password-stdin"]
    assert main(login) == 0
    first = keys.load_refresh_token(memory_keyring, "manager_ikj")
    assert first and first not in str(_state(data_dir)), "the refresh token is not in the store"

    _expire(data_dir, sync_server)
    assert main([*base, "sync"]) == 0
    rotated = keys.load_refresh_token(memory_keyring, "manager_ikj")
    assert rotated and rotated != first
    output = capsys.readouterr()
    for secret in (first, rotated, PASSWORD, _state(data_dir)["access_token"]):
        assert secret not in output.out + output.err

    with pg_sessions.begin() as session:
        revoke_device(session, uuid.UUID(_state(data_dir)["device_id"]))
    _expire(data_dir, sync_server)
    assert main([*base, "sync"]) == 1
    assert "Sign in again" in capsys.readouterr().err
