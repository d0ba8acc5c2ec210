"""Family pooling: the program's setting, and who pools points with whom.

``loyalty_programs.pooling_allowed`` lets a household pool its points;
``loyalty_pool_members`` records each member of a guardian's pool, who
recorded the consent, and when it was withdrawn.

Revision ID: d0016
Revises: d0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db.types

revision: str = "d0016"
down_revision: str | None = "d0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WHEN = shared.db.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("loyalty_programs") as batch:
        batch.add_column(
            sa.Column("pooling_allowed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "loyalty_pool_members",
        sa.Column("hospital_id", sa.Uuid(), nullable=False),
        sa.Column("guardian_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("consented_at", _WHEN, nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("withdrawn_at", _WHEN, nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("updated_at", _WHEN, nullable=False),
        sa.Column("deleted_at", _WHEN, nullable=True),
        sa.Column("server_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("field_clocks", sa.JSON(), server_default="{}", nullable=False),
        sa.CheckConstraint(
            "member_id <> guardian_id", name=op.f("ck_loyalty_pool_members_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["hospital_id"],
            ["hospitals.id"],
            name=op.f("fk_loyalty_pool_members_hospital_id_hospitals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["guardian_id"],
            ["patients.id"],
            name=op.f("fk_loyalty_pool_members_guardian_id_patients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["patients.id"],
            name=op.f("fk_loyalty_pool_members_member_id_patients"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_pool_members")),
    )
    with op.batch_alter_table("loyalty_pool_members") as batch:
        batch.create_index(
            batch.f("ix_loyalty_pool_members_hospital_id"), ["hospital_id"], unique=False
        )
        batch.create_index("ix_loyalty_pool_members_guardian", ["guardian_id"], unique=False)
        batch.create_index(
            batch.f("ix_loyalty_pool_members_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("loyalty_pool_members")
    with op.batch_alter_table("loyalty_programs") as batch:
        batch.drop_column("pooling_allowed")
