"""What every operator command needs: settings -> migrated database -> one transaction.

Migrating includes procrastinate's schema, so the API can enqueue jobs
before any worker has started, and the shipped message templates, so the
first reminder run finds them (staff edits are kept).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sync_server.config import ServerSettings
from sync_server.db import migrate
from sync_server.db.engine import make_engine
from sync_server.jobs.app import ensure_schema
from sync_server.messaging.templates import install_shipped_templates
from sync_server.sync.changes import set_actor


def engine_for(settings: ServerSettings) -> sa.Engine:
    from sync_server.db.engine import database_url

    engine = make_engine(database_url(settings), pool_size=2)
    migrate.upgrade(engine)
    ensure_schema(database_url(settings))
    install_shipped_templates(engine)
    return engine


@contextmanager
def unit_of_work(settings: ServerSettings) -> Iterator[Session]:
    """One committed transaction against the configured (migrated) database."""
    engine = engine_for(settings)
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            set_actor(session, "cli")
            yield session
    finally:
        engine.dispose()
