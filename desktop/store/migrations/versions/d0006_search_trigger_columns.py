"""The patient search index is rewritten only when a searched column changes.

The update trigger of revision d0002 fired on every update of a patient, so
acknowledging a pushed edit (which only sets ``server_seq``) deleted and
re-inserted the patient's full-text entry: 1,000 acknowledgements cost
twenty times what the updates themselves cost. The trigger body is kept as
it is; only its column list changes.

Revision ID: d0006
Revises: d0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d0006"
down_revision: str | None = "d0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGER = "patient_search_au"
ANY_UPDATE = "AFTER UPDATE ON patients"
SEARCHED_UPDATE = (
    "AFTER UPDATE OF first_name, middle_name, last_name, patient_number, phone, deleted_at "
    "ON patients"
)


def _replace_header(old: str, new: str) -> None:
    sql = op.get_bind().scalar(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": TRIGGER},
    )
    assert sql is not None and old in sql, f"{TRIGGER} is not the trigger this revision expects"
    op.execute(f"DROP TRIGGER {TRIGGER}")
    op.execute(sql.replace(old, new, 1))


def upgrade() -> None:
    _replace_header(ANY_UPDATE, SEARCHED_UPDATE)


def downgrade() -> None:
    _replace_header(SEARCHED_UPDATE, ANY_UPDATE)
