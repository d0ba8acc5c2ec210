"""survey rounds: a satisfaction survey sent to an owner names its round, once per owner

Revision ID: s0007_survey_rounds
Revises: s0006_call_outcomes
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 's0007_survey_rounds'
down_revision: Union[str, Sequence[str], None] = 's0006_call_outcomes'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('owner_satisfaction_surveys', sa.Column('survey_round', sa.String(length=20), nullable=True))
    op.create_unique_constraint(op.f('uq_owner_satisfaction_surveys_owner_account_id_survey_round'), 'owner_satisfaction_surveys', ['owner_account_id', 'survey_round'])


def downgrade() -> None:
    op.drop_constraint(op.f('uq_owner_satisfaction_surveys_owner_account_id_survey_round'), 'owner_satisfaction_surveys', type_='unique')
    op.drop_column('owner_satisfaction_surveys', 'survey_round')
