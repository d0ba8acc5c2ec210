"""The periodic schedules and the registry other packages plug their work into.

Each schedule names a handler by import path, ``"package.module:function"``
with the signature ``handler(session, settings, now) -> object``; it runs in
one transaction opened here, and its return value is stored (as text) in
``job_runs.outcome``. A handler that is not importable yet is skipped with a
warning, so the schedule can ship before the work it triggers.

Cron strings are UTC with an optional sixth field for seconds. Lagos is UTC+1
all year (no daylight saving), so "06:00 Lagos" is 05:00 UTC.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from sync_server.config import ServerSettings
from sync_server.jobs.app import app
from sync_server.jobs.tables import JobRun

log = logging.getLogger(__name__)
RETRY_STALLED_CRON = "*/5 * * * *"
STALLED_AFTER = 60.0  # seconds without a worker heartbeat (workers beat every 10 s)
Handler = Callable[[Session, ServerSettings, dt.datetime], object]


@dataclass(frozen=True)
class Schedule:
    cron: str
    handler: str
    why: str


SCHEDULES: Mapping[str, Schedule] = {
    "dispatch_messages": Schedule(
        "* * * * *", "sync_server.messaging.jobs:dispatch_due_messages", "send queued messages"
    ),
    "appointment_reminders": Schedule(
        "*/5 * * * *", "sync_server.messaging.jobs:queue_appointment_reminders", "reminders"
    ),
    "scheduled_communications": Schedule(
        "*/15 * * * *", "sync_server.messaging.jobs:release_scheduled", "scheduled messages"
    ),
    "monthly_payouts": Schedule(
        "0 5 1 * *", "sync_server.owners.jobs:run_monthly_payouts", "06:00 Lagos on the 1st"
    ),
    "loyalty_expiry": Schedule(
        "30 0 * * *", "sync_server.jobs.loyalty:expire_points", "01:30 Lagos daily"
    ),
    "loyalty_tiers": Schedule(
        "0 6 * * *", "sync_server.loyalty.tiers:review_tiers", "07:00 Lagos daily"
    ),
    "service_recovery": Schedule(
        "*/2 * * * *",
        "sync_server.recovery.alerts:run_service_recovery",
        "alert managers about low feedback; recount the recovery rate",
    ),
}


def resolve(path: str) -> Handler | None:
    module_name, _, attr = path.partition(":")
    try:
        handler: Handler = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError):
        return None
    return handler


def claim_slot(session: Session, name: str, slot: dt.datetime) -> bool:
    """Take the slot for this run; False if another run already took it."""
    stmt = (
        insert(JobRun)
        .values(name=name, slot=slot, worker_pid=os.getpid())
        .on_conflict_do_nothing()
        .returning(JobRun.name)
    )
    return session.execute(stmt).first() is not None


def run_slot(session: Session, settings: ServerSettings, name: str, timestamp: int) -> str:
    """Run schedule ``name`` for the slot at ``timestamp`` (UTC epoch seconds), once."""
    slot = dt.datetime.fromtimestamp(timestamp, tz=dt.UTC)
    if not claim_slot(session, name, slot):
        return "already ran"
    handler = resolve(SCHEDULES[name].handler)
    if handler is None:
        log.warning("job %s: handler %s is not installed", name, SCHEDULES[name].handler)
        outcome = "handler not installed"
    else:
        outcome = str(handler(session, settings, slot))[:200]
    session.execute(
        sa.update(JobRun).where(JobRun.name == name, JobRun.slot == slot).values(outcome=outcome)
    )
    return outcome


@app.task(name="hmso.periodic", queue="periodic")
def periodic(timestamp: int, name: str) -> str:
    """The one task behind every schedule; the schedule's name picks the handler."""
    from sync_server.db.engine import database_url

    settings = ServerSettings()
    engine = sa.create_engine(database_url(settings), poolclass=sa.NullPool)
    try:
        with Session(engine) as session, session.begin():
            return run_slot(session, settings, name, timestamp)
    finally:
        engine.dispose()


@app.task(name="hmso.retry_stalled", queue="periodic", queueing_lock="retry_stalled")
async def retry_stalled(timestamp: int) -> int:
    """Requeue jobs whose worker stopped sending heartbeats (a crash or a killed host).

    Delivery is at-least-once: the job runs again, and ``job_runs`` or the
    handler's own idempotency keeps that from doing the work twice.
    """
    del timestamp
    stalled = list(await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER))
    for job in stalled:
        await app.job_manager.retry_job(job)
    return len(stalled)


def install(target: Any, overrides: Mapping[str, str] | None = None) -> None:
    """Register every schedule on ``target`` (an App), with cron ``overrides`` by name."""
    for name, schedule in SCHEDULES.items():
        cron = (overrides or {}).get(name, schedule.cron)
        target.periodic(cron=cron, periodic_id=name, task_kwargs={"name": name}, lock=name)(
            periodic
        )
    target.periodic(cron=RETRY_STALLED_CRON, periodic_id="retry_stalled")(retry_stalled)
