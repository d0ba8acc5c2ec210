"""Weak passwords and formula names are refused, by the CLI and the API alike, naming the field.

Before, the only password rule was ten characters (``aaaaaaaaaa`` and
``1234567890`` were accepted), the API had no way to change a password, and
``create-hospital`` stored any name, so ``=HYPERLINK(...)`` became a formula
in every spreadsheet export that named the hospital.
"""

# ruff: noqa: F811  (pytest fixtures are imported, then named as parameters)
from __future__ import annotations

import io
import sys
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models.organisation import Hospital, User
from tests.integration.security._auth_fixtures import (  # noqa: F401  (fixtures)
    PASSWORD,
    LiveServer,
    World,
    bearer,
    cli,
    client,
    live_server,
    login,
    server_settings,
    signed_in,
    world,
)

WEAK = ["aaaaaaaaaa", "1234567890", "Password123!", "qwertyuiop", "ababababab", "short"]
FORMULA = '=HYPERLINK("http://evil.example/x","Click")'


def _create_user(
    cli: Callable[..., int], monkeypatch: pytest.MonkeyPatch, username: str, password: str
) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return cli(["create-user", username, "--role", "admin", "--password-stdin"])


def _users(server: LiveServer) -> set[str]:
    with Session(server.engine) as s:
        return set(s.scalars(sa.select(User.username)))


@pytest.mark.parametrize("password", [*WEAK, "chidinma.okafor"])
def test_the_cli_refuses_weak_passwords_naming_the_field(
    cli: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    live_server: LiveServer,
    password: str,
) -> None:
    assert _create_user(cli, monkeypatch, "chidinma.okafor", password) == 2
    assert "error: password: Password:" in capsys.readouterr().err
    assert "chidinma.okafor" not in _users(live_server)


def test_the_cli_accepts_a_strong_password(
    cli: Callable[..., int], monkeypatch: pytest.MonkeyPatch, live_server: LiveServer
) -> None:
    assert _create_user(cli, monkeypatch, "ngozi", "lagoon ferry at dawn") == 0
    with client(live_server) as c:
        assert login(c, "ngozi", "lagoon ferry at dawn").status_code == 200


@pytest.mark.parametrize("weak", WEAK)
def test_the_api_refuses_weak_passwords_naming_the_field(
    live_server: LiveServer, world: World, weak: str
) -> None:
    with client(live_server) as c:
        pair = signed_in(c, "manager", world.desks["IKJ"])
        body = {"current_password": PASSWORD, "password": weak}
        r = c.post("/api/auth/password", json=body, headers=bearer(pair["access_token"]))
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["field"] == "password" and error["message"].startswith("Password: ")
        assert login(c, "manager", device={"id": str(world.desks["IKJ"])}).status_code == 200


def test_a_new_password_through_the_api_ends_every_session(
    live_server: LiveServer, world: World
) -> None:
    with client(live_server) as c:
        pair = signed_in(c, "manager", world.desks["IKJ"])
        headers = bearer(pair["access_token"])
        wrong = {"current_password": "a guessed password", "password": "lagoon ferry at dawn"}
        assert c.post("/api/auth/password", json=wrong, headers=headers).status_code == 401
        body = {"current_password": PASSWORD, "password": "lagoon ferry at dawn"}
        assert c.post("/api/auth/password", json=body, headers=headers).status_code == 204
        assert c.get("/api/auth/me", headers=headers).status_code == 401
        assert login(c, "manager").status_code == 401
        assert login(c, "manager", "lagoon ferry at dawn").status_code == 200


@pytest.mark.parametrize("name", [FORMULA, "+2348031234567", "@SUM(A1)", "Ikeja\x07General"])
def test_the_cli_refuses_a_formula_or_control_character_hospital_name(
    cli: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
    live_server: LiveServer,
    name: str,
) -> None:
    args = ["create-hospital", "--code", "EVL", "--name", name, "--state", "Lagos"]
    assert cli(args) == 2
    assert "error: name:" in capsys.readouterr().err
    with Session(live_server.engine) as s:
        assert s.scalar(sa.select(Hospital.id).where(Hospital.code == "EVL")) is None


def test_the_cli_refuses_a_formula_full_name(
    cli: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    live_server: LiveServer,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("lagoon ferry at dawn\n"))
    args = ["create-user", "ada", "--role", "admin", "--full-name", FORMULA, "--password-stdin"]
    assert cli(args) == 2
    assert "error: full_name:" in capsys.readouterr().err
    assert "ada" not in _users(live_server)


def test_the_cli_still_creates_a_hospital_with_an_ordinary_name(
    cli: Callable[..., int], live_server: LiveServer
) -> None:
    name = "St. Nicholas Hospital (Lagos Island), 2nd site"
    assert cli(["create-hospital", "--code", "snh", "--name", name, "--state", "lagos"]) == 0
    with Session(live_server.engine) as s:
        assert s.scalar(sa.select(Hospital.name).where(Hospital.code == "SNH")) == name
