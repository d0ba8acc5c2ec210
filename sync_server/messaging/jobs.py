"""Handlers the periodic schedules call: ``handler(session, settings, now)``.

The scheduler opens one transaction per run. Reminders and campaign batches
work inside it. Dispatch cannot: it must commit each attempt *before* calling
the provider, so it opens its own short transactions on the same database.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from sync_server.config import ServerSettings
from sync_server.messaging.campaigns import queue_batches, start_due
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.reminders import run_reminders

DISPATCH_LIMIT = 500


def dispatch_due_messages(session: Session, settings: ServerSettings, now: dt.datetime) -> str:
    factory = sessionmaker(session.get_bind(), expire_on_commit=False)
    report = dispatch_due(factory, settings, DISPATCH_LIMIT, now=now)
    return (
        f"sent {report.sent}, retried {report.retried}, failed {report.failed}, "
        f"suppressed {report.suppressed}, deferred {report.deferred}, recovered {report.recovered}"
    )


def queue_appointment_reminders(
    session: Session, settings: ServerSettings, now: dt.datetime
) -> str:
    return f"queued {run_reminders(session, now)} reminder messages"


def release_scheduled(session: Session, settings: ServerSettings, now: dt.datetime) -> str:
    """Start due campaigns and queue one batch each (one-off scheduled messages need no
    release: the dispatcher skips a message until its ``scheduled_for``)."""
    start_due(session, now)
    return f"queued {queue_batches(session, now)} campaign messages"
