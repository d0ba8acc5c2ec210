"""Messaging benchmarks: campaign enqueue at 100,000 recipients, dispatch throughput.

* campaign enqueue: the audience snapshot (one ``INSERT … SELECT`` into
  ``campaign_recipients``) and the full materialisation (render and insert
  every message in 5,000-row batches), next to a raw baseline: a plain
  ``INSERT … SELECT`` of the same number of rows into a bare table;
* dispatch throughput of one worker through the real Twilio SDK against a
  local HTTP endpoint on 127.0.0.1, next to the bare SDK calls (no database);
* the crash-after-send exposure: per message, the time between the provider
  accepting it and our result committing (a worker dying inside it leaves a
  ``sending`` message that recovery settles by asking the provider).

Run: ``.venv/bin/python bench/messaging_bench.py [--recipients 100000] [--dispatch 2000]``.
Prints a table and writes ``bench/results/messaging_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from twilio.rest import Client  # noqa: E402

from bench.postgres import scratch_postgres  # noqa: E402
from shared.db.models import Campaign, Hospital  # noqa: E402
from shared.domain.enums import Channel, Language  # noqa: E402
from sync_server.config import ServerSettings  # noqa: E402
from sync_server.db import migrate  # noqa: E402
from sync_server.messaging.campaigns import enqueue_campaign, materialize_batch  # noqa: E402
from sync_server.messaging.dispatch import dispatch_due  # noqa: E402
from sync_server.messaging.providers.base import Outbound, SendResult  # noqa: E402
from sync_server.messaging.providers.twilio import TwilioProvider  # noqa: E402
from sync_server.messaging.templates import find_template, seed_templates  # noqa: E402

SID = "AC00000000000000000000000000000000"
MORNING = "2026-11-24T09:00:00+00:00"


class _Twilio(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        data = json.dumps({"sid": f"SM{uuid.uuid4().hex}", "status": "queued"}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return


def _database(url: str) -> sa.Engine:
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    engine = sa.create_engine(admin.url.set(database=name), pool_size=4)
    migrate.upgrade(engine)
    return engine


def _patients(sessions: sessionmaker[Session], count: int) -> uuid.UUID:
    with sessions.begin() as session:
        hospital = Hospital(
            code="BENCH", name="Ikeja General", state="Lagos", phone="+2348011112222"
        )
        session.add(hospital)
        session.flush()
        session.execute(
            sa.text(
                """
                INSERT INTO patients (id, created_at, updated_at, hospital_id, patient_number,
                    first_name, last_name, sex, allergies, chronic_conditions, payer_type,
                    preferred_language, preferred_channel, consent_sms, consent_whatsapp,
                    consent_email, consent_marketing, phone, state, lga)
                SELECT gen_random_uuid(), now(), now(), :h, 'B-' || n, 'Adaeze', 'Okafor' || n,
                    'female', '[]', '[]', 'self_pay', 'en', 'sms', true, false, false, true,
                    '+23480' || lpad(n::text, 8, '0'), 'Lagos', 'Ikeja'
                FROM generate_series(1, :count) AS n
                """
            ),
            {"h": hospital.id, "count": count},
        )
        return hospital.id


def _campaign(sessions: sessionmaker[Session], hospital_id: uuid.UUID) -> uuid.UUID:
    with sessions.begin() as session:
        seed_templates(session)
        template = find_template(session, "patient_feedback_request", Channel.SMS, Language.ENGLISH)
        campaign = Campaign(
            hospital_id=hospital_id,
            name="Feedback week",
            template_id=template.id,
            channel=Channel.SMS,
            audience_filter={"hospital_id": str(hospital_id)},
            variables={"feedback_link": "https://grandpro.example.ng/f"},
        )
        session.add(campaign)
        session.flush()
        return campaign.id


def bench_enqueue(sessions: sessionmaker[Session], campaign_id: uuid.UUID) -> dict[str, float]:
    started = time.perf_counter()
    with sessions.begin() as session:
        enqueue_campaign(session, session.get_one(Campaign, campaign_id))
    snapshot = time.perf_counter() - started
    started = time.perf_counter()
    while True:
        with sessions.begin() as session:
            if materialize_batch(session, session.get_one(Campaign, campaign_id), 5000) == 0:
                break
    return {"snapshot_s": snapshot, "materialise_s": time.perf_counter() - started}


def bench_baseline(engine: sa.Engine, count: int) -> float:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE bench_plain (id uuid PRIMARY KEY, campaign_id uuid, patient_id uuid,"
            " status varchar(16))"
        )
        started = time.perf_counter()
        conn.exec_driver_sql(
            "INSERT INTO bench_plain SELECT gen_random_uuid(), gen_random_uuid(), id, 'pending'"
            " FROM patients LIMIT %(n)s",
            {"n": count},
        )
        return time.perf_counter() - started


class _Timed:
    """Wraps the provider to note when each send returned (start of the unknown window)."""

    def __init__(self, inner: TwilioProvider, returned: list[float]) -> None:
        self.inner, self.returned = inner, returned
        self.name, self.rate_per_second = inner.name, inner.rate_per_second

    def send(self, message: Outbound) -> SendResult:
        result = self.inner.send(message)
        self.returned.append(time.perf_counter())
        return result

    def lookup(self, message: Outbound, since: Any) -> str | None:
        return self.inner.lookup(message, since)


def bench_dispatch(sessions: sessionmaker[Session], base_url: str, count: int) -> dict[str, Any]:
    import datetime as dt

    client = Client(SID, "token")
    client.api.base_url = base_url
    provider = TwilioProvider(
        client,
        sms_from="+2348000000001",
        whatsapp_from=None,
        callback_base="https://x.ng",
        rate_per_second=1e9,
    )
    returned: list[float] = []
    commits: list[float] = []
    event.listen(Session, "after_commit", lambda _s: commits.append(time.perf_counter()))
    timed = _Timed(provider, returned)
    settings = ServerSettings()
    now = dt.datetime.fromisoformat(MORNING)
    started = time.perf_counter()
    sent = 0
    while sent < count:
        sent += len(
            dispatch_due(
                sessions, settings, 100, providers=dict.fromkeys(Channel, timed), now=now
            ).ids
        )
    elapsed = time.perf_counter() - started
    windows = [min(c for c in commits if c > r) - r for r in returned]
    started = time.perf_counter()
    for n in range(min(count, 1000)):
        client.messages.create(to="+2348031234567", from_="+2348000000001", body=f"raw {n}")
    raw_rate = min(count, 1000) / (time.perf_counter() - started)
    return {
        "messages": sent,
        "per_second": sent / elapsed,
        "raw_sdk_per_second": raw_rate,
        "window_p50_ms": statistics.median(windows) * 1000,
        "window_p99_ms": statistics.quantiles(windows, n=100)[98] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--dispatch", type=int, default=2_000)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Twilio)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with scratch_postgres("msgbench") as (_, url):
        engine = _database(url)
        sessions = sessionmaker(engine, expire_on_commit=False)
        hospital_id = _patients(sessions, args.recipients)
        enqueue = bench_enqueue(sessions, _campaign(sessions, hospital_id))
        baseline = bench_baseline(engine, args.recipients)
        dispatch = bench_dispatch(
            sessions, f"http://127.0.0.1:{server.server_address[1]}", args.dispatch
        )
        engine.dispose()
    server.shutdown()
    report(args.recipients, enqueue, baseline, dispatch)


def report(
    count: int, enqueue: dict[str, float], baseline: float, dispatch: dict[str, Any]
) -> None:
    results = {
        "recipients": count,
        "enqueue_snapshot_s": round(enqueue["snapshot_s"], 3),
        "enqueue_materialise_s": round(enqueue["materialise_s"], 3),
        "baseline_plain_insert_s": round(baseline, 3),
        "snapshot_vs_baseline": round(enqueue["snapshot_s"] / baseline, 2),
        "materialise_vs_baseline": round(enqueue["materialise_s"] / baseline, 2),
        "dispatch_messages": dispatch["messages"],
        "dispatch_per_second_one_worker": round(dispatch["per_second"], 1),
        "raw_sdk_per_second": round(dispatch["raw_sdk_per_second"], 1),
        "crash_window_p50_ms": round(dispatch["window_p50_ms"], 2),
        "crash_window_p99_ms": round(dispatch["window_p99_ms"], 2),
    }
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "messaging_bench.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
