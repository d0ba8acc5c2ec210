"""A job whose worker died (no heartbeat) is put back in the queue by the sweep."""

from __future__ import annotations

import asyncio

import psycopg
import sqlalchemy as sa

from sync_server.jobs.app import connected, conninfo, ensure_schema
from sync_server.jobs.schedules import retry_stalled


def test_stalled_job_is_requeued_and_live_one_is_not(pg_url: str, pg_engine: sa.Engine) -> None:
    ensure_schema(pg_url)
    with psycopg.connect(conninfo(pg_url)) as conn:
        dead = conn.execute(
            "INSERT INTO procrastinate_workers (last_heartbeat)"
            " VALUES (now() - interval '10 minutes') RETURNING id"
        ).fetchone()
        alive = conn.execute(
            "INSERT INTO procrastinate_workers DEFAULT VALUES RETURNING id"
        ).fetchone()
        assert dead and alive
        for worker_id, task in ((dead[0], "hmso.dead"), (alive[0], "hmso.alive")):
            conn.execute(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, status, worker_id)"
                " VALUES ('default', %s, 'doing', %s)",
                (task, worker_id),
            )

    async def sweep() -> int:
        with connected(pg_url) as app:
            async with app.open_async():
                return await retry_stalled(timestamp=0)

    assert asyncio.run(sweep()) == 1
    with pg_engine.connect() as c:
        result = c.execute(sa.text("SELECT task_name, status::text FROM procrastinate_jobs"))
        rows = {str(task): str(status) for task, status in result}
    assert rows == {"hmso.dead": "todo", "hmso.alive": "doing"}
