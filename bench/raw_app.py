"""The raw pipeline's server: SELECT a keyset page, serialise it with orjson, nothing else.

It is the yardstick for the sync benchmark: the same data, the same HTTP
stack and the same JSON library, with no scopes, clocks, change log or
compression, so the ratio to it shows what the sync logic costs.
"""

from __future__ import annotations

import os

import orjson
import sqlalchemy as sa
from fastapi import FastAPI, Response

from sync_server.db.engine import sqlalchemy_url

ALLOWED = {"patients", "appointments"}


def create_raw_app() -> FastAPI:
    engine = sa.create_engine(sqlalchemy_url(os.environ["HMSO_DATABASE_URL"]))
    app = FastAPI()

    @app.get("/healthz")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/raw")
    def raw(table: str, limit: int = 5000, after: str = "") -> Response:
        if table not in ALLOWED:
            return Response(status_code=404)
        where = "WHERE id > CAST(:after AS uuid)" if after else ""
        query = sa.text(f"SELECT * FROM {table} {where} ORDER BY id LIMIT :limit")  # noqa: S608
        with engine.connect() as conn:
            result = conn.execute(query, {"after": after, "limit": limit})
            body = {"columns": list(result.keys()), "rows": [list(r) for r in result]}
        return Response(orjson.dumps(body), media_type="application/json")

    return app
