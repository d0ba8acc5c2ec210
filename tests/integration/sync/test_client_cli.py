"""hmso-client against a live server: login, sync, status and export on a plain local store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.cli import main
from shared.db.models import User
from shared.domain.enums import Role
from sync_server.auth.passwords import set_password
from tests.desktop.conftest import MemoryKeyring, memory_keyring  # noqa: F401  (fixture)
from tests.integration.sync.conftest import HospitalWorld, SyncServer


def test_login_sync_status_export(
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    memory_keyring: MemoryKeyring,  # noqa: F811  (login keeps the refresh token there)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pg_sessions.begin() as session:
        user = User(
            username="manager_ikj",
            full_name="Manager",
            role=Role.MANAGER,
            hospital_id=world.hospital_id,
        )
        session.add(user)
        session.flush()
        set_password(session, user, "a long enough password")
    base = ["--data-dir", str(tmp_path / "desk"), "--plain"]
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    login = [*base, "--server", sync_server.url, "login", "manager_ikj", "--password-stdin"]
    assert main(login) == 0
    assert main([*base, "sync"]) == 0
    assert main([*base, "status"]) == 0
    out = capsys.readouterr().out
    assert "pending           0" in out and "initial_download  done" in out
    assert main([*base, "export", str(tmp_path / "out.json")]) == 0
    exported = json.loads((tmp_path / "out.json").read_text())
    assert [h["id"] for h in exported["hospitals"]] == [str(world.hospital_id)]
