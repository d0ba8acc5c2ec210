"""sync: change log keyed by (scope, seq), per-device progress, rejected mutations

Revision ID: s0003_sync
Revises: s0002_auth
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import shared.db.types


revision: str = 's0003_sync'
down_revision: Union[str, Sequence[str], None] = 's0002_auth'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(sa.schema.CreateSequence(sa.Sequence("sync_change_seq")))
    op.create_table(
        "sync_changes",
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "seq", name=op.f("pk_sync_changes")),
    )
    op.create_index("ix_sync_changes_seq", "sync_changes", ["seq"])
    op.create_table(
        "sync_device_progress",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("last_applied_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_push_at", shared.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_pull_at", shared.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_device_progress")),
    )
    op.create_table(
        "sync_rejections",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("mutation", sa.JSON(), nullable=False),
        sa.Column("created_at", shared.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rejections")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_sync_rejections_mutation_id")),
    )
    op.create_index(
        op.f("ix_sync_rejections_device_id"), "sync_rejections", ["device_id"]
    )


def downgrade() -> None:
    op.drop_table("sync_rejections")
    op.drop_table("sync_device_progress")
    op.drop_table("sync_changes")
    op.execute(sa.schema.DropSequence(sa.Sequence("sync_change_seq")))
