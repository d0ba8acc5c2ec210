"""A hospital names the page where patients rate a visit: ``feedback_request_link``.

When it is set, completing a visit queues the feedback request to the
patient with that link; a hospital without one sends none.

Revision ID: d0011
Revises: d0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0011"
down_revision: str | None = "d0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hospitals") as batch:
        batch.add_column(sa.Column("feedback_request_link", sa.String(300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hospitals") as batch:
        batch.drop_column("feedback_request_link")
