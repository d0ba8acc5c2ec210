"""hospitals: the page where patients rate a visit (feedback_request_link)

When it is set, completing a visit queues the feedback request to the
patient with that link; a hospital without one sends none.

Revision ID: s0011_feedback_link
Revises: s0010_one_reversal
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 's0011_feedback_link'
down_revision: Union[str, Sequence[str], None] = 's0010_one_reversal'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('hospitals', sa.Column('feedback_request_link', sa.String(300), nullable=True))


def downgrade() -> None:
    op.drop_column('hospitals', 'feedback_request_link')
