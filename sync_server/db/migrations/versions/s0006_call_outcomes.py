"""call outcomes: a phone call in the contact log names its appointment and outcome

Revision ID: s0006_call_outcomes
Revises: s0005_job_runs
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 's0006_call_outcomes'
down_revision: Union[str, Sequence[str], None] = 's0005_job_runs'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OUTCOMES = ('confirmed', 'will_reschedule', 'no_answer', 'wrong_number')


def upgrade() -> None:
    op.add_column('patient_communications', sa.Column('appointment_id', sa.Uuid(), nullable=True))
    op.add_column('patient_communications', sa.Column('call_outcome', sa.Enum(*OUTCOMES, name='call_outcome', native_enum=False, create_constraint=False, length=23), nullable=True))
    op.create_check_constraint(op.f('ck_patient_communications_call_outcome'), 'patient_communications', sa.column('call_outcome').in_(OUTCOMES))
    op.create_foreign_key(op.f('fk_patient_communications_appointment_id_appointments'), 'patient_communications', 'appointments', ['appointment_id'], ['id'])
    op.create_index(op.f('ix_patient_communications_appointment_id'), 'patient_communications', ['appointment_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_patient_communications_appointment_id'), table_name='patient_communications')
    op.drop_constraint(op.f('fk_patient_communications_appointment_id_appointments'), 'patient_communications', type_='foreignkey')
    op.drop_constraint(op.f('ck_patient_communications_call_outcome'), 'patient_communications', type_='check')
    op.drop_column('patient_communications', 'call_outcome')
    op.drop_column('patient_communications', 'appointment_id')
