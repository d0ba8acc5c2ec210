"""The procrastinate ``App`` and the database it uses (the server's own).

``app`` is defined at import with an unopened connector so tasks can be
declared anywhere; :func:`connected` points it at the configured database for
the duration of a block. :func:`ensure_schema` installs procrastinate's tables once (they
are not ORM tables, so Alembic does not manage them).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from procrastinate import App, PsycopgConnector
from procrastinate.schema import SchemaManager

from sync_server.db.engine import sqlalchemy_url

app = App(connector=PsycopgConnector(), import_paths=["sync_server.jobs.schedules"])
_SCHEMA_LOCK = 7100002


def conninfo(database_url: str) -> str:
    """A libpq URL from the SQLAlchemy one (drops the ``+psycopg`` driver marker)."""
    return sqlalchemy_url(database_url).replace("postgresql+psycopg://", "postgresql://", 1)


@contextmanager
def connected(database_url: str) -> Iterator[App]:
    with app.replace_connector(PsycopgConnector(conninfo=conninfo(database_url))) as bound:
        yield bound


def ensure_schema(database_url: str) -> bool:
    """Install procrastinate's schema if missing; True if it was installed now."""
    with psycopg.connect(conninfo(database_url)) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
        exists = conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()
        if exists and exists[0] is not None:
            return False
        conn.execute(SchemaManager.get_schema())
        return True
