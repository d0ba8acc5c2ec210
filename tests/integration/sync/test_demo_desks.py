"""The demo reaches desks whole: a clerk downloads Today and its takings, an owner statements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.owner import owner_dashboard, owner_statement, payout_periods
from desktop.services.payments import day_totals
from desktop.services.today import day_appointments, waiting_queue
from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import AppointmentStatus, PayoutStatus
from tests.integration.sync.conftest import Desk

NOW = dt.datetime(2026, 11, 18, 10, 30, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 18)


def _principal(s: Session, username: str, prefix: str) -> Principal:
    user = s.scalars(sa.select(m.User).where(m.User.username == username)).one()
    device = m.Device(
        name=f"{username} PC",
        prefix=prefix,
        hospital_id=user.hospital_id,
        owner_account_id=user.owner_account_id,
    )
    s.add(device)
    s.flush()
    return Principal(
        user.id,
        user.role,
        hospital_id=user.hospital_id,
        owner_account_id=user.owner_account_id,
        device_id=device.id,
    )


@pytest.fixture
def pg_url(demo_at: Callable[[dt.datetime], str]) -> str:
    """The server's database holds the demo seeded at ``NOW`` (seeded once for the run)."""
    return demo_at(NOW)


def test_a_front_desk_and_an_owner_download_the_demo_and_see_it(
    pg_sessions: sessionmaker[Session], make_desk: Callable[..., Desk]
) -> None:
    with pg_sessions.begin() as s:
        clerk = _principal(s, "lkk.desk", "LKK7")
        owner = _principal(s, "owner1", "OWN7")
    desk = make_desk(clerk)
    with desk.sessions() as s:
        day = day_appointments(s, TODAY)
        statuses = {a.status for a in day}
        assert AppointmentStatus.COMPLETED in statuses  # done earlier today
        assert statuses & {
            AppointmentStatus.SCHEDULED,
            AppointmentStatus.CONFIRMED,
        }  # still to come
        assert waiting_queue(day)
        assert day_totals(s, day=TODAY)
        assert s.scalar(sa.select(sa.func.count()).select_from(m.Payout)) == 0  # not a clerk's
    laptop = make_desk(owner)
    with laptop.sessions() as s:
        periods = payout_periods(s)
        assert len(periods) == 12
        oldest = periods[-1]  # newest first
        statement = owner_statement(s, oldest, now=NOW)
        assert statement.totals.gross_minor > 0
        assert {line.status for line in statement.lines} == {PayoutStatus.PAID.value}
        dashboard = owner_dashboard(s, today=TODAY)
        assert dashboard.revenue_minor[-1] > 0  # this month's takings so far
        assert dashboard.satisfaction is not None
