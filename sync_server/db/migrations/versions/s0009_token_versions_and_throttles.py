"""auth: a token version per user, sign-in throttles per username and client

Revision ID: s0009_token_versions
Revises: s0008_private_opt_outs
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0009_token_versions'
down_revision: Union[str, Sequence[str], None] = 's0008_private_opt_outs'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('user_credentials', sa.Column('token_version', sa.Integer(), server_default=sa.text('0'), nullable=False))
    op.drop_column('user_credentials', 'failed_attempts')
    op.drop_column('user_credentials', 'locked_until')
    op.create_table('login_throttles',
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('client', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('blocked_until', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_failure_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username', 'client', name=op.f('pk_login_throttles'))
    )
    op.create_index(op.f('ix_login_throttles_last_failure_at'), 'login_throttles', ['last_failure_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_login_throttles_last_failure_at'), table_name='login_throttles')
    op.drop_table('login_throttles')
    op.add_column('user_credentials', sa.Column('locked_until', shared.db.types.UTCDateTime(timezone=True), nullable=True))
    op.add_column('user_credentials', sa.Column('failed_attempts', sa.Integer(), server_default=sa.text('0'), nullable=False))
    op.drop_column('user_credentials', 'token_version')
