"""One row per periodic job slot that ran, written in the job's own transaction.

procrastinate defers each periodic slot once across all workers; this row is
the second guard. A redelivered job (at-least-once) finds its slot taken and
does nothing, and a crash rolls the row back with the work, so a retry runs.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.clock import utcnow
from sync_server.db.tables import ServerBase


class JobRun(ServerBase):
    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(sa.String(60), primary_key=True)
    slot: Mapped[dt.datetime] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    worker_pid: Mapped[int]
    outcome: Mapped[str] = mapped_column(sa.String(200), default="")
