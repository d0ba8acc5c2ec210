"""``hmso-server init``: the first administrator from a prompt, on a database with none."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models.organisation import User
from shared.domain.enums import Role
from shared.errors import ConflictError, FieldValidationError
from sync_server.admin.first_admin import Prompt, create_first_admin
from tests.integration.server.conftest import LiveServer

PASSWORD = "Marina harbour at dawn"


def _init(pg_url: str, tmp_path: Path, typed: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own session: no terminal, so the prompts read the piped stdin."""
    env = {**os.environ, "HMSO_DATABASE_URL": pg_url, "HMSO_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "sync_server.cli", "init"],
        input=typed,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        start_new_session=True,
        check=False,
    )


def test_init_creates_the_first_admin_who_can_sign_in_and_refuses_a_second(
    live_server: LiveServer, pg_url: str, tmp_path: Path
) -> None:
    done = _init(pg_url, tmp_path, f"Root\nAda Okoro\n{PASSWORD}\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert "administrator root created" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    with httpx.Client(base_url=live_server.url) as http:
        body = {"username": "root", "password": PASSWORD}
        token = http.post("/api/auth/login", json=body).json()["access_token"]
        me = http.get("/api/admin", headers={"Authorization": f"Bearer {token}"})
        assert "hospitals" in {r["name"] for r in me.json()["items"]}
    again = _init(pg_url, tmp_path, f"second\n\n{PASSWORD}\n{PASSWORD}\n")
    assert again.returncode == 2 and "already exists" in again.stderr


@pytest.fixture
def session(pg_engine: sa.Engine) -> Iterator[Session]:
    with sessionmaker(pg_engine)() as s:
        yield s


def _answers(*typed: str) -> Prompt:
    queue = list(typed)
    return lambda _prompt: queue.pop(0)


def test_init_names_what_is_wrong_and_writes_nothing(session: Session) -> None:
    cases = [
        (("bad name!", ""), (PASSWORD, PASSWORD), "username"),
        (("root", ""), (PASSWORD, PASSWORD + "x"), "password"),
        (("root", ""), ("password1", "password1"), "password"),
    ]
    for asked, secrets, field in cases:
        with pytest.raises(FieldValidationError) as refused:
            create_first_admin(session, ask=_answers(*asked), secret=_answers(*secrets))
        assert refused.value.field == field
    assert session.scalar(sa.select(sa.func.count()).select_from(User)) == 0
    admin = create_first_admin(
        session, ask=_answers("root", ""), secret=_answers(PASSWORD, PASSWORD)
    )
    assert (admin.role, admin.full_name) == (Role.ADMIN, "root")
    with pytest.raises(ConflictError):
        create_first_admin(session, ask=_answers("x", ""), secret=_answers(PASSWORD, PASSWORD))


def test_serve_without_a_terminal_says_how_to_make_the_admin_and_seals_numbers(
    pg_engine: sa.Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from shared.db.models.owners import OwnerAccount
    from sync_server.admin.commands import on_serve
    from sync_server.config import ServerSettings
    from tests import factories

    with sessionmaker(pg_engine).begin() as s:
        owner_id = factories.owner_account(s, bank_account_number="0123456789").id
    on_serve(pg_engine, ServerSettings(data_dir=tmp_path))
    printed = capsys.readouterr().out
    assert "1 bank account number(s) encrypted" in printed
    assert "run `hmso-server init`" in printed
    with sessionmaker(pg_engine)() as s:
        owner = s.get(OwnerAccount, owner_id)
        assert owner is not None and owner.bank_account_number == "******6789"
