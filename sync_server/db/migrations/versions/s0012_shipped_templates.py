"""shipped templates: the text last installed per template, so upgrades spare staff edits

Revision ID: s0012_shipped_templates
Revises: s0011_feedback_link
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0012_shipped_templates'
down_revision: Union[str, Sequence[str], None] = 's0011_feedback_link'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('shipped_templates',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('held_back_hash', sa.String(length=64), nullable=True),
    sa.Column('installed_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', 'channel', 'language', name=op.f('pk_shipped_templates'))
    )


def downgrade() -> None:
    op.drop_table('shipped_templates')
