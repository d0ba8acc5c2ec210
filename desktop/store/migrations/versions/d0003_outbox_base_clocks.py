"""Outbox mutations carry the clocks of the values they replace.

Revision ID: d0003
Revises: d0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0003"
down_revision: str | None = "d0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("base_clocks", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("base_clocks")
