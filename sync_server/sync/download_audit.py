"""Audit of downloads: a pull or snapshot page that carries patient rows is one audit row.

Reading a patient's record through REST is audited (NDPA 2023); a device
downloading thousands of them must be too, or sync becomes the quiet way to
copy a hospital's patients. One row per page, not per patient: it names the
actor, the device, the tables and row counts, and the cursor, which is
enough to see who took what and when, and costs one insert per page.

A download is otherwise a read-only transaction, whose commit costs
nothing; with the audit row it would wait for the WAL to reach the disk
(about 5 ms here, as much as the rest of a 1,000-change pull). That one
transaction therefore commits with ``synchronous_commit = off``: the row is
written atomically with the page and reaches the disk within a fraction of
a second; only a server crash in that moment could lose it, and what it
records is a read, not a change.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.domain.access import Principal
from shared.sync.codec import column_names
from shared.sync.registry import REPLICATED
from sync_server import audit


@functools.cache
def patient_tables() -> frozenset[str]:
    """Tables whose rows are about one patient: the patients and every table naming one."""
    return frozenset(
        spec.name
        for spec in REPLICATED
        if spec.name == "patients" or "patient_id" in column_names(spec.name)
    )


def record_page(
    session: Session,
    principal: Principal,
    action: str,
    counts: Mapping[str, int],
    *,
    cursor: int | None,
) -> None:
    """Audit one downloaded page if it holds any patient row (nothing for other pages)."""
    tables = {name: count for name, count in counts.items() if count}
    if not patient_tables().intersection(tables):
        return
    summary = {"tables": tables, "rows": sum(tables.values()), "cursor": cursor}
    session.execute(sa.text("SET LOCAL synchronous_commit = off"))
    audit.record(session, principal, action, "sync_download", summary=summary)
