"""Authentication costs: argon2id, access tokens, and login/refresh/authenticated calls over HTTP.

argon2id is slow on purpose (it is the brute-force defence), so login latency
is bounded below by one hash verification; every other request pays only a
JWT check and one device lookup. Runs the real app on uvicorn on 127.0.0.1
against an embedded PostgreSQL.

Run: ``.venv/bin/python bench/auth_bench.py [--requests 200]``.
Prints a table and writes ``bench/results/auth_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import uuid
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
from shared.db import models as m  # noqa: E402
from shared.domain.access import Principal  # noqa: E402
from shared.domain.enums import Role  # noqa: E402
from sync_server.auth.passwords import hash_password, set_password, verify_password  # noqa: E402
from sync_server.auth.tokens import issue_access_token, verify_access_token  # noqa: E402
from sync_server.config import ServerSettings  # noqa: E402
from sync_server.db import migrate  # noqa: E402
from sync_server.main import create_app  # noqa: E402

PASSWORD = "benchmark password"


def timed(fn: Callable[[], Any], n: int) -> dict[str, float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "n": n,
        "p50_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[int(n * 0.95) - 1], 3),
    }


def serve(settings: ServerSettings, engine: sa.Engine) -> tuple[uvicorn.Server, str]:
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, engine=engine), host="127.0.0.1", port=0, log_level="warning"
        )
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    n = parser.parse_args().requests
    with scratch_postgres("auth-bench-") as (data, url):
        run(data, url, n)


def run(data: Path, url: str, n: int) -> None:
    engine = sa.create_engine(url, pool_size=8)
    migrate.upgrade(engine)
    settings = ServerSettings(
        database_url=url,
        data_dir=data,
        secret_key=SecretStr("b" * 40),
        metrics_token=SecretStr("bench-metrics-token"),
    )
    with Session(engine) as s, s.begin():
        hospital = m.Hospital(code=f"B{uuid.uuid4().hex[:4]}", name="Bench", state="Lagos")
        s.add(hospital)
        s.flush()
        user = m.User(
            username="bench", full_name="Bench", role=Role.MANAGER, hospital_id=hospital.id
        )
        s.add(user)
        s.flush()
        set_password(s, user, PASSWORD)
        principal = Principal(user.id, Role.MANAGER, hospital_id=hospital.id)
    digest = hash_password(PASSWORD)
    token = issue_access_token(principal, settings)
    results: dict[str, dict[str, float]] = {
        "argon2id hash": timed(lambda: hash_password(PASSWORD), 20),
        "argon2id verify": timed(lambda: verify_password(digest, PASSWORD), 20),
        "JWT issue": timed(lambda: issue_access_token(principal, settings), n),
        "JWT verify": timed(lambda: verify_access_token(token, settings), n),
    }
    server, base = serve(settings, engine)
    with httpx.Client(base_url=base) as c:
        body = {"username": "bench", "password": PASSWORD, "device": {"name": "Bench PC"}}
        first = c.post("/api/auth/login", json=body).json()
        body["device"] = {"id": first["device"]["id"]}
        auth = {"Authorization": f"Bearer {first['access_token']}"}
        refresh = {"token": first["refresh_token"]}

        def rotate() -> None:
            answer = c.post("/api/auth/refresh", json={"refresh_token": refresh["token"]})
            refresh["token"] = answer.json()["refresh_token"]

        results["HTTP login"] = timed(lambda: c.post("/api/auth/login", json=body), 20)
        results["HTTP refresh"] = timed(rotate, n)
        results["HTTP GET /api/auth/me"] = timed(lambda: c.get("/api/auth/me", headers=auth), n)
        scrape = {"Authorization": "Bearer bench-metrics-token"}
        results["HTTP GET /metrics"] = timed(lambda: c.get("/metrics", headers=scrape), 50)
    server.should_exit = True
    print(f"{'operation':<26}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}")
    for name, row in results.items():
        print(f"{name:<26}{row['n']:>6}{row['p50_ms']:>10}{row['p95_ms']:>10}")
    out = ROOT / "bench" / "results" / "auth_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
