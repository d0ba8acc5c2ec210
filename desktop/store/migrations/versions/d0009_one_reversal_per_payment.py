"""A payment is reversed at most once: a unique partial index on ``reverses_id``.

The desk refuses a second reversal of a payment it knows was reversed, and
the server refuses one another desk made offline; the index keeps the desk's
own copy from ever holding two. The server is upgraded first and refuses to
upgrade while it holds a payment reversed twice, so a desk's copy, pulled
from it, holds none either.

Revision ID: d0009
Revises: d0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0009"
down_revision: str | None = "d0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "uq_revenue_entries_reverses_id",
        "revenue_entries",
        ["reverses_id"],
        unique=True,
        sqlite_where=sa.text("reverses_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_revenue_entries_reverses_id", "revenue_entries")
