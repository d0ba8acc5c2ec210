"""``GET /metrics`` in the Prometheus text format, and the metrics other packages feed.

Request latency comes from a middleware labelled by route *template* (never
the raw path, which would carry ids and explode the series count). Queue
depth and messages by status are read from the database at scrape time, so
every server process reports the same truth. Other packages observe through
the helpers here::

    from sync_server.api.metrics import observe_sync_batch
    observe_sync_batch("push", len(batch.changes))
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, Histogram
from prometheus_client.exposition import generate_latest

from shared.db.models.messaging import Message

REGISTRY = CollectorRegistry(auto_describe=True)
REQUEST_LATENCY = Histogram(
    "hmso_http_request_duration_seconds",
    "Time to answer an HTTP request.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
SYNC_BATCH_ROWS = Histogram(
    "hmso_sync_batch_rows",
    "Rows per sync batch, by direction (push or pull).",
    ["direction"],
    buckets=(0, 1, 10, 50, 100, 500, 1000, 5000, 10000),
    registry=REGISTRY,
)
QUEUE_DEPTH = Gauge(
    "hmso_job_queue_depth",
    "Background jobs by queue and status.",
    ["queue", "status"],
    registry=REGISTRY,
)
MESSAGES = Gauge("hmso_messages", "Outbound messages by status.", ["status"], registry=REGISTRY)

router = APIRouter(tags=["operations"])


def observe_sync_batch(direction: str, rows: int) -> None:
    SYNC_BATCH_ROWS.labels(direction=direction).observe(rows)


def install_metrics(app: FastAPI) -> None:
    """Time every request; call once from ``create_app``."""

    @app.middleware("http")
    async def _time(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            route = request.scope.get("route")
            template = getattr(route, "path", "unmatched")
            REQUEST_LATENCY.labels(request.method, template, str(status)).observe(
                time.perf_counter() - started
            )


def _refresh_gauges(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        MESSAGES.clear()
        for status, count in conn.execute(
            sa.select(Message.status, sa.func.count()).group_by(Message.status)
        ):
            MESSAGES.labels(status=str(status)).set(count)
        QUEUE_DEPTH.clear()
        if conn.scalar(sa.text("SELECT to_regclass('procrastinate_jobs')")) is None:
            return
        rows = conn.execute(
            sa.text(
                "SELECT queue_name, status::text, count(*) FROM procrastinate_jobs"
                " WHERE status IN ('todo', 'doing') GROUP BY 1, 2"
            )
        )
        for queue, status, count in rows:
            QUEUE_DEPTH.labels(queue=queue, status=status).set(count)


@router.get("/metrics", response_class=Response)
def metrics(request: Request) -> Response:
    _refresh_gauges(request.app.state.engine)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
