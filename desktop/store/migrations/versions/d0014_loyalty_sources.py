"""Loyalty entries name their source event, and points earned on a payment are held.

``loyalty_ledger.source_key`` is unique, so one visit, payment or feedback
earns once on this PC as on the server; ``available_at`` holds points earned
on a payment for the program's ``hold_days``. Programs carry ``hold_days``
and ``adjustment_limit``; patients ``referred_by_id``.

Revision ID: d0014
Revises: d0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db.types

revision: str = "d0014"
down_revision: str | None = "d0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("loyalty_ledger") as batch:
        batch.add_column(sa.Column("source_key", sa.String(80), nullable=True))
        batch.add_column(
            sa.Column("available_at", shared.db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch.create_unique_constraint("uq_loyalty_ledger_source_key", ["source_key"])
    with op.batch_alter_table("loyalty_programs") as batch:
        batch.add_column(sa.Column("hold_days", sa.Integer(), server_default="14", nullable=False))
        batch.add_column(
            sa.Column("adjustment_limit", sa.Integer(), server_default="500", nullable=False)
        )
        batch.create_check_constraint(
            "ck_loyalty_programs_hold_days_range", "hold_days BETWEEN 0 AND 365"
        )
        batch.create_check_constraint(
            "ck_loyalty_programs_adjustment_limit_not_negative", "adjustment_limit >= 0"
        )


def downgrade() -> None:
    with op.batch_alter_table("loyalty_programs") as batch:
        batch.drop_constraint("ck_loyalty_programs_adjustment_limit_not_negative", type_="check")
        batch.drop_constraint("ck_loyalty_programs_hold_days_range", type_="check")
        batch.drop_column("adjustment_limit")
        batch.drop_column("hold_days")
    with op.batch_alter_table("loyalty_ledger") as batch:
        batch.drop_constraint("uq_loyalty_ledger_source_key", type_="unique")
        batch.drop_column("available_at")
        batch.drop_column("source_key")
