"""family pooling: the program's setting, and who pools points with whom

``loyalty_programs.pooling_allowed`` (off by default) lets a household pool
its points. ``loyalty_pool_members`` records each member a guardian's consent
brought into the guardian's pool: who recorded it, when, and when it was
withdrawn.

Revision ID: s0018_loyalty_pools
Revises: s0017_service_recovery
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0018_loyalty_pools'
down_revision: Union[str, Sequence[str], None] = 's0017_service_recovery'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('loyalty_programs', sa.Column('pooling_allowed', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table('loyalty_pool_members',
    sa.Column('hospital_id', sa.Uuid(), nullable=False),
    sa.Column('guardian_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('consented_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=False),
    sa.Column('withdrawn_at', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('field_clocks', sa.JSON(), server_default='{}', nullable=False),
    sa.CheckConstraint('member_id <> guardian_id', name=op.f('ck_loyalty_pool_members_not_self')),
    sa.ForeignKeyConstraint(['hospital_id'], ['hospitals.id'], name=op.f('fk_loyalty_pool_members_hospital_id_hospitals'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['guardian_id'], ['patients.id'], name=op.f('fk_loyalty_pool_members_guardian_id_patients'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['member_id'], ['patients.id'], name=op.f('fk_loyalty_pool_members_member_id_patients'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loyalty_pool_members'))
    )
    op.create_index(op.f('ix_loyalty_pool_members_hospital_id'), 'loyalty_pool_members', ['hospital_id'], unique=False)
    op.create_index('ix_loyalty_pool_members_guardian', 'loyalty_pool_members', ['guardian_id'], unique=False)
    op.create_index(op.f('ix_loyalty_pool_members_member_id'), 'loyalty_pool_members', ['member_id'], unique=False)


def downgrade() -> None:
    op.drop_table('loyalty_pool_members')
    op.drop_column('loyalty_programs', 'pooling_allowed')
