"""Service recovery: low feedback's callback task, and the monthly recovery counts.

``patient_feedback`` gains the callback's owner, due time, outcome, who closed
it and when, and the server's alert time; ``service_recovery_months`` holds the
counts behind the recovery rate owners and managers see.

Revision ID: d0015
Revises: d0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db.types

revision: str = "d0015"
down_revision: str | None = "d0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OUTCOMES = ("recovered", "not_recovered", "unreachable")
_WHEN = shared.db.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("patient_feedback") as batch:
        batch.add_column(sa.Column("follow_up_assignee_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("follow_up_due_at", _WHEN, nullable=True))
        batch.add_column(
            sa.Column(
                "follow_up_outcome",
                sa.Enum(
                    *OUTCOMES,
                    name="follow_up_outcome",
                    native_enum=False,
                    create_constraint=False,
                    length=21,
                ),
                nullable=True,
            )
        )
        batch.add_column(sa.Column("follow_up_closed_at", _WHEN, nullable=True))
        batch.add_column(sa.Column("follow_up_closed_by_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("follow_up_alerted_at", _WHEN, nullable=True))
        batch.create_check_constraint(
            "ck_patient_feedback_follow_up_outcome", sa.column("follow_up_outcome").in_(OUTCOMES)
        )
        batch.create_foreign_key(
            "fk_patient_feedback_follow_up_assignee_id_users",
            "users",
            ["follow_up_assignee_id"],
            ["id"],
        )
        batch.create_foreign_key(
            "fk_patient_feedback_follow_up_closed_by_id_users",
            "users",
            ["follow_up_closed_by_id"],
            ["id"],
        )
    op.create_table(
        "service_recovery_months",
        sa.Column("hospital_id", sa.Uuid(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("known", sa.Integer(), nullable=False),
        sa.Column("recovered", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("updated_at", _WHEN, nullable=False),
        sa.Column("deleted_at", _WHEN, nullable=True),
        sa.Column("server_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("field_clocks", sa.JSON(), server_default="{}", nullable=False),
        sa.CheckConstraint(
            "recovered >= 0 AND recovered <= known",
            name=op.f("ck_service_recovery_months_recovered_of_known"),
        ),
        sa.ForeignKeyConstraint(
            ["hospital_id"],
            ["hospitals.id"],
            name=op.f("fk_service_recovery_months_hospital_id_hospitals"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_recovery_months")),
        sa.UniqueConstraint(
            "hospital_id", "period", name=op.f("uq_service_recovery_months_hospital_id_period")
        ),
    )
    with op.batch_alter_table("service_recovery_months") as batch:
        batch.create_index(
            batch.f("ix_service_recovery_months_hospital_id"), ["hospital_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("service_recovery_months")
    with op.batch_alter_table("patient_feedback") as batch:
        batch.drop_constraint(
            "fk_patient_feedback_follow_up_closed_by_id_users", type_="foreignkey"
        )
        batch.drop_constraint("fk_patient_feedback_follow_up_assignee_id_users", type_="foreignkey")
        batch.drop_constraint("ck_patient_feedback_follow_up_outcome", type_="check")
        for column in (
            "follow_up_alerted_at",
            "follow_up_closed_by_id",
            "follow_up_closed_at",
            "follow_up_outcome",
            "follow_up_due_at",
            "follow_up_assignee_id",
        ):
            batch.drop_column(column)
