"""A phone call in the contact log names its appointment and what came of it.

Revision ID: d0004
Revises: d0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0004"
down_revision: str | None = "d0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OUTCOMES = ("confirmed", "will_reschedule", "no_answer", "wrong_number")


def upgrade() -> None:
    with op.batch_alter_table("patient_communications") as batch:
        batch.add_column(sa.Column("appointment_id", sa.Uuid(), nullable=True))
        batch.add_column(
            sa.Column(
                "call_outcome",
                sa.Enum(
                    *OUTCOMES,
                    name="call_outcome",
                    native_enum=False,
                    create_constraint=False,
                    length=23,
                ),
                nullable=True,
            )
        )
        batch.create_check_constraint(
            "ck_patient_communications_call_outcome", sa.column("call_outcome").in_(OUTCOMES)
        )
        batch.create_foreign_key(
            "fk_patient_communications_appointment_id_appointments",
            "appointments",
            ["appointment_id"],
            ["id"],
        )
        batch.create_index(
            "ix_patient_communications_appointment_id", ["appointment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("patient_communications") as batch:
        batch.drop_index("ix_patient_communications_appointment_id")
        batch.drop_constraint(
            "fk_patient_communications_appointment_id_appointments", type_="foreignkey"
        )
        batch.drop_constraint("ck_patient_communications_call_outcome", type_="check")
        batch.drop_column("call_outcome")
        batch.drop_column("appointment_id")
