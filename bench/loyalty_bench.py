"""A patient's loyalty standing from a ledger of 1,000,000 entries across 100,000 patients.

What the loyalty tab and the REST API compute for one patient (balance,
points on hold, lifetime points and tier, the next expiry: the shared
functions over the patient's ledger rows), on the desk's encrypted SQLite
store and on the server's PostgreSQL. 1,000 patients have a long history
(500 entries each, half the ledger); the rest share the other half. The
measured patients are the long-history ones, the worst case.

The raw limit is a plain ``SELECT sum(points)`` over the same index, in
the same run; the table reports our p95 and the ratio to that limit. The
issue's bar is a p95 under 10 ms.

Run: ``.venv/bin/python bench/loyalty_bench.py [--entries 1000000] [--patients 100000]``.
Prints a table and writes ``bench/results/loyalty_bench.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from bench.desktop_bench import BenchKeyring, new_store, patient_rows, percentiles  # noqa: E402
from bench.postgres import scratch_postgres  # noqa: E402
from desktop.services.loyalty import loyalty_summary  # noqa: E402
from shared.db.models import Hospital, LoyaltyLedgerEntry, Patient  # noqa: E402

LONG_HISTORY_PATIENTS = 1_000
LONG_HISTORY_ENTRIES = 500
SAMPLES = 300
CHUNK = 20_000
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def standing(session: Session, patient_id: uuid.UUID) -> tuple[int, ...]:
    """Exactly what the desk's loyalty tab computes for one patient (the API's is a subset).

    Balance, points on hold, lifetime points, the tier held (with its grace
    period, so the recorded tier change is read too), the next expiry and
    the next tier.
    """
    summary = loyalty_summary(session, patient_id=patient_id, now=NOW)
    expiry = summary.next_expiry[0] if summary.next_expiry else 0
    return summary.points, summary.on_hold, summary.lifetime_points, len(summary.tier), expiry


def raw_sum(session: Session, patient_id: uuid.UUID) -> int:
    query = sa.text(
        "SELECT coalesce(sum(points), 0) FROM loyalty_ledger"
        " WHERE patient_id = :p AND deleted_at IS NULL"
    )
    stored = patient_id.hex if session.bind.dialect.name == "sqlite" else patient_id  # type: ignore[union-attr]
    return int(session.execute(query, {"p": stored}).scalar_one())


def ledger_rows(
    hospital_id: uuid.UUID, patients: list[uuid.UUID], entries: int, seed: int
) -> Iterator[list[dict[str, Any]]]:
    """The ledger in chunks: long histories first, then the rest spread over everyone else."""
    rnd = random.Random(seed)
    long_ids = patients[:LONG_HISTORY_PATIENTS]
    owners = [p for p in long_ids for _ in range(LONG_HISTORY_ENTRIES)]
    rest = entries - len(owners)
    others = patients[LONG_HISTORY_PATIENTS:]
    owners += [others[i % len(others)] for i in range(rest)]
    chunk: list[dict[str, Any]] = []
    for n, patient_id in enumerate(owners):
        at = NOW - dt.timedelta(days=rnd.randint(0, 700), minutes=rnd.randint(0, 600))
        spend = n % 7 == 0
        chunk.append(
            {
                "id": uuid.uuid4(),
                "hospital_id": hospital_id,
                "patient_id": patient_id,
                "kind": "redeem" if spend else "earn",
                "points": -5 if spend else rnd.choice((10, 20, 25, 40)),
                "reason": "Redeemed" if spend else "Visit completed",
                "occurred_at": at,
                "expires_at": None if spend else at + dt.timedelta(days=365),
                "available_at": at + dt.timedelta(days=14) if n % 3 == 0 else None,
                "source_key": None if spend else f"bench:{n}",
            }
        )
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def load(engine: sa.Engine, hospital_id: uuid.UUID, patients: int, entries: int) -> float:
    started = time.perf_counter()
    ids: list[uuid.UUID] = []
    for start in range(0, patients, CHUNK):
        rows = patient_rows(hospital_id, start, min(CHUNK, patients - start))
        for row in rows:
            row["id"] = uuid.uuid4()
            ids.append(row["id"])
        with engine.begin() as conn:
            conn.execute(sa.insert(Patient), rows)
    for chunk in ledger_rows(hospital_id, ids, entries, seed=7):
        with engine.begin() as conn:
            conn.execute(sa.insert(LoyaltyLedgerEntry), chunk)
    with engine.begin() as conn:
        conn.execute(sa.text("ANALYZE"))
    return time.perf_counter() - started


def measure(
    sessions: sessionmaker[Session], fn: Callable[[Session, uuid.UUID], Any], ids: list[uuid.UUID]
) -> dict[str, float]:
    samples = []
    with sessions() as session:
        for patient_id in ids[:20]:  # warm the cache as a desk in use would be
            fn(session, patient_id)
        for patient_id in ids:
            session.expunge_all()
            started = time.perf_counter()
            fn(session, patient_id)
            samples.append(time.perf_counter() - started)
    return percentiles(samples)


def long_history(engine: sa.Engine) -> list[uuid.UUID]:
    query = (
        sa.select(LoyaltyLedgerEntry.patient_id)
        .group_by(LoyaltyLedgerEntry.patient_id)
        .having(sa.func.count() >= LONG_HISTORY_ENTRIES)
    )
    with Session(engine) as session:
        ids = list(session.scalars(query))
    random.Random(3).shuffle(ids)
    return ids[:SAMPLES]


def run_store(
    engine: sa.Engine, hospital_id: uuid.UUID, args: argparse.Namespace
) -> dict[str, Any]:
    load_s = load(engine, hospital_id, args.patients, args.entries)
    ids = long_history(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    ours = measure(sessions, standing, ids)
    raw = measure(sessions, raw_sum, ids)
    return {
        "load_seconds": round(load_s, 1),
        "standing": ours,
        "raw_sum": raw,
        "ratio_p95": round(ours["p95_ms"] / raw["p95_ms"], 1) if raw["p95_ms"] else None,
    }


def desk(args: argparse.Namespace) -> dict[str, Any]:
    keyring.set_keyring(BenchKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        engine, hospital_id = new_store(Path(tmp), BenchKeyring())
        try:
            return run_store(engine, hospital_id, args)
        finally:
            engine.dispose()


def server(args: argparse.Namespace) -> dict[str, Any]:
    from sync_server.db import migrate

    with scratch_postgres("hmso-bench-loyalty-") as (_folder, url):
        engine = sa.create_engine(url)
        migrate.upgrade(engine)
        hospital_id = uuid.uuid4()
        with engine.begin() as conn:
            conn.execute(
                sa.insert(Hospital),
                [{"id": hospital_id, "code": "BN03", "name": "Bench", "state": "Lagos"}],
            )
        try:
            return run_store(engine, hospital_id, args)
        finally:
            engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--patients", type=int, default=100_000)
    args = parser.parse_args()
    results = {
        "entries": args.entries,
        "patients": args.patients,
        "history_entries": LONG_HISTORY_ENTRIES,
        "desk_sqlcipher": desk(args),
        "server_postgres": server(args),
    }
    print_table(results)
    out = ROOT / "bench" / "results" / "loyalty_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")


def print_table(r: dict[str, Any]) -> None:
    print(
        f"\nloyalty standing of a patient with {r['history_entries']} entries, "
        f"ledger of {r['entries']:,} entries across {r['patients']:,} patients"
    )
    print(f"{'store':<18}{'load':>9}{'ours p50/p95 ms':>20}{'raw SUM p50/p95 ms':>22}{'p95 x':>8}")
    for name, key in (
        ("desk (SQLCipher)", "desk_sqlcipher"),
        ("server (Postgres)", "server_postgres"),
    ):
        s = r[key]
        ours = f"{s['standing']['p50_ms']}/{s['standing']['p95_ms']}"
        raw = f"{s['raw_sum']['p50_ms']}/{s['raw_sum']['p95_ms']}"
        print(f"{name:<18}{s['load_seconds']:>8}s{ours:>20}{raw:>22}{s['ratio_p95']:>8}")


if __name__ == "__main__":
    main()
