"""Two payout runs at once (the job and an admin by hand) still create each payout once."""

from __future__ import annotations

import datetime as dt
import threading

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from shared.db import models as m
from sync_server.owners import service
from sync_server.owners.runs import RunResult
from tests.integration.owners.conftest import NOW, UTC, make_world, pay


def test_a_second_run_waits_for_the_first_and_then_finds_it_done(pg_engine: sa.Engine) -> None:
    factory = sessionmaker(pg_engine, expire_on_commit=False)
    with factory() as session, session.begin():
        world = make_world(session)
        pay(session, world.hospital.id, 12_345, dt.datetime(2026, 10, 2, tzinfo=UTC))

    results: list[RunResult] = []

    def second_run() -> None:
        with factory() as other, other.begin():
            results.append(service.run_monthly_payouts(other, "2026-10", now=NOW))

    with factory() as first, first.begin():
        results.append(service.run_monthly_payouts(first, "2026-10", now=NOW))
        thread = threading.Thread(target=second_run)
        thread.start()
        thread.join(timeout=0.5)
        assert thread.is_alive()  # blocked on the run lock until the first commits
    thread.join(timeout=30)

    assert [len(r.created) for r in results] == [1, 0]
    with factory() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Payout)) == 1
