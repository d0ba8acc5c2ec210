"""`hmso-server demo` is a running system: its worker sends, it names the accounts, it cleans up.

The demo's server and worker run in this process against the test
PostgreSQL, and a message queued through the outbox function leaves through
the provider the demo configures (the outbox folder). The full command runs
as a child process on its own embedded PostgreSQL, twice, as a user would.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import Message
from shared.domain.enums import Channel, Language, MessageStatus
from sync_server.api.health import WORKER_STALE_AFTER
from sync_server.config import ServerSettings
from sync_server.jobs.tables import JobRun
from sync_server.messaging.outbox import queue_message
from sync_server.messaging.templates import find_template, seed_templates
from sync_server.ops.demo import running
from sync_server.ops.demo_data import DEMO_PASSWORD
from tests.integration.server.conftest import LiveServer

EVERY_SECOND = {"dispatch_messages": "* * * * * *"}
ACCOUNTS = f"sign in as admin, lkk.manager, lkk.desk or owner1 with password {DEMO_PASSWORD}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _queue_statement_email(engine: sa.Engine) -> uuid.UUID:
    with sessionmaker(engine, expire_on_commit=False).begin() as session:
        seed_templates(session)
        template = find_template(session, "owner_monthly_report", Channel.EMAIL, Language.ENGLISH)
        values = {
            "owner_name": "Mrs Adeyemi",
            "period": "October 2026",
            "hospital_name": "Ikeja General",
            "net_payout": 125_000_000,
        }
        return queue_message(
            session, template=template, values=values, address="owner@example.ng"
        ).id


def test_the_demo_worker_sends_a_queued_message(
    monkeypatch: pytest.MonkeyPatch, pg_url: str, pg_engine: sa.Engine, tmp_path: Path
) -> None:
    # The worker's jobs read their settings from the environment, as in the demo.
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))
    message_id = _queue_statement_email(pg_engine)
    with running(ServerSettings(), _free_port(), cron=EVERY_SECOND) as url:
        deadline = time.monotonic() + 60
        status = MessageStatus.QUEUED
        while status is MessageStatus.QUEUED and time.monotonic() < deadline:
            time.sleep(0.5)
            with Session(pg_engine) as session:
                status = session.get_one(Message, message_id).status
        ready = httpx.get(f"{url}/readyz", timeout=10).json()
    assert status is MessageStatus.DELIVERED  # the outbox provider delivers at once
    sent = (tmp_path / "outbox" / f"{message_id}.json").read_text()
    assert "owner@example.ng" in sent
    assert ready["worker"] == "up", ready


def _record_run(engine: sa.Engine, ago: dt.timedelta) -> None:
    with sessionmaker(engine).begin() as session:
        at = utcnow() - ago
        session.add(JobRun(name="dispatch_messages", slot=at, started_at=at, worker_pid=1))


def test_readyz_says_when_no_worker_has_run_for_five_minutes(live_server: LiveServer) -> None:
    with live_server.client() as client:
        never = client.get("/readyz")
        _record_run(live_server.engine, WORKER_STALE_AFTER + dt.timedelta(seconds=30))
        stale = client.get("/readyz").json()
        _record_run(live_server.engine, dt.timedelta(seconds=30))
        fresh = client.get("/readyz").json()
    assert never.status_code == 200  # the API itself still serves
    assert never.json()["worker"] == "stale"
    assert "hmso-server worker" in never.json()["worker_message"]
    assert stale["worker"] == "stale" and "worker_last_run_at" in stale
    assert fresh["worker"] == "up" and "worker_message" not in fresh


def _start_demo(data_dir: Path, port: int) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HMSO_")}
    env.update(HMSO_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "sync_server.cli", "demo", "--no-desktop", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _run_demo_until_accounts(data_dir: Path, stop: signal.Signals) -> list[str]:
    """Start the demo, read until it says who can sign in, then stop it with ``stop``."""
    demo = _start_demo(data_dir, _free_port())
    assert demo.stdout is not None
    lines: list[str] = []
    try:
        for line in demo.stdout:
            lines.append(line.rstrip())
            if line.startswith("press Ctrl+C"):
                break
    finally:
        demo.send_signal(stop)
        rest, _ = demo.communicate(timeout=60)
    assert demo.returncode == 0, "\n".join(lines) + rest
    return lines


def _postgres_running(pgdata: Path) -> bool:
    pid_file = pgdata / "postmaster.pid"
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().split()[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_demo_prints_the_accounts_every_start_and_stops_its_postgres(tmp_path: Path) -> None:
    first = _run_demo_until_accounts(tmp_path, signal.SIGINT)  # Ctrl+C
    assert any(line.startswith("demo seeded:") for line in first)
    assert ACCOUNTS in first
    assert not _postgres_running(tmp_path / "pgdata")
    second = _run_demo_until_accounts(tmp_path, signal.SIGTERM)  # a service manager, a logout
    assert not any(line.startswith("demo seeded:") for line in second)
    assert ACCOUNTS in second
    assert not _postgres_running(tmp_path / "pgdata")
