"""owner payouts: which revenue entry each contract's payout counted

Revision ID: s0004_owner_payouts
Revises: s0003_sync
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 's0004_owner_payouts'
down_revision: Union[str, Sequence[str], None] = 's0003_sync'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('payout_allocations',
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('revenue_entry_id', sa.Uuid(), nullable=False),
    sa.Column('payout_id', sa.Uuid(), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_payout_allocations_contract_id_contracts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['payout_id'], ['payouts.id'], name=op.f('fk_payout_allocations_payout_id_payouts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['revenue_entry_id'], ['revenue_entries.id'], name=op.f('fk_payout_allocations_revenue_entry_id_revenue_entries'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('contract_id', 'revenue_entry_id', name=op.f('pk_payout_allocations'))
    )
    op.create_index(op.f('ix_payout_allocations_payout_id'), 'payout_allocations', ['payout_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_payout_allocations_payout_id'), table_name='payout_allocations')
    op.drop_table('payout_allocations')
