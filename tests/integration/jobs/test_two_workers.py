"""Two real ``hmso-server worker`` processes on one database run each slot exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from sync_server.jobs.app import ensure_schema

EVERY_SECOND = "loyalty_expiry=* * * * * *"


def _start_worker(pg_url: str, tmp_path: Path, n: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HMSO_DATABASE_URL": pg_url, "HMSO_DATA_DIR": str(tmp_path)}
    log = (tmp_path / f"worker{n}.log").open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "sync_server.cli", "worker", "--cron", EVERY_SECOND],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _slots(engine: sa.Engine) -> list[tuple[int, int]]:
    """(timestamp, number of jobs) per deferred loyalty_expiry slot."""
    with engine.connect() as c:
        rows = c.execute(
            sa.text(
                "SELECT (args->>'timestamp')::bigint, count(*) FROM procrastinate_jobs"
                " WHERE args->>'name' = 'loyalty_expiry' GROUP BY 1 ORDER BY 1"
            )
        )
        return [(int(ts), int(n)) for ts, n in rows]


def test_two_workers_run_each_periodic_slot_once(
    pg_url: str, pg_engine: sa.Engine, tmp_path: Path
) -> None:
    assert ensure_schema(pg_url)
    workers = [_start_worker(pg_url, tmp_path, n) for n in (1, 2)]
    try:
        deadline = time.monotonic() + 40
        while len(_slots(pg_engine)) < 4 and time.monotonic() < deadline:
            assert all(w.poll() is None for w in workers), (tmp_path / "worker1.log").read_text()
            time.sleep(0.5)
        time.sleep(2)
    finally:
        for w in workers:
            w.send_signal(signal.SIGINT)
        for w in workers:
            w.wait(timeout=30)
    slots = _slots(pg_engine)
    assert len(slots) >= 4, (tmp_path / "worker1.log").read_text()
    assert all(n == 1 for _, n in slots), slots
    with pg_engine.connect() as c:
        runs = c.execute(
            sa.text(
                "SELECT extract(epoch FROM slot)::bigint, outcome FROM job_runs"
                " WHERE name = 'loyalty_expiry' ORDER BY 1"
            )
        ).all()
        succeeded = c.scalar(
            sa.text(
                "SELECT count(*) FROM procrastinate_jobs"
                " WHERE args->>'name' = 'loyalty_expiry' AND status = 'succeeded'"
            )
        )
    finished = [ts for ts, _ in slots][: len(runs)]
    assert [ts for ts, _ in runs] == finished
    assert succeeded == len(runs)  # every finished job ran its slot, none ran twice
    assert {outcome for _, outcome in runs} == {"expired 0 points for 0 patients"}
