"""Slowing password guessing without handing anyone a way to lock others out.

A hard lock after five wrong passwords let anyone lock the administrator out
for fifteen minutes, again and again, from anywhere. Instead, failures are
counted per typed username *and* client address: past a few free tries each
further failure makes that client wait twice as long before its next try for
that username (1 s, 2 s, 4 s, ... up to ``login_lock_minutes``), while the
same username from any other client is untouched. A second count per client
over all usernames slows one address spraying passwords across many accounts.

Counts are kept by what was typed, never by account, so an unknown username
is slowed exactly like a real one and the answers cannot tell them apart.
A quiet spell as long as the cap forgets a count; a successful sign-in
clears the username's count for that client.
"""

from __future__ import annotations

import datetime as dt
import math

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from sync_server.auth.tables import LoginThrottle
from sync_server.config import ServerSettings

#: The per-client count covers every username, so it allows more before it slows.
CLIENT_FREE_FAILURES = 20
_ANY_USERNAME = ""
#: Namespace of the advisory locks that queue sign-ins of one username from one client.
_LOCK_SEED = 7100002


def username_key(username: str) -> str:
    """The username as the account lookup compares it (trimmed, lower case)."""
    return username.strip().lower()[:80]


def queue(session: Session, key: str, client: str) -> None:
    """Hold this username-and-client's sign-ins one at a time until the transaction ends.

    Without it, guesses sent all at once would each see the count before any
    of them had raised it, and all be checked.
    """
    session.execute(
        sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, :seed))"),
        {"key": f"{key}\x1f{client[:64]}", "seed": _LOCK_SEED},
    )


def wait_seconds(session: Session, key: str, client: str, now: dt.datetime) -> int:
    """Seconds this client must still wait before trying ``key`` again (0: it may try now)."""
    until = session.scalar(
        sa.select(sa.func.max(LoginThrottle.blocked_until)).where(
            LoginThrottle.client == client[:64],
            LoginThrottle.username.in_((key, _ANY_USERNAME)),
        )
    )
    if until is None or until <= now:
        return 0
    return max(1, math.ceil((until - now).total_seconds()))


def record_failure(
    session: Session, settings: ServerSettings, key: str, client: str, now: dt.datetime
) -> None:
    """Count a failed sign-in for the username and for the client, delaying past the free tries.

    Counts quiet for longer than the cap are deleted here, so guesses at
    made-up usernames cannot grow the table without end.
    """
    cap = dt.timedelta(minutes=settings.login_lock_minutes)
    session.execute(sa.delete(LoginThrottle).where(LoginThrottle.last_failure_at < now - cap))
    _count(session, (key, client[:64]), now, free=settings.login_max_failures, cap=cap)
    _count(session, (_ANY_USERNAME, client[:64]), now, free=CLIENT_FREE_FAILURES, cap=cap)


def clear(session: Session, key: str, client: str) -> None:
    """A right password from this client: its failures for this username are forgotten."""
    session.execute(
        sa.delete(LoginThrottle).where(
            LoginThrottle.username == key, LoginThrottle.client == client[:64]
        )
    )


def _count(
    session: Session, key: tuple[str, str], now: dt.datetime, *, free: int, cap: dt.timedelta
) -> None:
    username, client = key
    row = LoginThrottle.__table__.c
    counted = session.scalar(
        insert(LoginThrottle)
        .values(username=username, client=client, failures=1, last_failure_at=now)
        .on_conflict_do_update(
            index_elements=[row.username, row.client],
            set_={"failures": row.failures + 1, "last_failure_at": now},
        )
        .returning(row.failures)
    )
    delay = delay_after(counted or 1, free, cap)
    if delay:
        session.execute(
            sa.update(LoginThrottle)
            .where(LoginThrottle.username == username, LoginThrottle.client == client)
            .values(blocked_until=now + delay)
        )


def delay_after(failures: int, free: int, cap: dt.timedelta) -> dt.timedelta:
    """The wait imposed by the ``failures``-th failure (none before ``free``)."""
    if failures < free:
        return dt.timedelta(0)
    return min(dt.timedelta(seconds=2 ** min(failures - free, 30)), cap)
