"""The ``monthly_payouts`` schedule's handler (see ``sync_server.jobs.schedules``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from sync_server.config import ServerSettings
from sync_server.owners.service import run_scheduled_payouts


def run_monthly_payouts(session: Session, settings: ServerSettings, now: dt.datetime) -> str:
    """Pay the Lagos month before ``now``; a repeated slot creates nothing twice."""
    del settings
    result = run_scheduled_payouts(session, now=now)
    return f"{result.period}: {len(result.created)} created, {result.already_there} existed"
