"""private opt-outs: a global suppression stays on the server, each hospital using the address gets its own

Revision ID: s0008_private_opt_outs
Revises: s0007_survey_rounds

Global opt-outs (no hospital) used to replicate to every device as one list
of all opted-out numbers. From this revision they have no scope: the change
log entries filed under the global scope are removed, and every hospital
with a live patient using an opted-out address gets its own row. Those rows
have no change-log entry; devices receive them with the one download again
every device makes after this release (its ``scope_key`` now names the
tables its role receives).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from shared.db.base import new_id


revision: str = 's0008_private_opt_outs'
down_revision: Union[str, Sequence[str], None] = 's0007_survey_rounds'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_PER_HOSPITAL = sa.text(
    "SELECT DISTINCT ON (s.address, s.channel, s.scope, p.hospital_id)"
    " s.address, s.channel, s.scope, s.reason, s.note, p.hospital_id"
    " FROM suppressions s JOIN patients p"
    " ON (p.phone = s.address OR lower(p.email) = lower(s.address)) AND p.deleted_at IS NULL"
    " WHERE s.hospital_id IS NULL AND s.lifted_at IS NULL AND s.deleted_at IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM suppressions h WHERE h.hospital_id = p.hospital_id"
    " AND h.address = s.address AND h.scope = s.scope AND h.lifted_at IS NULL"
    " AND h.channel IS NOT DISTINCT FROM s.channel)"
)
_INSERT = sa.text(
    "INSERT INTO suppressions (id, address, channel, scope, reason, note, hospital_id,"
    " created_at, updated_at, server_seq, field_clocks)"
    " VALUES (:id, :address, :channel, :scope, :reason, :note, :hospital_id, now(), now(), 0, '{}')"
)


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DELETE FROM sync_changes WHERE table_name = 'suppressions' AND scope = 'g'")
    rows = [dict(row._mapping, id=new_id()) for row in bind.execute(_PER_HOSPITAL)]
    if rows:
        bind.execute(_INSERT, rows)


def downgrade() -> None:
    """Nothing to undo: the per-hospital rows are valid opt-outs under the old code too."""
