"""Payments a desk pushes update the owners' daily totals in the same transaction.

Owner devices never receive revenue entries (they name patients), only the
summaries, so a summary that waited for the monthly run would leave an
owner's dashboard weeks behind the desks.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import to_lagos, utcnow
from shared.db.models import RevenueEntry
from sync_server.owners.service import refresh_revenue_summaries
from sync_server.sync import rules


def register_push_hooks() -> None:
    rules.register(RevenueEntry.__tablename__, after_batch=refresh_pushed_days)


def refresh_pushed_days(session: Session, ids: list[uuid.UUID]) -> None:
    """Recompute each hospital's totals for the Lagos days the pushed entries fall on."""
    days: dict[uuid.UUID, set[dt.date]] = defaultdict(set)
    query = sa.select(RevenueEntry.hospital_id, RevenueEntry.received_at).where(
        RevenueEntry.id.in_(ids)
    )
    for hospital_id, received_at in session.execute(query):
        days[hospital_id].add(to_lagos(received_at).date())
    now = utcnow()
    for hospital_id, hospital_days in days.items():
        refresh_revenue_summaries(session, hospital_id, hospital_days, now=now)
