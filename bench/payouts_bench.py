"""Payout benchmarks on an embedded PostgreSQL: the monthly run and statement rendering.

* the monthly run for one period over N revenue entries spread across H
  hospitals of one owner (summaries refreshed, payouts and allocations written,
  change log filled), then the same run again (finds everything done);
* the payout explainer for one hospital's payout;
* the owner's statement: load, PDF, CSV and Excel.

The raw limit, measured in the same run, is what any monthly run must at
least do in plain SQL: total the period's entries per hospital and write one
allocation row per entry (into a scratch table, rolled back). The first run
is reported as a ratio to it. The scratch table has no keys, so the three
foreign-key checks of every real allocation row, and the change log written
for every summary and payout, are part of the gap no query shape removes.

Run: ``.venv/bin/python bench/payouts_bench.py [--entries 50000] [--hospitals 20]``.
Prints a table and writes ``bench/results/payouts_bench.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.postgres import scratch_postgres  # noqa: E402
from shared.db import models as m  # noqa: E402
from shared.db.base import new_id  # noqa: E402
from shared.domain.access import Principal  # noqa: E402
from shared.domain.enums import PaymentMethod, Role  # noqa: E402
from sync_server.db import migrate  # noqa: E402
from sync_server.owners import service, statements  # noqa: E402

PERIOD = "2026-10"
NOW = dt.datetime(2026, 11, 1, 5, 0, tzinfo=dt.UTC)


def seed(engine: sa.Engine, entries: int, hospitals: int) -> tuple[Any, Principal]:
    with Session(engine) as session, session.begin():
        owner = m.OwnerAccount(kind="company", display_name="Bench Holdings Ltd")
        admin = m.User(username="bench-admin", full_name="Bench Admin", role=Role.ADMIN)
        session.add_all([owner, admin])
        session.flush()
        ids = []
        for i in range(hospitals):
            hospital = m.Hospital(code=f"B{i:03d}", name=f"Bench Hospital {i}", state="Lagos")
            session.add(hospital)
            session.flush()
            session.add(
                m.Contract(
                    owner_account_id=owner.id,
                    hospital_id=hospital.id,
                    reference=f"GP-B-{i:03d}",
                    start_date=dt.date(2026, 1, 1),
                    management_fee_bps=1250,
                )
            )
            ids.append(hospital.id)
        rng = random.Random(7)
        start = dt.datetime(2026, 9, 30, 23, 0, tzinfo=dt.UTC)
        methods = list(PaymentMethod)
        rows = [
            {
                "id": new_id(),
                "hospital_id": rng.choice(ids),
                "amount_minor": rng.randint(100_00, 500_000_00),
                "currency": "NGN",
                "method": rng.choice(methods).value,
                "received_at": start + dt.timedelta(seconds=rng.randint(0, 31 * 86400 - 1)),
                "created_at": NOW,
                "updated_at": NOW,
                "server_seq": 0,
                "field_clocks": {},
            }
            for _ in range(entries)
        ]
        session.execute(sa.insert(m.RevenueEntry), rows)
        principal = Principal(user_id=admin.id, role=Role.ADMIN)
        return owner.id, principal


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    began = time.perf_counter()
    value = fn()
    return time.perf_counter() - began, value


def run(entries: int, hospitals: int) -> dict[str, Any]:
    with scratch_postgres("payouts-bench-") as (_, url):
        engine = sa.create_engine(url)
        migrate.upgrade(engine)
        owner_id, admin = seed(engine, entries, hospitals)
        results: dict[str, Any] = {"entries": entries, "hospitals": hospitals}
        results["raw_sql_s"], _ = timed(lambda: raw_limit(engine))
        for label in ("run_first_s", "run_again_s"):
            with Session(engine) as session, session.begin():
                results[label], _ = timed(
                    lambda s=session: service.run_monthly_payouts(s, PERIOD, now=NOW)
                )
        with Session(engine) as session:
            payout_id = session.scalars(sa.select(m.Payout.id)).first()
            results["explain_s"], _ = timed(
                lambda: service.explain_payout(session, payout_id, admin)
            )
            results["statement_load_s"], _ = timed(
                lambda: service.owner_statement(session, admin, owner_id, PERIOD, now=NOW)
            )
            for kind in ("pdf", "csv", "xlsx"):
                results[f"statement_{kind}_s"], _ = timed(
                    lambda k=kind: statements.export_statement(
                        session, admin, owner_id, PERIOD, k, now=NOW
                    )
                )
        engine.dispose()
    results["run_first_vs_raw"] = round(results["run_first_s"] / results["raw_sql_s"], 1)
    return results


RAW_ALLOCATE = (
    "CREATE TEMP TABLE scratch_allocations ON COMMIT DROP AS "
    "SELECT id AS revenue_entry_id, hospital_id, amount_minor FROM revenue_entries "
    "WHERE received_at >= :start AND received_at < :end"
)
RAW_TOTALS = (
    "SELECT hospital_id, sum(amount_minor), count(*) FROM scratch_allocations GROUP BY hospital_id"
)


def raw_limit(engine: sa.Engine) -> None:
    """The plain-SQL floor of a monthly run (see the module docstring); rolled back."""
    bounds = {
        "start": dt.datetime(2026, 9, 30, 23, 0, tzinfo=dt.UTC),
        "end": dt.datetime(2026, 10, 31, 23, 0, tzinfo=dt.UTC),
    }
    with engine.connect() as conn, conn.begin() as tx:
        conn.execute(sa.text(RAW_ALLOCATE), bounds)
        conn.execute(sa.text(RAW_TOTALS)).all()
        tx.rollback()


def print_table(results: dict[str, Any]) -> None:
    print(f"{'measure':<22}{'value':>12}")
    for key, value in results.items():
        shown = f"{value * 1000:.1f} ms" if key.endswith("_s") else str(value)
        shown = f"{value}x" if key.endswith("_vs_raw") else shown
        print(f"{key:<22}{shown:>12}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--hospitals", type=int, default=20)
    args = parser.parse_args()
    results = run(args.entries, args.hospitals)
    print_table(results)
    out = ROOT / "bench" / "results" / "payouts_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
