"""Liveness and readiness probes.

``/readyz`` also says whether a job worker is alive: the API keeps serving
without one, but nothing queued is sent and no reminder goes out, which an
operator would otherwise only learn from patients. Every worker writes a
``job_runs`` row at least each minute (``dispatch_messages``), so no row for
:data:`WORKER_STALE_AFTER` means no worker is running.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from shared.clock import utcnow
from sync_server.jobs.tables import JobRun

router = APIRouter(tags=["operations"])
WORKER_STALE_AFTER = dt.timedelta(minutes=5)
NO_WORKER = (
    "no job worker has run for 5 minutes: queued messages and reminders are not sent;"
    " start `hmso-server worker`"
)


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    try:
        with request.app.state.engine.connect() as conn:
            last_run = conn.scalar(sa.select(sa.func.max(JobRun.started_at)))
    except Exception:
        return JSONResponse({"status": "unavailable", "database": "down"}, status_code=503)
    return JSONResponse({"status": "ready", "database": "up", **worker_state(last_run)})


def worker_state(last_run: dt.datetime | None, now: dt.datetime | None = None) -> dict[str, str]:
    """``worker`` is ``up`` or ``stale``; a stale one carries the reason to show."""
    now = now or utcnow()
    seen = {"worker_last_run_at": last_run.isoformat()} if last_run else {}
    if last_run is not None and now - last_run <= WORKER_STALE_AFTER:
        return {"worker": "up", **seen}
    return {"worker": "stale", "worker_message": NO_WORKER, **seen}
