"""Bad cursors are bad input, and a download of patient rows leaves one audit row per page.

Before the checks a snapshot or pull cursor above 2**63 - 1 reached
PostgreSQL and came back as a 500, and a device could page through every
patient of its hospital without a trace in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from shared.db.models.audit import AuditEntry
from shared.domain.enums import Role
from tests.integration.security._reads_fixtures import (  # noqa: F401  (fixtures)
    Estate,
    Reader,
    estate,
    reader,
)
from tests.integration.sync.conftest import sync_server  # noqa: F401  (fixture)

OpenReader = Callable[[Any], Reader]
BAD_CURSORS = [str(2**63), str(2**64 + 1), "-1", "ten", "1e3"]


def _assert_refused(answer: Any) -> None:
    assert answer.status_code in (400, 422)
    assert answer.json()["error"]["field"] == "cursor"


@pytest.mark.parametrize("cursor", BAD_CURSORS)
def test_an_out_of_range_cursor_is_refused_naming_the_field(
    cursor: str,
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
) -> None:
    desk = reader(estate.of(Role.FRONT_DESK))
    _assert_refused(desk.get("pull", cursor=cursor))
    _assert_refused(desk.get("snapshot", table="patients", cursor=cursor))


def _downloads(engine: sa.Engine) -> list[AuditEntry]:
    with sessionmaker(engine)() as session:
        query = sa.select(AuditEntry).where(AuditEntry.entity == "sync_download")
        return list(session.scalars(query.order_by(AuditEntry.occurred_at)))


def test_a_pull_page_of_patients_writes_one_audit_row(
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
    pg_engine: sa.Engine,
) -> None:
    principal = estate.of(Role.FRONT_DESK)
    page = reader(principal).get("pull", cursor=0, limit=1000).json()
    (entry,) = _downloads(pg_engine)
    assert (entry.actor_user_id, entry.device_id) == (principal.user_id, principal.device_id)
    assert (entry.action, entry.hospital_id) == ("sync_pull", estate.hospital_a)
    assert entry.summary["cursor"] == page["cursor"]
    assert entry.summary["rows"] == len(page["changes"])
    assert entry.summary["tables"]["patients"] == 1


def test_each_snapshot_page_of_patient_rows_is_audited_and_other_pages_are_not(
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
    pg_engine: sa.Engine,
) -> None:
    desk = reader(estate.of(Role.FRONT_DESK))
    first = desk.get("snapshot").json()  # the hospitals page: no patient data
    assert _downloads(pg_engine) == []
    desk.get("snapshot", table="patients", cursor=first["cursor"]).raise_for_status()
    (entry,) = _downloads(pg_engine)
    assert entry.action == "sync_snapshot"
    assert entry.summary == {"tables": {"patients": 1}, "rows": 1, "cursor": first["cursor"]}


def test_an_empty_poll_writes_no_audit_row(
    estate: Estate,  # noqa: F811
    reader: OpenReader,  # noqa: F811
    pg_engine: sa.Engine,
) -> None:
    desk = reader(estate.of(Role.FRONT_DESK))
    cursor = desk.get("pull", cursor=0).json()["cursor"]
    desk.get("pull", cursor=cursor).raise_for_status()
    assert len(_downloads(pg_engine)) == 1
