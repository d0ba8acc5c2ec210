"""Sync benchmark on a generated hospital (100,000 patients, 300,000 appointments).

Measures, against a real server process on 127.0.0.1: the initial sync of a
fresh device, a push of 1,000 offline edits (median of five, and how much of
it was the push request itself rather than the desk's own work), a pull of 1,000 remote edits, a
sync with nothing to do, and p50/p95 of a one-change round trip. In the same
run it measures the raw pipeline (PostgreSQL SELECT -> JSON -> SQLite
executemany, paged over HTTP, no sync logic) and reports each figure as a
ratio to it, plus bytes on the wire.

Run: ``.venv/bin/python bench/sync_bench.py [--patients 100000 --appointments 300000]``.
Prints a table and writes ``bench/results/sync_bench.json``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import orjson  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from pydantic import SecretStr  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from bench.dataset import Hospital, generate  # noqa: E402
from bench.postgres import scratch_postgres  # noqa: E402
from desktop.store import migrate as desk_migrate  # noqa: E402
from desktop.store.engine import checkpoint  # noqa: E402
from desktop.store.engine import make_engine as make_desk_engine  # noqa: E402
from desktop.store.writes import LocalWriter  # noqa: E402
from desktop.sync.client import HttpSyncClient  # noqa: E402
from desktop.sync.engine import DEFAULT_PAGE, SyncEngine  # noqa: E402
from shared.clock import HybridLogicalClock  # noqa: E402
from shared.db.models import Appointment, Patient  # noqa: E402
from shared.domain.access import Principal  # noqa: E402
from shared.domain.enums import Role  # noqa: E402
from sync_server.auth.tokens import issue_access_token  # noqa: E402
from sync_server.config import ServerSettings  # noqa: E402
from sync_server.db import migrate as server_migrate  # noqa: E402
from sync_server.sync.changes import record_change  # noqa: E402

SECRET = "bench-signing-key-" + "x" * 32
RESULTS = ROOT / "bench" / "results"
#: Pushes of 1,000 edits measured; the median is reported (one run swings by +-20 ms).
PUSH_RUNS = 5


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve(app: str, env: dict[str, str]) -> Iterator[str]:
    """Run an ASGI app factory in its own process (the server does not share our GIL)."""
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        app,
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def raw_pipeline(url: str, db: Path, tables: list[str], page: int) -> tuple[float, int, int]:
    """SELECT -> JSON -> SQLite executemany, paged over HTTP, no sync logic.

    Built as well as such a pipe can be, so it is the limit to compare with:
    the next page is fetched on a thread while one is inserted, values go in
    as they came (JSON documents re-encoded, nothing else), and the tables
    have the same columns as the desk's but no triggers, secondary indexes
    or checks. SQLite runs with the desk's durability setting (WAL,
    synchronous=NORMAL) and the page cache the engine downloads with.
    """
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-65536")
    rows_total = wire = 0
    start = time.perf_counter()
    with httpx.Client(base_url=url, timeout=60) as client, ThreadPoolExecutor(1) as fetcher:

        def fetch(table: str, after: str) -> dict[str, Any]:
            nonlocal wire
            response = client.get("/raw", params={"table": table, "after": after, "limit": page})
            wire += response.num_bytes_downloaded
            data: dict[str, Any] = orjson.loads(response.content)
            return data

        for table in tables:
            coming = fetcher.submit(fetch, table, "")
            created = False
            while True:
                data = coming.result()
                if not data["rows"]:
                    break
                columns = data["columns"]
                after = data["rows"][-1][columns.index("id")]
                coming = fetcher.submit(fetch, table, after)
                if not created:  # names come from our own server's catalogue
                    conn.execute(f"CREATE TABLE {table} ({', '.join(columns)}, PRIMARY KEY (id))")
                    created = True
                marks = ", ".join("?" * len(columns))
                conn.execute("BEGIN")
                conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
                    _sqlite_rows(data["rows"]),
                )
                conn.execute("COMMIT")
                rows_total += len(data["rows"])
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed, rows_total, wire


def _sqlite_rows(rows: list[list[Any]]) -> list[tuple[Any, ...]]:
    """Rows as parameter tuples; only columns holding JSON documents are touched."""
    columns = [list(column) for column in zip(*rows, strict=True)]
    for index, column in enumerate(columns):
        if any(isinstance(value, (list, dict)) for value in column):
            columns[index] = [
                orjson.dumps(value).decode() if isinstance(value, (list, dict)) else value
                for value in column
            ]
    return list(zip(*columns, strict=True))


def fresh_desk(path: Path) -> sa.Engine:
    engine = make_desk_engine(path, None)
    desk_migrate.upgrade(engine)
    return engine


def measure(args: argparse.Namespace, workdir: Path, pg_url: str) -> dict[str, Any]:
    db_name = "sync_bench"
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {db_name}")
        conn.exec_driver_sql(f"CREATE DATABASE {db_name}")
    admin.dispose()
    url = sa.make_url(pg_url).set(database=db_name).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    server_migrate.upgrade(engine)
    gen_s, hospital = timed(
        lambda: generate(engine, patients=args.patients, appointments=args.appointments)
    )
    env = {"HMSO_DATABASE_URL": url, "HMSO_SECRET_KEY": SECRET, "PYTHONPATH": str(ROOT)}
    out: dict[str, Any] = {
        "patients": args.patients,
        "appointments": args.appointments,
        "dataset_seconds": round(gen_s, 2),
    }
    with serve("bench.raw_app:create_raw_app", env) as raw_url:
        raw_s, raw_rows, raw_wire = raw_pipeline(
            raw_url, workdir / "raw.db", ["patients", "appointments"], args.page
        )
    out["raw"] = {
        "seconds": raw_s,
        "rows": raw_rows,
        "rows_per_s": raw_rows / raw_s,
        "wire_bytes": raw_wire,
    }
    with serve("sync_server.main:create_app", env) as sync_url:
        out.update(_sync_figures(engine, hospital, sync_url, workdir, args))
    engine.dispose()
    return out


def _sync_figures(
    engine: sa.Engine, hospital: Hospital, url: str, workdir: Path, args: argparse.Namespace
) -> dict[str, Any]:
    settings = ServerSettings(secret_key=SecretStr(SECRET), access_token_minutes=120)
    principal = Principal(
        hospital.user_id,
        Role.FRONT_DESK,
        hospital_id=hospital.hospital_id,
        device_id=hospital.device_ids[0],
    )
    client = HttpSyncClient(url, issue_access_token(principal, settings))
    desk = fresh_desk(workdir / "desk.db")
    clock = HybridLogicalClock("BN0")
    sync = SyncEngine(desk, client, clock=clock, push_batch=1000, page=args.page)
    gc.collect()  # the desktop app freezes its start-up objects (desktop.app)
    gc.freeze()
    initial_s, report = timed(sync.sync_once)
    figures: dict[str, Any] = {
        "initial_sync": {
            "seconds": initial_s,
            "rows": report.snapshot_rows,
            "rows_per_s": report.snapshot_rows / initial_s,
            "wire_bytes": client.bytes_received,
            "plain_json_bytes": client.bytes_decoded,
        },
    }
    idle = [timed(sync.sync_once)[0] for _ in range(20)]
    figures["nothing_to_do"] = {"p50_ms": statistics.median(idle) * 1000}
    sessions = sessionmaker(desk, expire_on_commit=False)
    pushes, requests = [], []
    for _ in range(PUSH_RUNS):
        checkpoint(desk)  # as the app's sync thread does between rounds
        _local_edits(sessions, principal, clock, 1000)
        with _timing_requests(client) as spent:
            pushes.append(timed(sync.push_all)[0])
        requests.append(sum(spent))
    figures["push_1000_edits"] = {
        "seconds": statistics.median(pushes),
        "runs": pushes,
        "request_seconds": statistics.median(requests),
        "request_runs": requests,
    }
    sync.pull_all()  # the feed first brings this desk's own pushed edits back: not measured
    _remote_edits(engine, 1000)
    pull_s, pulled = timed(sync.pull_all)
    figures["pull_1000_remote_edits"] = {"seconds": pull_s, "rows": pulled}
    trips = []
    for _ in range(50):
        _local_edits(sessions, principal, clock, 1)
        trips.append(timed(sync.sync_once)[0])
    trips.sort()
    figures["round_trip"] = {
        "p50_ms": trips[len(trips) // 2] * 1000,
        "p95_ms": trips[int(len(trips) * 0.95)] * 1000,
    }
    client.close()
    desk.dispose()
    return figures


@contextmanager
def _timing_requests(client: HttpSyncClient) -> Iterator[list[float]]:
    """The seconds each push request took, from sending to the parsed answer.

    The rest of a push is the desk's own work: reading the outbox, settling the answers.
    """
    spent: list[float] = []
    push = client.push

    def timed_push(request: Any) -> Any:
        elapsed, response = timed(lambda: push(request))
        spent.append(elapsed)
        return response

    client.push = timed_push  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        del client.push


def _local_edits(
    sessions: sessionmaker[Session], principal: Principal, clock: HybridLogicalClock, count: int
) -> None:
    assert principal.device_id is not None
    with sessions.begin() as session:
        writer = LocalWriter(session, device_id=principal.device_id, clock=clock)
        patients = session.scalars(sa.select(Patient).order_by(sa.func.random()).limit(count))
        for patient in patients:
            writer.update(patient, address=f"{time.perf_counter_ns() % 997} Herbert Macaulay Way")


def _remote_edits(engine: sa.Engine, count: int) -> None:
    with sessionmaker(engine).begin() as session:
        for appointment in session.scalars(sa.select(Appointment).limit(count)):
            appointment.notes = "Bring previous lab results"
            record_change(session, appointment, actor="bench")


def report(results: dict[str, Any]) -> None:
    raw_rate = results["raw"]["rows_per_s"]
    init = results["initial_sync"]
    rows = [
        ("raw pipeline", f"{results['raw']['seconds']:.2f} s", f"{raw_rate:,.0f} rows/s", "1.00"),
        (
            "initial sync",
            f"{init['seconds']:.2f} s",
            f"{init['rows_per_s']:,.0f} rows/s",
            f"{init['rows_per_s'] / raw_rate:.2f}",
        ),
        (
            "push 1,000 edits (median)",
            f"{results['push_1000_edits']['seconds'] * 1000:.0f} ms",
            "/".join(f"{run * 1000:.0f}" for run in results["push_1000_edits"]["runs"]),
            f"{results['push_1000_edits']['seconds'] / (1000 / raw_rate):.1f}x raw time",
        ),
        (
            "  of which the request",
            f"{results['push_1000_edits']['request_seconds'] * 1000:.0f} ms",
            "/".join(f"{run * 1000:.0f}" for run in results["push_1000_edits"]["request_runs"]),
            "",
        ),
        (
            "pull 1,000 remote edits",
            f"{results['pull_1000_remote_edits']['seconds'] * 1000:.0f} ms",
            "",
            f"{results['pull_1000_remote_edits']['seconds'] / (1000 / raw_rate):.1f}x raw time",
        ),
        ("nothing to do (p50)", f"{results['nothing_to_do']['p50_ms']:.1f} ms", "", ""),
        (
            "round trip p50 / p95",
            f"{results['round_trip']['p50_ms']:.1f} / {results['round_trip']['p95_ms']:.1f} ms",
            "",
            "",
        ),
        (
            "initial sync bytes",
            f"{init['wire_bytes'] / 1e6:.1f} MB wire",
            f"{init['plain_json_bytes'] / 1e6:.1f} MB plain JSON",
            f"{init['wire_bytes'] / init['plain_json_bytes']:.2f}",
        ),
    ]
    for name, a, b, c in rows:
        print(f"{name:<26}{a:>20}{b:>24}{c:>18}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--appointments", type=int, default=300_000)
    parser.add_argument("--page", type=int, default=DEFAULT_PAGE)
    args = parser.parse_args()
    with scratch_postgres("sync_bench_") as (workdir, pg_url):
        results = measure(args, workdir, pg_url)
    report(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "sync_bench.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
