"""Loyalty entries name their source event, payment points are held, rewards carry a code.

``loyalty_ledger.source_key`` is unique, so one visit, payment or feedback
earns once on this PC as on the server; ``available_at`` holds points earned
on a payment for the program's ``hold_days``. Programs carry ``hold_days``
and ``adjustment_limit``; a redemption its ``code`` and the payment it was
used on (``used_on_id``, ``used_at``). Rewards carry an optional ``stock`` and ``valid_until``. ``patient_referrals`` records who brought
a patient in, for the referral points of that patient's first completed visit.
``loyalty_tier_changes`` holds the server's record of each move between tiers;
programs carry ``tier_grace_days``.

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
    with op.batch_alter_table("loyalty_rewards") as batch:
        batch.add_column(sa.Column("stock", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("valid_until", sa.Date(), nullable=True))
        batch.create_check_constraint(
            "ck_loyalty_rewards_stock_not_negative", "stock IS NULL OR stock >= 0"
        )
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
    with op.batch_alter_table('loyalty_tier_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loyalty_tier_changes_hospital_id'), ['hospital_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loyalty_tier_changes_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_loyalty_tier_changes_patient_changed', ['patient_id', 'changed_at'], unique=False)
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
    with op.batch_alter_table('patient_referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patient_referrals_hospital_id'), ['hospital_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patient_referrals_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patient_referrals_referrer_id'), ['referrer_id'], unique=False)
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
        batch.add_column(
            sa.Column("tier_grace_days", sa.Integer(), server_default="90", nullable=False)
        )
        batch.create_check_constraint(
            "ck_loyalty_programs_tier_grace_days_range", "tier_grace_days BETWEEN 0 AND 730"
        )


    with op.batch_alter_table("loyalty_redemptions") as batch:
        batch.add_column(sa.Column("code", sa.String(12), nullable=True))
        batch.add_column(sa.Column("used_on_id", sa.Uuid(), nullable=True))
        batch.add_column(
            sa.Column("used_at", shared.db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch.create_unique_constraint("uq_loyalty_redemptions_hospital_id_code", ["hospital_id", "code"])
        batch.create_foreign_key(
            "fk_loyalty_redemptions_used_on_id_revenue_entries",
            "revenue_entries",
            ["used_on_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("loyalty_rewards") as batch:
        batch.drop_constraint("ck_loyalty_rewards_stock_not_negative", type_="check")
        batch.drop_column("valid_until")
        batch.drop_column("stock")
    op.drop_table('loyalty_tier_changes')
    op.drop_table('patient_referrals')
    with op.batch_alter_table("loyalty_redemptions") as batch:
        batch.drop_constraint(
            "fk_loyalty_redemptions_used_on_id_revenue_entries", type_="foreignkey"
        )
        batch.drop_constraint("uq_loyalty_redemptions_hospital_id_code", type_="unique")
        batch.drop_column("used_at")
        batch.drop_column("used_on_id")
        batch.drop_column("code")
    with op.batch_alter_table("loyalty_programs") as batch:
        batch.drop_constraint("ck_loyalty_programs_tier_grace_days_range", type_="check")
        batch.drop_column("tier_grace_days")
        batch.drop_constraint("ck_loyalty_programs_adjustment_limit_not_negative", type_="check")
        batch.drop_constraint("ck_loyalty_programs_hold_days_range", type_="check")
        batch.drop_column("adjustment_limit")
        batch.drop_column("hold_days")
    with op.batch_alter_table("loyalty_ledger") as batch:
        batch.drop_constraint("uq_loyalty_ledger_source_key", type_="unique")
        batch.drop_column("available_at")
        batch.drop_column("source_key")
