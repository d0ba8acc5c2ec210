"""The outbox keeps its history, so the queries sync runs all the time must not scan it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.store import outbox


@contextmanager
def statements(engine: sa.Engine) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(*args: Any) -> None:
        seen.append((args[2], args[3]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize(
    ("ask", "index"),
    [
        (lambda session: outbox.unacked_wire(session, 500), "ix_sync_outbox_unacked"),
        (outbox.pending_count, "ix_sync_outbox_unacked"),
        (lambda session: outbox.has_pending(session, "patients"), "ix_sync_outbox_unacked"),
        (outbox.rejected, "ix_sync_outbox_rejected"),
    ],
)
def test_sync_questions_read_only_the_outbox_rows_they_are_about(
    desk_engine: sa.Engine, ask: Callable[[Session], object], index: str
) -> None:
    with Session(desk_engine) as session, statements(desk_engine) as seen:
        ask(session)
        sql, parameters = seen[-1]
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters)
        details = " ".join(str(row[-1]) for row in plan)
    assert f"USING INDEX {index}" in details or f"USING COVERING INDEX {index}" in details
