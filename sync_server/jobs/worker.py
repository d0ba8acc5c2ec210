"""``hmso-server worker``: run the job queue and the periodic schedules.

Any number of workers may run against one database: procrastinate records
each periodic slot once (a unique row per task, schedule and timestamp), jobs
are taken with ``FOR UPDATE SKIP LOCKED``, and ``job_runs`` refuses a second
run of the same slot even if a job is delivered twice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from shared.errors import FieldValidationError
from sync_server.jobs import schedules
from sync_server.jobs.app import app, connected, ensure_schema


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """``["reminders=*/2 * * * *"]`` -> ``{"reminders": "*/2 * * * *"}``, names checked."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, cron = pair.partition("=")
        if not sep or name not in schedules.SCHEDULES:
            known = ", ".join(schedules.SCHEDULES)
            raise FieldValidationError("cron", f"expected NAME=CRON with NAME one of {known}")
        out[name] = cron.strip()
    return out


def run(database_url: str, overrides: Mapping[str, str], *, concurrency: int = 2) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    ensure_schema(database_url)
    schedules.install(app, overrides)
    with connected(database_url) as bound:
        bound.run_worker(concurrency=concurrency, queues=None)
