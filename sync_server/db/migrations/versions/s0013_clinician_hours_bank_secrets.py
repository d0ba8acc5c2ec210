"""clinicians' working hours and slot length; contracts' renewal date; owners' bank secrets

Booking and the free-slot finder follow a clinician's hours (per weekday,
Lagos time; NULL: not set, the hospital's opening hours apply) and slot
length. An owner's bank account number is kept encrypted in the server-only
``owner_bank_secrets``; the replicated column keeps only its masked form.
A number stored before this revision is sealed the next time it is saved
through the administration API (no key is known here).

Revision ID: s0013_clinician_hours
Revises: s0012_shipped_templates
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0013_clinician_hours'
down_revision: Union[str, Sequence[str], None] = 's0012_shipped_templates'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('clinicians', sa.Column('working_hours', sa.JSON(), nullable=True))
    op.add_column('clinicians', sa.Column('slot_minutes', sa.Integer(), server_default='30', nullable=False))
    op.create_check_constraint(op.f('ck_clinicians_slot_minutes_range'), 'clinicians', 'slot_minutes BETWEEN 5 AND 480')
    op.add_column('contracts', sa.Column('renewal_date', sa.Date(), nullable=True))
    op.create_table('owner_bank_secrets',
    sa.Column('owner_account_id', sa.Uuid(), nullable=False),
    sa.Column('account_number_token', sa.Text(), nullable=False),
    sa.Column('changed_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['owner_account_id'], ['owner_accounts.id'], name=op.f('fk_owner_bank_secrets_owner_account_id_owner_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('owner_account_id', name=op.f('pk_owner_bank_secrets'))
    )


def downgrade() -> None:
    op.drop_table('owner_bank_secrets')
    op.drop_column('contracts', 'renewal_date')
    op.drop_constraint(op.f('ck_clinicians_slot_minutes_range'), 'clinicians', type_='check')
    op.drop_column('clinicians', 'slot_minutes')
    op.drop_column('clinicians', 'working_hours')
