"""``GET /metrics`` in the Prometheus text format, and the metrics other packages feed.

Request latency comes from a middleware labelled by route *template* (never
the raw path, which would carry ids and explode the series count). Queue
depth and messages by status are read from the database at scrape time, so
every server process reports the same truth. Route names and counts tell an
outsider which patients' pages are busy and when, so the endpoint is only
served with ``Authorization: Bearer <HMSO_METRICS_TOKEN>``: with no token
configured it answers 404 (as if absent), with a wrong or missing one 401.
Other packages observe through
the helpers here::

    from sync_server.api.metrics import observe_sync_batch
    observe_sync_batch("push", len(batch.changes))
"""

from __future__ import annotations

import hmac
import time

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, Histogram
from prometheus_client.exposition import generate_latest
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as AsgiMessage

from shared.db.models.messaging import Message
from sync_server.api import state as app_state
from sync_server.errors import error_response

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
    app.add_middleware(RequestTiming)


class RequestTiming:
    """Pure ASGI middleware observing each request's latency by route template.

    Pure ASGI rather than ``@app.middleware("http")``: that wrapper runs the
    body's ``receive`` inside a task group, which turned the body-size
    limit's 413 into a 400.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_noting_status(message: AsgiMessage) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            template = getattr(scope.get("route"), "path", "unmatched")
            REQUEST_LATENCY.labels(scope["method"], template, str(status)).observe(
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


_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def _refusal(request: Request) -> Response | None:
    """The answer to a scrape that may not see the metrics, or None to serve them."""
    settings = app_state.settings(request)
    if settings.metrics_token is None:
        return error_response(404, "not_found", "Not Found")
    expected = f"Bearer {settings.metrics_token.get_secret_value()}".encode()
    given = request.headers.get("authorization", "").encode()
    if not hmac.compare_digest(expected, given):
        return error_response(401, "unauthorized", "A metrics token is required.", None, _CHALLENGE)
    return None


_METRICS_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"content": {CONTENT_TYPE_LATEST.split(";")[0]: {}}, "description": "Metrics."},
}


@router.get("/metrics", response_class=Response, responses=_METRICS_RESPONSES)
def metrics(request: Request) -> Response:
    refusal = _refusal(request)
    if refusal is not None:
        return refusal
    _refresh_gauges(request.app.state.engine)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
