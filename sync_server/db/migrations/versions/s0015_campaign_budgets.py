"""campaign budgets: a hard monthly limit on what a hospital's campaigns may cost

Server-only (``sync_server/messaging/budgets.py``): launching or starting a
campaign that would take its hospital past the month's budget is refused. A
hospital without a row has no monthly limit, as before this revision.

Revision ID: s0015_campaign_budgets
Revises: s0014_receipt_numbers
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0015_campaign_budgets'
down_revision: Union[str, Sequence[str], None] = 's0014_receipt_numbers'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('campaign_budgets',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hospital_id', sa.Uuid(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('monthly_cap_minor', sa.BigInteger(), nullable=False),
    sa.Column('created_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint('length(currency) = 3', name=op.f('ck_campaign_budgets_currency_iso')),
    sa.CheckConstraint('monthly_cap_minor >= 0', name=op.f('ck_campaign_budgets_monthly_cap_not_negative')),
    sa.ForeignKeyConstraint(['hospital_id'], ['hospitals.id'], name=op.f('fk_campaign_budgets_hospital_id_hospitals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_budgets')),
    sa.UniqueConstraint('hospital_id', name=op.f('uq_campaign_budgets_hospital_id'))
    )


def downgrade() -> None:
    op.drop_table('campaign_budgets')
