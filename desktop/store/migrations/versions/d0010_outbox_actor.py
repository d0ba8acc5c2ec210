"""Each outbox mutation names who made it: ``actor_user_id``.

Several staff share one PC and its outbox; a change made by a clerk after a
manager's session may be pushed later under someone else's token, so the
server can only attribute it rightly if the mutation says whose it was.
Mutations queued before this revision have no actor (the server attributes
them to the token's user, as before).

Revision ID: d0010
Revises: d0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0010"
down_revision: str | None = "d0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_outbox", sa.Column("actor_user_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_outbox", "actor_user_id")
