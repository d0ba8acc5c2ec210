"""The patient search index is rewritten only when a searched value actually changes.

Revision d0006 limited the update trigger to the searched columns, but a row
coming back from the server is written with every column set, so each pulled
patient (even this desk's own edit returning through the feed, with the same
names) still deleted and re-inserted its full-text entry: pulling 1,000 of
them spent most of its time there. The trigger now also compares the old and
new values. The trigger body is kept as it is.

Revision ID: d0007
Revises: d0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0007"
down_revision: str | None = "d0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGER = "patient_search_au"
SEARCHED = ("first_name", "middle_name", "last_name", "patient_number", "phone", "deleted_at")
HEADER = f"AFTER UPDATE OF {', '.join(SEARCHED)} ON patients"
CHANGED = HEADER + " WHEN " + " OR ".join(f"old.{c} IS NOT new.{c}" for c in SEARCHED)


def _replace_header(old: str, new: str) -> None:
    sql = op.get_bind().scalar(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": TRIGGER},
    )
    assert sql is not None and old in sql, f"{TRIGGER} is not the trigger this revision expects"
    op.execute(f"DROP TRIGGER {TRIGGER}")
    op.execute(sql.replace(old, new, 1))


def upgrade() -> None:
    _replace_header(HEADER, CHANGED)


def downgrade() -> None:
    _replace_header(CHANGED, HEADER)
