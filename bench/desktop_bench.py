"""Desktop benchmarks: cold start, patient search at 100,000 patients, GUI stalls.

* cold start: a fresh process (interpreter, imports, keyring, store, migrations,
  main window shown and its first screen filled) until the window is usable;
* search latency p50/p95 of the app's type-ahead search at 100,000 encrypted
  patients, next to the raw FTS5 query it wraps (the floor);
* the longest GUI-thread stall while 100,000 patients are applied in the
  background in 5,000-row pages on the database thread (a 5 ms timer measures
  the largest gap between its ticks);
* the same stall while the real sync engine downloads 100,000 patients from a
  real server process, next to the raw pipeline moving them (``bench/sync_stall.py``).

Run: ``.venv/bin/python bench/desktop_bench.py [--patients 100000]``.
Prints a table and writes ``bench/results/desktop_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from bench.sync_stall import bench_sync_stall  # noqa: E402

FIRST = [
    "Adaeze",
    "Babatunde",
    "Chiamaka",
    "Musa",
    "Ngozi",
    "Emeka",
    "Funke",
    "Ibrahim",
    "Yetunde",
    "Chinedu",
    "Aisha",
    "Tunde",
    "Kelechi",
    "Halima",
    "Segun",
    "Amaka",
]
LAST = [
    "Nwosu",
    "Adeyemi",
    "Okafor",
    "Bello",
    "Eze",
    "Okeke",
    "Akindele",
    "Sani",
    "Balogun",
    "Obi",
    "Yusuf",
    "Ogunleye",
    "Nnaji",
    "Abubakar",
    "Olawale",
    "Uche",
]


class BenchKeyring(KeyringBackend):
    """An in-memory keyring: the benchmark measures the app, not the OS secret store."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def patient_rows(hospital_id: uuid.UUID, start: int, count: int) -> list[dict[str, Any]]:
    rnd = random.Random(start)
    return [
        {
            "hospital_id": hospital_id,
            "patient_number": f"BN01-{n:06d}",
            "first_name": rnd.choice(FIRST),
            "last_name": rnd.choice(LAST) + str(n % 997),
            "sex": rnd.choice(["male", "female"]),
            "phone": f"+23480{n:08d}",
            "allergies": [],
            "chronic_conditions": [],
        }
        for n in range(start, start + count)
    ]


def insert_patients(engine: sa.Engine, hospital_id: uuid.UUID, start: int, count: int) -> None:
    from shared.db.models import Patient

    with engine.begin() as conn:
        conn.execute(sa.insert(Patient), patient_rows(hospital_id, start, count))


def new_store(data_dir: Path, backend: BenchKeyring) -> tuple[sa.Engine, uuid.UUID]:
    from desktop.app import DesktopSettings, open_store
    from shared.db.models import Hospital

    engine = open_store(DesktopSettings(data_dir=data_dir), backend)
    with engine.begin() as conn:
        hospital_id = uuid.uuid4()
        conn.execute(
            sa.insert(Hospital),
            [{"id": hospital_id, "code": "BN01", "name": "Bench General", "state": "Lagos"}],
        )
    return engine, hospital_id


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
    }


def queries(count: int, patients: int) -> list[str]:
    rnd = random.Random(7)
    out: list[str] = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            out.append(rnd.choice(FIRST)[: rnd.randint(2, 5)])
        elif kind == 1:
            out.append(f"{rnd.choice(LAST)[:4]} {rnd.choice(FIRST)[:3]}")
        elif kind == 2:
            out.append(f"080 {rnd.randrange(patients):08d}"[: rnd.randint(7, 12)])
        else:
            out.append(f"BN01-{rnd.randrange(patients):06d}")
    return out


def bench_search(engine: sa.Engine, patients: int) -> dict[str, Any]:
    from sqlalchemy.orm import Session

    from desktop.store.search import match_expression, search_patients

    texts = queries(400, patients)
    app_times: list[float] = []
    raw_times: list[float] = []
    with Session(engine) as session:
        for text in texts:
            started = time.perf_counter()
            search_patients(session, text)
            app_times.append(time.perf_counter() - started)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for text in texts:
            started = time.perf_counter()
            cursor.execute(
                "SELECT rowid FROM patient_search WHERE patient_search MATCH ? LIMIT 50",
                (match_expression(text),),
            ).fetchall()
            raw_times.append(time.perf_counter() - started)
    finally:
        raw.close()
    return {
        "app": percentiles(app_times),
        "raw_fts5": percentiles(raw_times),
        "queries": len(texts),
    }


COLD_CHILD = """
import os, sys, time
sys.path.insert(0, {root!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {bench!r})
from desktop_bench import BenchKeyring
from PySide6.QtWidgets import QApplication
from desktop.app import build, close_window, freeze_startup_objects
from desktop.auth import StaffSession
from desktop.config import DesktopSettings
from desktop.ui.style import stylesheet
import uuid
backend = BenchKeyring()
backend.set_password("grandpro-crm", "database-key", {key!r})
qt = QApplication([])
qt.setStyleSheet(stylesheet())
app = build(DesktopSettings(data_dir={data!r}, offline_only=True), backend)
window = app.main_window(StaffSession(uuid.uuid4(), "b", "Bench", "front_desk", online=False))
window.show()
freeze_startup_objects()
while app.tasks.busy:
    qt.processEvents()
print("ready", flush=True)
close_window(window)
app.close()
"""


