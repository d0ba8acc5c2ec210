"""What the sign-in attacks share: the live server with its world, clients from two addresses.

Test modules import the fixtures from here (pytest then knows them) and the
helpers by name. Every client talks to the server on 127.0.0.1; the second
one binds its own end of the connection to 127.0.0.2, so the server sees two
different client addresses, as it would for two PCs.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models.audit import AuditEntry
from shared.db.models.organisation import Device
from sync_server.cli import main
from tests.integration.server.conftest import (  # noqa: F401  (fixtures)
    PASSWORD,
    LiveServer,
    World,
    live_server,
    server_settings,
    world,
)

OTHER_ADDRESS = "127.0.0.2"


def client(server: LiveServer, *, address: str | None = None) -> httpx.Client:
    """A client of ``server``, connecting from ``address`` (127.0.0.1 unless given)."""
    transport = httpx.HTTPTransport(local_address=address) if address else None
    return httpx.Client(base_url=server.url, timeout=30, transport=transport)


def login(
    c: httpx.Client, username: str, password: str = PASSWORD, device: Any = None
) -> httpx.Response:
    body: dict[str, Any] = {"username": username, "password": password}
    if device is not None:
        body["device"] = device
    return c.post("/api/auth/login", json=body)


def signed_in(c: httpx.Client, username: str, desk: uuid.UUID) -> dict[str, Any]:
    r = login(c, username, device={"id": str(desk)})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def audit_actions(server: LiveServer) -> list[str]:
    with Session(server.engine) as s:
        return list(s.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.occurred_at)))


def spare_pc(server: LiveServer, hospital_id: uuid.UUID) -> uuid.UUID:
    """Another registered PC of the hospital, for endpoints that act on a device."""
    with Session(server.engine) as s, s.begin():
        device = Device(name="Spare PC", prefix="SPR1", hospital_id=hospital_id)
        s.add(device)
        s.flush()
        return device.id


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    tmp_path: Path,
    live_server: LiveServer,  # noqa: F811
) -> Any:
    """``hmso-server`` against the live server's database, as an operator runs it."""
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path / "cli"))
    monkeypatch.setenv("HMSO_SECRET_KEY", live_server.settings.signing_key)
    return main
