"""The raw pipeline's server: one keyset page, serialised to JSON by PostgreSQL, nothing else.

It is the yardstick for the sync benchmark: the same data and the same HTTP
stack, with no scopes, clocks, change log or compression, so the ratio to it
shows what the sync logic costs. It is built as well as such a pipe can be:
PostgreSQL writes each page as one JSON array of row arrays (no Python
object per value), and the column names are sent once per page.
"""

from __future__ import annotations

import os

import sqlalchemy as sa
from fastapi import FastAPI, Response

from sync_server.db.engine import sqlalchemy_url

ALLOWED = {"patients", "appointments"}


def create_raw_app() -> FastAPI:
    engine = sa.create_engine(sqlalchemy_url(os.environ["HMSO_DATABASE_URL"]))
    columns = {table: _columns(engine, table) for table in ALLOWED}
    app = FastAPI()

    @app.get("/healthz")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/raw")
    def raw(table: str, limit: int = 5000, after: str = "") -> Response:
        if table not in ALLOWED:
            return Response(status_code=404)
        names = columns[table]
        query = sa.text(_page_sql(table, names, after=bool(after)))
        with engine.connect() as conn:
            conn.exec_driver_sql("SET timezone = 'UTC'")
            rows = conn.execute(query, {"after": after, "limit": limit}).scalar_one()
        head = '{"columns": [' + ", ".join(f'"{name}"' for name in names) + '], "rows": '
        return Response(head + rows + "}", media_type="application/json")

    return app


def _page_sql(table: str, names: list[str], *, after: bool) -> str:
    """One page as a JSON array of row arrays (names: the fixed list and the catalogue)."""
    where = "WHERE id > CAST(:after AS uuid)" if after else ""
    values = ", ".join(f"t.{name}" for name in names)
    inner = f"SELECT * FROM {table} {where} ORDER BY id LIMIT :limit"  # noqa: S608
    return f"SELECT coalesce(json_agg(json_build_array({values}) ORDER BY t.id), '[]')::text FROM ({inner}) AS t"  # noqa: E501, S608


def _columns(engine: sa.Engine, table: str) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(sa.text(f"SELECT * FROM {table} LIMIT 0")).keys())  # noqa: S608