def bench_cold_start(data_dir: Path, key_hex: str, runs: int = 3) -> dict[str, Any]:
    script = COLD_CHILD.format(
        root=str(ROOT), bench=str(ROOT / "bench"), key=key_hex, data=str(data_dir)
    )
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        if "ready" not in out.stdout or out.returncode:
            raise RuntimeError(out.stderr)
        times.append(time.perf_counter() - started)
    return {"runs_s": [round(t, 3) for t in times], "median_s": round(statistics.median(times), 3)}


def bench_gui_stall(patients: int, page: int = 5_000) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import build, close_window, freeze_startup_objects
    from desktop.auth import StaffSession
    from desktop.config import DesktopSettings

    qt = QApplication.instance() or QApplication([])
    backend = BenchKeyring()
    with tempfile.TemporaryDirectory() as tmp:
        app = build(DesktopSettings(data_dir=Path(tmp), offline_only=True), backend)
        engine, hospital_id = app.engine, _add_hospital(app.engine)
        window = app.main_window(StaffSession(uuid.uuid4(), "b", "Bench", "front_desk", False))
        window.show()
        settle = time.perf_counter() + 0.5  # first paint and first screen load are not sync
        while app.tasks.busy or time.perf_counter() < settle:
            qt.processEvents()
        freeze_startup_objects()
        clock, gaps, done = QElapsedTimer(), [0], [0]
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps[0] = max(gaps[0], now - last[0])
            last[0] = now

        timer = QTimer(interval=5, timeout=tick)
        timer.start()
        started = time.perf_counter()

        def page_done(_: object) -> None:
            done[0] += page
            elapsed = time.perf_counter() - started
            window.status.set_initial_sync(
                done[0], patients, elapsed / done[0] * (patients - done[0])
            )

        for start in range(0, patients, page):
            app.tasks.run_db(
                lambda s=start: insert_patients(engine, hospital_id, s, page), page_done
            )
        while app.tasks.busy:
            qt.processEvents()
        total = time.perf_counter() - started
        timer.stop()
        close_window(window)
        app.close()
    return {
        "longest_stall_ms": gaps[0],
        "rows": patients,
        "page": page,
        "apply_seconds": round(total, 2),
    }


def _add_hospital(engine: sa.Engine) -> uuid.UUID:
    from shared.db.models import Hospital

    hospital_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            sa.insert(Hospital),
            [{"id": hospital_id, "code": "BN02", "name": "Bench", "state": "Lagos"}],
        )
    return hospital_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=100_000)
    args = parser.parse_args()
    keyring.set_keyring(BenchKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        backend = BenchKeyring()
        engine, hospital_id = new_store(Path(tmp), backend)
        started = time.perf_counter()
        for start in range(0, args.patients, 10_000):
            insert_patients(engine, hospital_id, start, min(10_000, args.patients - start))
        load_s = time.perf_counter() - started
        search = bench_search(engine, args.patients)
        engine.dispose()
        key = backend.get_password("grandpro-crm", "database-key") or secrets.token_hex(32)
        cold = bench_cold_start(Path(tmp), key)
    stall = bench_gui_stall(args.patients)
    sync_stall = bench_sync_stall(args.patients, BenchKeyring())
    results = {
        "patients": args.patients,
        "load_seconds": round(load_s, 2),
        "search": search,
        "cold_start": cold,
        "gui_stall": stall,
        "sync_stall": sync_stall,
    }
    print_table(results)
    out = ROOT / "bench" / "results" / "desktop_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")


def print_table(r: dict[str, Any]) -> None:
    s = r["search"]
    rows = [
        ("patients (encrypted store)", f"{r['patients']:,}"),
        ("bulk load", f"{r['load_seconds']} s"),
        ("cold start to usable window (median of 3)", f"{r['cold_start']['median_s']} s"),
        ("search p50 / p95 (app)", f"{s['app']['p50_ms']} / {s['app']['p95_ms']} ms"),
        (
            "search p50 / p95 (raw FTS5)",
            f"{s['raw_fts5']['p50_ms']} / {s['raw_fts5']['p95_ms']} ms",
        ),
        (
            "longest GUI stall, background apply",
            f"{r['gui_stall']['longest_stall_ms']} ms ({r['gui_stall']['apply_seconds']} s)",
        ),
        (
            "longest GUI stall, real initial sync",
            f"{r['sync_stall']['sync']['longest_stall_ms']} ms "
            f"({r['sync_stall']['sync']['seconds']} s)",
        ),
        (
            "longest GUI stall, raw pipeline (limit)",
            f"{r['sync_stall']['raw']['longest_stall_ms']} ms "
            f"({r['sync_stall']['raw']['seconds']} s)",
        ),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
