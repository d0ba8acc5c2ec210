"""Full-text patient search (FTS5), kept current by triggers.

The index holds names and numbers (patient number, phone in E.164 and in the
0803... national form) with prefix indexes for type-ahead. Its rowid is the
patient row's rowid, so an update touches one index row instead of scanning.

Revision ID: d0002
Revises: d0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d0002"
down_revision: str | None = "d0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NUMBERS = (
    "coalesce({p}.patient_number, '') || ' ' || coalesce({p}.phone, '') || ' ' || "
    "CASE WHEN {p}.phone LIKE '+234%' THEN '0' || substr({p}.phone, 5) ELSE '' END"
)
_NAMES = "{p}.first_name || ' ' || coalesce({p}.middle_name, '') || ' ' || {p}.last_name"


def _values(p: str) -> str:
    return f"{p}.rowid, {_NAMES.format(p=p)}, {_NUMBERS.format(p=p)}"


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE patient_search USING fts5("
        "names, numbers, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    op.execute(
        f"INSERT INTO patient_search(rowid, names, numbers) SELECT {_values('patients')} "
        "FROM patients WHERE deleted_at IS NULL"
    )
    op.execute(
        "CREATE TRIGGER patient_search_ai AFTER INSERT ON patients "
        "WHEN new.deleted_at IS NULL BEGIN "
        f"INSERT INTO patient_search(rowid, names, numbers) VALUES ({_values('new')}); END"
    )
    op.execute(
        "CREATE TRIGGER patient_search_au AFTER UPDATE ON patients BEGIN "
        "DELETE FROM patient_search WHERE rowid = old.rowid; "
        "INSERT INTO patient_search(rowid, names, numbers) "
        f"SELECT {_values('new')} WHERE new.deleted_at IS NULL; END"
    )
    op.execute(
        "CREATE TRIGGER patient_search_ad AFTER DELETE ON patients BEGIN "
        "DELETE FROM patient_search WHERE rowid = old.rowid; END"
    )


def downgrade() -> None:
    for trigger in ("patient_search_ai", "patient_search_au", "patient_search_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS patient_search")
