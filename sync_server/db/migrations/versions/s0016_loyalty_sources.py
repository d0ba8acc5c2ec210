"""loyalty from events: one ledger entry per source, held payment points, reward codes

``loyalty_ledger.source_key`` names the event an entry came from
(``visit:<id>``, ``payment:<id>``, ``payment:<id>:reversal``, ``feedback:<id>``)
and is unique, so one event earns once however many desks record it.
``available_at`` holds points earned on a payment until the program's
``hold_days`` have passed. ``adjustment_limit`` bounds a manager's manual
adjustment. Entries written before this revision keep no source and are spendable.
Rewards carry an optional ``stock`` and ``valid_until``. ``patient_referrals`` records who brought a patient in, for the referral points
earned at that patient's first completed visit. ``loyalty_tier_changes`` records
each move between tiers (the daily review's), and ``tier_grace_days`` how long a
patient keeps a tier after falling below it.

Revision ID: s0016_loyalty_sources
Revises: s0015_campaign_budgets
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0016_loyalty_sources'
down_revision: Union[str, Sequence[str], None] = 's0015_campaign_budgets'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('loyalty_rewards', sa.Column('stock', sa.Integer(), nullable=True))
    op.add_column('loyalty_rewards', sa.Column('valid_until', sa.Date(), nullable=True))
    op.create_check_constraint(op.f('ck_loyalty_rewards_stock_not_negative'), 'loyalty_rewards', 'stock IS NULL OR stock >= 0')
    op.create_table('loyalty_tier_changes',
    sa.Column('hospital_id', sa.Uuid(), nullable=False),
    sa.Column('patient_id', sa.Uuid(), nullable=False),
    sa.Column('from_tier', sa.Enum('bronze', 'silver', 'gold', 'platinum', name='from_tier', native_enum=False, create_constraint=True, length=16), nullable=False),
    sa.Column('to_tier', sa.Enum('bronze', 'silver', 'gold', 'platinum', name='to_tier', native_enum=False, create_constraint=True, length=16), nullable=False),
    sa.Column('lifetime_points', sa.Integer(), nullable=False),
    sa.Column('changed_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('message_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('field_clocks', sa.JSON(), server_default='{}', nullable=False),
    sa.CheckConstraint('from_tier <> to_tier', name=op.f('ck_loyalty_tier_changes_tier_moves')),
    sa.ForeignKeyConstraint(['hospital_id'], ['hospitals.id'], name=op.f('fk_loyalty_tier_changes_hospital_id_hospitals'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_loyalty_tier_changes_patient_id_patients'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loyalty_tier_changes'))
    )
    op.create_index(op.f('ix_loyalty_tier_changes_hospital_id'), 'loyalty_tier_changes', ['hospital_id'], unique=False)
    op.create_index(op.f('ix_loyalty_tier_changes_patient_id'), 'loyalty_tier_changes', ['patient_id'], unique=False)
    op.create_index('ix_loyalty_tier_changes_patient_changed', 'loyalty_tier_changes', ['patient_id', 'changed_at'], unique=False)
    op.add_column('loyalty_programs', sa.Column('tier_grace_days', sa.Integer(), server_default='90', nullable=False))
    op.create_check_constraint(op.f('ck_loyalty_programs_tier_grace_days_range'), 'loyalty_programs', 'tier_grace_days BETWEEN 0 AND 730')
    op.create_table('patient_referrals',
    sa.Column('hospital_id', sa.Uuid(), nullable=False),
    sa.Column('patient_id', sa.Uuid(), nullable=False),
    sa.Column('referrer_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('field_clocks', sa.JSON(), server_default='{}', nullable=False),
    sa.CheckConstraint('referrer_id <> patient_id', name=op.f('ck_patient_referrals_not_self')),
    sa.ForeignKeyConstraint(['hospital_id'], ['hospitals.id'], name=op.f('fk_patient_referrals_hospital_id_hospitals'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_patient_referrals_patient_id_patients'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['referrer_id'], ['patients.id'], name=op.f('fk_patient_referrals_referrer_id_patients'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patient_referrals')),
    sa.UniqueConstraint('patient_id', name=op.f('uq_patient_referrals_patient_id'))
    )
    op.create_index(op.f('ix_patient_referrals_hospital_id'), 'patient_referrals', ['hospital_id'], unique=False)
    op.create_index(op.f('ix_patient_referrals_patient_id'), 'patient_referrals', ['patient_id'], unique=False)
    op.create_index(op.f('ix_patient_referrals_referrer_id'), 'patient_referrals', ['referrer_id'], unique=False)
    op.add_column('loyalty_ledger', sa.Column('source_key', sa.String(length=80), nullable=True))
    op.add_column('loyalty_ledger', sa.Column('available_at', shared.db.types.UTCDateTime(timezone=True), nullable=True))
    op.create_unique_constraint(op.f('uq_loyalty_ledger_source_key'), 'loyalty_ledger', ['source_key'])
    op.add_column('loyalty_programs', sa.Column('hold_days', sa.Integer(), server_default='14', nullable=False))
    op.add_column('loyalty_programs', sa.Column('adjustment_limit', sa.Integer(), server_default='500', nullable=False))
    op.create_check_constraint(op.f('ck_loyalty_programs_hold_days_range'), 'loyalty_programs', 'hold_days BETWEEN 0 AND 365')
    op.create_check_constraint(op.f('ck_loyalty_programs_adjustment_limit_not_negative'), 'loyalty_programs', 'adjustment_limit >= 0')
    op.add_column('loyalty_redemptions', sa.Column('code', sa.String(length=12), nullable=True))
    op.add_column('loyalty_redemptions', sa.Column('used_on_id', sa.Uuid(), nullable=True))
    op.add_column('loyalty_redemptions', sa.Column('used_at', shared.db.types.UTCDateTime(timezone=True), nullable=True))
    op.create_unique_constraint(op.f('uq_loyalty_redemptions_hospital_id_code'), 'loyalty_redemptions', ['hospital_id', 'code'])
    op.create_foreign_key(op.f('fk_loyalty_redemptions_used_on_id_revenue_entries'), 'loyalty_redemptions', 'revenue_entries', ['used_on_id'], ['id'], ondelete='RESTRICT')


def downgrade() -> None:
    op.drop_constraint(op.f('ck_loyalty_rewards_stock_not_negative'), 'loyalty_rewards', type_='check')
    op.drop_column('loyalty_rewards', 'valid_until')
    op.drop_column('loyalty_rewards', 'stock')
    op.drop_constraint(op.f('ck_loyalty_programs_tier_grace_days_range'), 'loyalty_programs', type_='check')
    op.drop_column('loyalty_programs', 'tier_grace_days')
    op.drop_table('loyalty_tier_changes')
    op.drop_table('patient_referrals')
    op.drop_constraint(op.f('fk_loyalty_redemptions_used_on_id_revenue_entries'), 'loyalty_redemptions', type_='foreignkey')
    op.drop_constraint(op.f('uq_loyalty_redemptions_hospital_id_code'), 'loyalty_redemptions', type_='unique')
    op.drop_column('loyalty_redemptions', 'used_at')
    op.drop_column('loyalty_redemptions', 'used_on_id')
    op.drop_column('loyalty_redemptions', 'code')
    op.drop_constraint(op.f('ck_loyalty_programs_adjustment_limit_not_negative'), 'loyalty_programs', type_='check')
    op.drop_constraint(op.f('ck_loyalty_programs_hold_days_range'), 'loyalty_programs', type_='check')
    op.drop_column('loyalty_programs', 'adjustment_limit')
    op.drop_column('loyalty_programs', 'hold_days')
    op.drop_constraint(op.f('uq_loyalty_ledger_source_key'), 'loyalty_ledger', type_='unique')
    op.drop_column('loyalty_ledger', 'available_at')
    op.drop_column('loyalty_ledger', 'source_key')
