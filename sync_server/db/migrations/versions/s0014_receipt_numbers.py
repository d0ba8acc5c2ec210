"""revenue entries: a readable receipt number, unique per hospital, and the service paid for

Desks number receipts offline as ``LKK0-2026-000123`` (device prefix, Lagos
year, the desk's count); the partial unique index keeps a number from being
stored twice in one hospital, whatever desk pushed it. Payments stored
before this revision have no number and keep their id-derived one.

Revision ID: s0014_receipt_numbers
Revises: s0013_clinician_hours
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 's0014_receipt_numbers'
down_revision: Union[str, Sequence[str], None] = 's0013_clinician_hours'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('revenue_entries', sa.Column('receipt_number', sa.String(length=24), nullable=True))
    op.add_column('revenue_entries', sa.Column('description', sa.String(length=120), nullable=True))
    op.create_index(
        'uq_revenue_entries_hospital_receipt', 'revenue_entries',
        ['hospital_id', 'receipt_number'], unique=True,
        postgresql_where=sa.text('receipt_number IS NOT NULL'),
    )


def downgrade() -> None:
    op.drop_index('uq_revenue_entries_hospital_receipt', table_name='revenue_entries')
    op.drop_column('revenue_entries', 'description')
    op.drop_column('revenue_entries', 'receipt_number')
