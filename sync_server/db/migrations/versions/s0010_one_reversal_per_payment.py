"""revenue entries: a payment is reversed at most once (unique partial index on reverses_id)

Two desks offline could each reverse the same payment and the server stored
both, refunding it twice. The push now refuses the second reversal; this
index is the last line of defence. A database that already holds a payment
reversed twice is refused with the payments named: which reversal stands is
for the hospital's accounts to decide, never for a migration.

Revision ID: s0010_one_reversal
Revises: s0009_token_versions
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 's0010_one_reversal'
down_revision: Union[str, Sequence[str], None] = 's0009_token_versions'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    twice = op.get_bind().scalars(sa.text(
        "SELECT reverses_id FROM revenue_entries WHERE reverses_id IS NOT NULL "
        "GROUP BY reverses_id HAVING count(*) > 1 ORDER BY reverses_id LIMIT 20"
    )).all()
    if twice:
        raise RuntimeError(
            "These payments were reversed more than once; settle which reversal stands "
            "before upgrading: " + ", ".join(str(entry_id) for entry_id in twice)
        )
    op.create_index(
        'uq_revenue_entries_reverses_id', 'revenue_entries', ['reverses_id'], unique=True,
        postgresql_where=sa.text('reverses_id IS NOT NULL'),
    )


def downgrade() -> None:
    op.drop_index('uq_revenue_entries_reverses_id', table_name='revenue_entries')
