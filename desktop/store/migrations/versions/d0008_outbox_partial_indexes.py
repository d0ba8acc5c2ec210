"""Partial indexes on the outbox's unanswered and rejected mutations.

Answered mutations stay in the outbox as the desk's history, and the queries
for what is still waiting (every push, every status refresh, every applied
page asks) or was rejected scanned all of it: at 80,000 answered mutations,
reading a push batch took 15 ms of scanning.

Revision ID: d0008
Revises: d0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0008"
down_revision: str | None = "d0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_sync_outbox_unacked",
        "sync_outbox",
        ["seq"],
        sqlite_where=sa.text("acked_at IS NULL"),
    )
    op.create_index(
        "ix_sync_outbox_rejected",
        "sync_outbox",
        ["seq"],
        sqlite_where=sa.text("outcome = 'rejected'"),
    )


def downgrade() -> None:
    op.drop_index("ix_sync_outbox_rejected", "sync_outbox")
    op.drop_index("ix_sync_outbox_unacked", "sync_outbox")
