"""Alembic environment for the server's PostgreSQL (run via ``sync_server.db.migrate``)."""

from __future__ import annotations

from alembic import context

from sync_server.db.all_tables import METADATA

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=METADATA, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
