"""service recovery: low feedback's callback task, and the monthly recovery counts

``patient_feedback`` gains the callback's owner (``follow_up_assignee_id``), due
time, how it ended (``follow_up_outcome``), who closed it and when, and when
the server alerted the hospital's managers (``follow_up_alerted_at``).
Feedback given before this revision is marked alerted, so the first run of
the alert job does not page managers about old complaints.
``service_recovery_months`` holds, per hospital and month, the callbacks whose
result is known and how many were recovered in time: what owners see.

Revision ID: s0017_service_recovery
Revises: s0016_loyalty_sources
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0017_service_recovery'
down_revision: Union[str, Sequence[str], None] = 's0016_loyalty_sources'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OUTCOMES = ('recovered', 'not_recovered', 'unreachable')


def upgrade() -> None:
    op.add_column('patient_feedback', sa.Column('follow_up_assignee_id', sa.Uuid(), nullable=True))
    op.add_column('patient_feedback', sa.Column('follow_up_due_at', shared.db.types.UTCDateTime(timezone=True), nullable=True))
    op.add_column('patient_feedback', sa.Column('follow_up_outcome', sa.Enum(*OUTCOMES, name='follow_up_outcome', native_enum=False, create_constraint=False, length=21), nullable=True))
    op.add_column('patient_feedback', sa.Column('follow_up_closed_at', shared.db.types.UTCDateTime(timezone=True), nullable=True))
    op.add_column('patient_feedback', sa.Column('follow_up_closed_by_id', sa.Uuid(), nullable=True))
    op.add_column('patient_feedback', sa.Column('follow_up_alerted_at', shared.db.types.UTCDateTime(timezone=True), nullable=True))
    op.create_check_constraint(op.f('ck_patient_feedback_follow_up_outcome'), 'patient_feedback', sa.column('follow_up_outcome').in_(OUTCOMES))
    op.create_foreign_key(op.f('fk_patient_feedback_follow_up_assignee_id_users'), 'patient_feedback', 'users', ['follow_up_assignee_id'], ['id'])
    op.create_foreign_key(op.f('fk_patient_feedback_follow_up_closed_by_id_users'), 'patient_feedback', 'users', ['follow_up_closed_by_id'], ['id'])
    op.execute("UPDATE patient_feedback SET follow_up_alerted_at = submitted_at")
    op.create_table('service_recovery_months',
    sa.Column('hospital_id', sa.Uuid(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('known', sa.Integer(), nullable=False),
    sa.Column('recovered', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('field_clocks', sa.JSON(), server_default='{}', nullable=False),
    sa.CheckConstraint('recovered >= 0 AND recovered <= known', name=op.f('ck_service_recovery_months_recovered_of_known')),
    sa.ForeignKeyConstraint(['hospital_id'], ['hospitals.id'], name=op.f('fk_service_recovery_months_hospital_id_hospitals'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_recovery_months')),
    sa.UniqueConstraint('hospital_id', 'period', name=op.f('uq_service_recovery_months_hospital_id_period'))
    )
    op.create_index(op.f('ix_service_recovery_months_hospital_id'), 'service_recovery_months', ['hospital_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_service_recovery_months_hospital_id'), table_name='service_recovery_months')
    op.drop_table('service_recovery_months')
    op.drop_constraint(op.f('fk_patient_feedback_follow_up_closed_by_id_users'), 'patient_feedback', type_='foreignkey')
    op.drop_constraint(op.f('fk_patient_feedback_follow_up_assignee_id_users'), 'patient_feedback', type_='foreignkey')
    op.drop_constraint(op.f('ck_patient_feedback_follow_up_outcome'), 'patient_feedback', type_='check')
    for column in ('follow_up_alerted_at', 'follow_up_closed_by_id', 'follow_up_closed_at', 'follow_up_outcome', 'follow_up_due_at', 'follow_up_assignee_id'):
        op.drop_column('patient_feedback', column)
