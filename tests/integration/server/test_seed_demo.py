"""``seed-demo`` fills an empty database once, with data the app's own rules accept."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.phones import normalize_phone
from sync_server.cli import main
from sync_server.ops.demo_data import DEMO_PASSWORD
from sync_server.sync.tables import SyncChange
from tests.integration.server.conftest import LiveServer


def test_seed_demo_once_and_log_in_as_the_demo_manager(
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    tmp_path: Path,
    live_server: LiveServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    assert main(["seed-demo"]) == 0
    assert "3 hospitals, 60 patients" in capsys.readouterr().out
    assert main(["seed-demo"]) == 0
    assert "nothing seeded" in capsys.readouterr().out
    with Session(live_server.engine) as s:
        states = set(s.scalars(sa.select(m.Hospital.state)))
        assert states == {"Lagos", "FCT", "Kano"}
        phones = list(s.scalars(sa.select(m.Patient.phone)))
        assert len(phones) == 60
        assert all(normalize_phone(p) == p for p in phones if p)
        rewards = set(s.scalars(sa.select(m.LoyaltyReward.points_cost)))
        assert rewards == {50, 75, 100, 200}
        assert s.scalar(sa.select(sa.func.count()).select_from(m.Contract)) == 3
        assert (s.scalar(sa.select(sa.func.count()).select_from(SyncChange)) or 0) > 60
    with live_server.client() as c:
        r = c.post("/api/auth/login", json={"username": "lkk.manager", "password": DEMO_PASSWORD})
        assert r.status_code == 200, r.text
        assert r.json()["device"]["prefix"] == "LKK1"
