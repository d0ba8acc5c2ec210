"""Clinicians carry working hours and a slot length; contracts a renewal date.

The desk's free-slot finder and booking follow a clinician's hours (per
weekday, Lagos time; NULL: not set, the opening hours apply) and slot length.

Revision ID: d0012
Revises: d0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0012"
down_revision: str | None = "d0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinicians") as batch:
        batch.add_column(sa.Column("working_hours", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("slot_minutes", sa.Integer(), server_default="30", nullable=False)
        )
        batch.create_check_constraint(
            "ck_clinicians_slot_minutes_range", "slot_minutes BETWEEN 5 AND 480"
        )
    with op.batch_alter_table("contracts") as batch:
        batch.add_column(sa.Column("renewal_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contracts") as batch:
        batch.drop_column("renewal_date")
    with op.batch_alter_table("clinicians") as batch:
        batch.drop_constraint("ck_clinicians_slot_minutes_range", type_="check")
        batch.drop_column("slot_minutes")
        batch.drop_column("working_hours")
