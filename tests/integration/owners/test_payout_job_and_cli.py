"""The monthly job's handler and the ``run-payouts`` command, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db import models as m
from sync_server.cli import main
from sync_server.config import ServerSettings
from sync_server.owners.jobs import run_monthly_payouts
from tests.integration.owners.conftest import UTC, make_world, pay


def test_the_job_on_the_1st_pays_last_lagos_month_once(
    pg_session: Session, settings: ServerSettings
) -> None:
    world = make_world(pg_session)
    pay(pg_session, world.hospital.id, 10_000, dt.datetime(2026, 10, 31, 22, 0, tzinfo=UTC))
    pay(pg_session, world.hospital.id, 99, dt.datetime(2026, 10, 31, 23, 30, tzinfo=UTC))  # Nov
    slot = dt.datetime(2026, 11, 1, 5, 0, tzinfo=UTC)

    first = run_monthly_payouts(pg_session, settings, slot)
    again = run_monthly_payouts(pg_session, settings, slot)

    assert first == "2026-10: 1 created, 0 existed"
    assert again == "2026-10: 0 created, 1 existed"
    (payout,) = pg_session.scalars(sa.select(m.Payout)).all()
    assert payout.gross_minor == 10_000


def test_run_payouts_command(
    monkeypatch: pytest.MonkeyPatch,
    pg_engine: sa.Engine,
    pg_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))
    with sessionmaker(pg_engine)() as session, session.begin():
        world = make_world(session)
        pay(session, world.hospital.id, 10_000, dt.datetime(2026, 9, 9, tzinfo=UTC))

    assert main(["run-payouts", "--period", "2026-09"]) == 0
    assert main(["run-payouts", "--period", "2026-09"]) == 0
    assert main(["run-payouts", "--period", "2026-13"]) == 2
    out, err = capsys.readouterr()
    assert "2026-09: 1 payouts created" in out and "2026-09: 0 payouts created" in out
    assert "period" in err
