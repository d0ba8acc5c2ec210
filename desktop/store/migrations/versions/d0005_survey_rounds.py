"""A satisfaction survey sent to an owner names its round, at most once per owner.

Revision ID: d0005
Revises: d0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0005"
down_revision: str | None = "d0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNIQUE = "uq_owner_satisfaction_surveys_owner_account_id_survey_round"


def upgrade() -> None:
    with op.batch_alter_table("owner_satisfaction_surveys") as batch:
        batch.add_column(sa.Column("survey_round", sa.String(length=20), nullable=True))
        batch.create_unique_constraint(UNIQUE, ["owner_account_id", "survey_round"])


def downgrade() -> None:
    with op.batch_alter_table("owner_satisfaction_surveys") as batch:
        batch.drop_constraint(UNIQUE, type_="unique")
        batch.drop_column("survey_round")
