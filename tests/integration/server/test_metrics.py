"""``GET /metrics`` over HTTP: latency by route template, queue depth, messages by status."""

from __future__ import annotations

import psycopg
import pytest
from pydantic import SecretStr

from sync_server.api.metrics import observe_sync_batch
from sync_server.config import ServerSettings
from sync_server.jobs.app import conninfo, ensure_schema
from tests.integration.server.conftest import LiveServer

TOKEN = "metrics-scrape-token-0123456789"


@pytest.fixture
def server_settings(server_settings: ServerSettings) -> ServerSettings:
    server_settings.metrics_token = SecretStr(TOKEN)
    return server_settings


def test_metrics_expose_latency_queue_depth_and_sync_batches(
    live_server: LiveServer, pg_url: str
) -> None:
    ensure_schema(pg_url)
    with psycopg.connect(conninfo(pg_url)) as conn:
        conn.execute(
            "INSERT INTO procrastinate_jobs (queue_name, task_name, args)"
            " VALUES ('messages', 'hmso.dispatch', '{}'::jsonb)"
        )
    observe_sync_batch("push", 250)
    with live_server.client() as c:
        me = f"/api/auth/devices/{'0' * 8}-0000-0000-0000-{'0' * 12}/revoke"
        assert c.post(me).status_code == 401
        assert c.get("/healthz").status_code == 200
        r = c.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    text = r.text
    assert (
        'hmso_http_request_duration_seconds_count{method="POST",'
        'route="/api/auth/devices/{device_id}/revoke",status="401"}'
    ) in text
    assert 'route="/healthz",status="200"' in text
    assert 'hmso_job_queue_depth{queue="messages",status="todo"} 1.0' in text
    assert 'hmso_sync_batch_rows_count{direction="push"}' in text
    assert "# TYPE hmso_messages gauge" in text
