"""Payments carry a readable receipt number and the service paid for.

``receipt_number`` (``LKK0-2026-000123``: device prefix, Lagos year, the
desk's count) is unique per hospital; payments taken before this revision
keep none and their receipts show the old id-derived number.
``description`` is the service line printed on the receipt.

Revision ID: d0013
Revises: d0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0013"
down_revision: str | None = "d0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("revenue_entries", sa.Column("receipt_number", sa.String(24), nullable=True))
    op.add_column("revenue_entries", sa.Column("description", sa.String(120), nullable=True))
    op.create_index(
        "uq_revenue_entries_hospital_receipt",
        "revenue_entries",
        ["hospital_id", "receipt_number"],
        unique=True,
        sqlite_where=sa.text("receipt_number IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_revenue_entries_hospital_receipt", "revenue_entries")
    with op.batch_alter_table("revenue_entries") as batch:
        batch.drop_column("description")
        batch.drop_column("receipt_number")
