"""The manager's Loyalty screen: figures checked against a small ledger counted by hand."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.app import DesktopApp
from desktop.services.loyalty_program import program_summary
from desktop.ui.screens.loyalty_program import LoyaltyProgramScreen
from shared.clock import LAGOS
from shared.db.models import LoyaltyLedgerEntry, LoyaltyRedemption, LoyaltyReward
from shared.domain.enums import LedgerKind, RewardKind
from shared.domain.loyalty import Tier
from tests import factories

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=LAGOS)


def _entry(
    session: Session,
    patient_id: uuid.UUID,
    hospital_id: uuid.UUID,
    kind: LedgerKind,
    points: int,
    at: dt.datetime,
    source_key: str | None = None,
) -> LoyaltyLedgerEntry:
    row = LoyaltyLedgerEntry(
        hospital_id=hospital_id,
        patient_id=patient_id,
        kind=kind,
        points=points,
        reason="x",
        occurred_at=at,
        source_key=source_key,
    )
    session.add(row)
    return row


def _ledger(session: Session) -> None:
    """Three members: 2,500 lifetime (Silver), 6,000 less a 1,500 refund (Silver), 40 (Bronze)."""
    hospital = factories.hospital(session)
    a, b, c = (factories.patient(session, hospital_id=hospital.id) for _ in range(3))
    november = dt.datetime(2026, 11, 30, 23, 30, tzinfo=LAGOS)  # 22:30 UTC, still November
    _entry(session, a.id, hospital.id, LedgerKind.EARN, 2500, november)
    _entry(session, a.id, hospital.id, LedgerKind.REDEEM, -100, NOW)
    _entry(session, b.id, hospital.id, LedgerKind.EARN, 6000, NOW - dt.timedelta(days=200))
    _entry(
        session, b.id, hospital.id, LedgerKind.ADJUST, -1500, NOW, source_key="payment:p:reversal"
    )
    _entry(session, c.id, hospital.id, LedgerKind.EARN, 40, NOW)
    _entry(session, c.id, hospital.id, LedgerKind.EXPIRE, -15, NOW)
    _entry(session, c.id, hospital.id, LedgerKind.ADJUST, 300, NOW)  # a manager's, not earned
    reward = LoyaltyReward(name="Free Blood Test", kind=RewardKind.FREE_SERVICE, points_cost=100)
    session.add(reward)
    session.flush()
    session.add(
        LoyaltyRedemption(
            hospital_id=hospital.id,
            patient_id=a.id,
            reward_id=reward.id,
            points=100,
            redeemed_at=NOW,
            code="AAAA-BBBB",
        )
    )


def test_the_summary_counts_members_months_and_rewards(demo: DesktopApp) -> None:
    with demo.db.sessions.begin() as session:
        _ledger(session)
    with demo.db.sessions() as session:
        summary = program_summary(session, now=NOW)
    assert summary.members[Tier.SILVER] == 2 and summary.members[Tier.GOLD] == 0
    assert summary.members[Tier.BRONZE] == 1
    months = {m.month: m for m in summary.months}
    assert len(summary.months) == 12 and summary.months[-1].month == dt.date(2026, 12, 1)
    assert (months[dt.date(2026, 11, 1)].issued, months[dt.date(2026, 12, 1)].issued) == (2500, 40)
    assert (months[dt.date(2026, 12, 1)].redeemed, months[dt.date(2026, 12, 1)].expired) == (
        100,
        15,
    )
    assert summary.top_rewards == (("Free Blood Test", 1),)


def test_the_screen_draws_the_summary(demo: DesktopApp, qtbot: QtBot) -> None:
    with demo.db.sessions.begin() as session:
        _ledger(session)
    screen = LoyaltyProgramScreen(demo.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.tiers[Tier.SILVER].text() == "2 members")
    assert screen.months_axis.count() == 12
    labels = screen.points_axis.categoriesLabels()
    ticks = [int(label.replace(",", "")) for label in labels]
    highest = max(screen.sets["issued"].at(n) for n in range(12))
    assert labels[0] == "0" and ticks[-2] < highest <= ticks[-1]
    assert all(f"{tick:,}" == label for tick, label in zip(ticks, labels, strict=True))
    assert ticks[1] in (1_000, 2_000, 2_500, 5_000, 10_000)  # a round step, not an even split
    assert screen.top_rewards.item(0).text() == "Free Blood Test: 1"
    assert "Silver from 2,000" in screen.scale.text()
