"""The server's PostgreSQL engine and its units of work.

With no ``HMSO_DATABASE_URL`` the server starts PostgreSQL from the
``pgserver`` wheel under ``<data dir>/pgdata`` and talks to it over its Unix
socket, so a new user installs no database.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from sync_server.config import ServerSettings

_embedded: dict[Path, object] = {}


def database_url(settings: ServerSettings) -> str:
    """The configured database, or the embedded one under the data directory (started here)."""
    return settings.database_url or embedded_database_url(settings.data_dir / "pgdata")


def embedded_database_url(pgdata: Path) -> str:
    """Start (or reuse) an embedded PostgreSQL and return its SQLAlchemy URL."""
    import pgserver

    pgdata = pgdata.resolve()
    if pgdata not in _embedded:
        pgdata.mkdir(parents=True, exist_ok=True)
        _embedded[pgdata] = pgserver.get_server(str(pgdata), cleanup_mode=None)  # type: ignore[attr-defined]
    # pgserver's own URI: a Unix socket on Linux and macOS, 127.0.0.1 and a port on Windows.
    return sqlalchemy_url(_embedded[pgdata].get_uri())  # type: ignore[attr-defined]


def sqlalchemy_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use psycopg 3 for them."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, *, pool_size: int = 10) -> sa.Engine:
    """JSON columns go through orjson: a push of 1,000 rows spent a third of its time in json."""
    return sa.create_engine(
        sqlalchemy_url(url),
        pool_size=pool_size,
        max_overflow=10,
        pool_pre_ping=True,
        json_serializer=_json_dumps,
        json_deserializer=orjson.loads,
    )


def _json_dumps(value: object) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)


def make_sessionmaker(engine: sa.Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
