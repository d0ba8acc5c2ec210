"""The owner's payout calendar on a real widget: past payouts and the next twelve runs."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.payout_calendar import upcoming_periods
from desktop.ui.screens.payout_calendar import PayoutCalendarScreen
from shared.clock import utcnow
from shared.domain.payouts import next_period, payout_run_at, period_first_day
from shared.reports.render import period_label
from tests.desktop.test_owner_dashboard import RENEWAL, _seed


@pytest.fixture
def calendar(desk: DesktopApp, qtbot: QtBot) -> tuple[PayoutCalendarScreen, list[str]]:
    with desk.db.sessions.begin() as session:
        periods = _seed(session)
    screen = PayoutCalendarScreen(desk.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.table.rowCount() > 0)
    return screen, periods


def _row(screen: PayoutCalendarScreen, row: int) -> list[str]:
    return [screen.table.item(row, c).text() for c in range(screen.table.columnCount())]


def _run_text(period: str) -> str:
    """06:00 Lagos on the 1st after the month, as the screens write a time."""
    first = period_first_day(next_period(period))
    return f"{first.day} {first:%b %Y} 06:00"


def test_calendar_lists_past_payouts_then_the_runs_ahead_until_the_contract_ends(
    calendar: tuple[PayoutCalendarScreen, list[str]],
) -> None:
    screen, periods = calendar
    ahead = [p for p in upcoming_periods(utcnow()) if period_first_day(p) <= RENEWAL]
    assert len(upcoming_periods(utcnow())) == 12
    # 11 synced payouts (this month has none yet), then one expected run per month covered
    assert screen.table.rowCount() == 11 + len(ahead)
    rows = [_row(screen, r) for r in range(screen.table.rowCount())]
    assert rows[0][0] == period_label(periods[0])  # oldest first

    approved = rows[len(periods) - 3]
    assert approved[0] == period_label(periods[-3])
    assert approved[2:5] == [_run_text(periods[-3]), "approved", "₦41,234.56"]
    assert rows[len(periods) - 2][3] == "awaiting approval"
    paid = rows[0]
    assert paid[3] == "paid" and paid[6] != ""  # the day the bank paid it

    first_expected = rows[11]
    assert first_expected[0] == period_label(ahead[0])
    assert first_expected[2:5] == [_run_text(ahead[0]), "expected", ""]
    assert [r[0] for r in rows[11:]] == [period_label(p) for p in ahead]


def test_run_time_is_six_in_the_morning_in_lagos() -> None:
    run = payout_run_at("2026-12")
    assert run.astimezone(dt.UTC) == dt.datetime(2027, 1, 1, 5, 0, tzinfo=dt.UTC)
