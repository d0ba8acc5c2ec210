"""Alembic environment for the desktop's SQLite (run via ``desktop.store.migrate``)."""

from __future__ import annotations

from alembic import context

import shared.db.models  # noqa: F401  (registers the domain tables)
from desktop.store.tables import LocalBase
from shared.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=[Base.metadata, LocalBase.metadata],
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
