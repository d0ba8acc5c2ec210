"""CRM API latency over real HTTP: the requests a front desk or integration makes most.

An embedded PostgreSQL, the real app on uvicorn on 127.0.0.1 and one httpx
client; each operation is called N times in a row and timed end to end
(validation, permission check, audit row, change-log entry, commit).

Run: ``.venv/bin/python bench/crm_api_bench.py [--n 200]``.
Prints a table and writes ``bench/results/crm_api_bench.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import socket
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import sqlalchemy as sa  # noqa: E402
import uvicorn  # noqa: E402
from pydantic import SecretStr  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.postgres import scratch_postgres  # noqa: E402
from shared.clock import LAGOS, lagos_today  # noqa: E402
from shared.db import models as m  # noqa: E402
from shared.domain.access import Principal  # noqa: E402
from shared.domain.enums import Role  # noqa: E402
from sync_server.auth.tokens import issue_access_token  # noqa: E402
from sync_server.config import ServerSettings  # noqa: E402
from sync_server.db import migrate  # noqa: E402
from sync_server.main import create_app  # noqa: E402


def seed(engine: sa.Engine) -> tuple[Principal, Any]:
    with Session(engine) as session, session.begin():
        hospital = m.Hospital(code="BEN", name="Bench General", state="Lagos")
        session.add(hospital)
        session.flush()
        doctor = m.Clinician(hospital_id=hospital.id, full_name="Dr Bench")
        desk = m.User(
            username="desk", full_name="Desk", role=Role.FRONT_DESK, hospital_id=hospital.id
        )
        session.add_all([doctor, desk])
        session.flush()
        return Principal(desk.id, Role.FRONT_DESK, hospital_id=hospital.id), doctor.id


def serve(app: Any) -> tuple[uvicorn.Server, threading.Thread, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{port}"


def timed(n: int, call: Callable[[int], httpx.Response]) -> dict[str, float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        response = call(i)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code < 300, response.text
    samples.sort()
    return {
        "n": n,
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(0.95 * (n - 1))], 2),
        "per_s": round(n / (sum(samples) / 1000), 1),
    }


def slot(i: int) -> str:
    """The i-th half-hour slot of one clinician from 08:00 Lagos, 16 a day, from next week."""
    first = dt.datetime.combine(lagos_today() + dt.timedelta(days=7), dt.time(8), LAGOS)
    return (first + dt.timedelta(days=i // 16, minutes=30 * (i % 16))).isoformat()


def run(n: int) -> dict[str, dict[str, float]]:
    with scratch_postgres("crm-bench-") as (folder, url):
        return measure(n, folder, url)


def measure(n: int, folder: Path, url: str) -> dict[str, dict[str, float]]:
    engine = sa.create_engine(url, pool_size=4)
    migrate.upgrade(engine)
    principal, doctor_id = seed(engine)
    settings = ServerSettings(database_url=url, data_dir=folder, secret_key=SecretStr("b" * 40))
    server, thread, base = serve(create_app(settings, engine=engine))
    token = issue_access_token(principal, settings)
    client = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    patient = {"first_name": "Ada", "last_name": "Obi", "sex": "female", "state": "Lagos"}
    ids: list[str] = []

    def register(i: int) -> httpx.Response:
        body = patient | {"phone": f"0803{i:07d}", "date_of_birth": "1990-01-01"}
        response = client.post("/api/crm/patients/profile", json=body)
        ids.append(response.json()["patient"]["id"])
        return response

    results = {"register": timed(n, register)}
    results["profile (audited read)"] = timed(
        n, lambda i: client.get(f"/api/crm/patients/{ids[i]}/profile")
    )
    results["award points"] = timed(
        n,
        lambda i: client.post(
            f"/api/crm/patients/{ids[i]}/loyalty/award", json={"points": 10, "reason": "Visit"}
        ),
    )
    results["submit feedback"] = timed(
        n, lambda i: client.post(f"/api/crm/patients/{ids[i]}/feedback", json={"rating": 4})
    )
    results["schedule appointment"] = timed(
        n,
        lambda i: client.post(
            "/api/crm/patients/appointments",
            json={
                "patient_id": ids[i],
                "clinician_id": str(doctor_id),
                "starts_at": slot(i),
                "duration_minutes": 30,
            },
        ),
    )
    client.close()
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    results = run(args.n)
    print(f"{'operation':<24}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'req/s':>9}")
    for name, row in results.items():
        print(f"{name:<24}{row['n']:>6}{row['p50_ms']:>10}{row['p95_ms']:>10}{row['per_s']:>9}")
    out = ROOT / "bench" / "results" / "crm_api_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
