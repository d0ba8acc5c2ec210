"""job runs: one row per periodic slot that ran

Revision ID: s0005_job_runs
Revises: s0004_owner_payouts
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0005_job_runs'
down_revision: Union[str, Sequence[str], None] = 's0004_owner_payouts'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('job_runs',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('slot', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('started_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('worker_pid', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('name', 'slot', name=op.f('pk_job_runs'))
    )


def downgrade() -> None:
    op.drop_table('job_runs')
