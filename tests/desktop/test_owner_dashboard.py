"""The owner's desktop, offline: dashboard figures, a period's statement, its PDF, a dispute."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.app import DesktopApp, install_translator
from desktop.auth import StaffSession
from desktop.services.owner import OwnerDashboard, last_periods
from desktop.store.tables import OutboxMutation
from desktop.ui.format import period_text
from desktop.ui.main_window import MainWindow
from desktop.ui.style import stylesheet
from shared.clock import lagos_today, utcnow
from shared.db import models as m
from shared.domain.enums import (
    ContractStatus,
    Direction,
    LogChannel,
    PaymentMethod,
    PayoutResponseKind,
    PayoutStatus,
)
from shared.domain.payouts import period_first_day
from tests import factories

OWNER = StaffSession(uuid.uuid4(), "hcp", "HealthCare Partners", "owner", online=False)
RENEWAL = dt.date(2027, 3, 31)


def _payout(
    session: Session, contract: m.Contract, period: str, net: int, status: PayoutStatus
) -> None:
    session.add(
        m.Payout(
            contract_id=contract.id,
            owner_account_id=contract.owner_account_id,
            hospital_id=contract.hospital_id,
            period=period,
            currency="NGN",
            gross_minor=net * 2,
            fee_minor=net // 2,
            deductions_minor=net * 2 - net - net // 2,
            net_minor=net,
            fee_bps=1250,
            status=status,
            paid_at=utcnow() if status is PayoutStatus.PAID else None,
        )
    )


def _seed(session: Session) -> list[str]:
    """One hospital under contract, revenue every month, paid payouts and two unpaid."""
    hospital = factories.hospital(session, name="Ikeja General")
    owner = factories.owner_account(session, display_name="HealthCare Partners Ltd")
    contract = factories.contract(
        session,
        owner_account_id=owner.id,
        hospital_id=hospital.id,
        status=ContractStatus.ACTIVE,
        end_date=RENEWAL,
    )
    periods = list(last_periods(lagos_today()))
    for n, period in enumerate(periods):
        session.add(
            m.RevenueSummary(
                hospital_id=hospital.id,
                day=period_first_day(period),
                method=PaymentMethod.CASH,
                currency="NGN",
                entry_count=10,
                total_minor=100_000_00 + n,
            )
        )
    for period in periods[:-3]:
        _payout(session, contract, period, 40_000_00, PayoutStatus.PAID)
    _payout(session, contract, periods[-3], 41_234_56, PayoutStatus.APPROVED)
    _payout(session, contract, periods[-2], 42_000_00, PayoutStatus.PENDING)
    session.add(
        m.OwnerSatisfactionSurvey(owner_account_id=owner.id, overall_score=4, responded_at=utcnow())
    )
    session.add(
        m.OwnerCommunication(
            owner_account_id=owner.id,
            channel=LogChannel.EMAIL,
            direction=Direction.OUTBOUND,
            subject="Your October statement",
            summary="Statement e-mailed",
            occurred_at=utcnow(),
        )
    )
    return periods


@pytest.fixture
def owner_window(desk: DesktopApp, qtbot: QtBot) -> tuple[MainWindow, list[str]]:
    with desk.db.sessions.begin() as session:
        periods = _seed(session)
    window = desk.main_window(OWNER)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    return window, periods


def test_dashboard_shows_pending_payout_and_twelve_months(
    owner_window: tuple[MainWindow, list[str]],
    desk: DesktopApp,
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    window, periods = owner_window
    screen = window.owner_dashboard
    assert [title for _, title, _ in window.screens] == [
        "Dashboard",
        "Statements",
        "Payout calendar",
        "Sync health",
        "Settings",
    ]
    assert window.stack.currentWidget() is screen
    assert screen.pending.text() == "₦83,234.56"  # approved + pending, not the paid ones
    assert screen.revenue_set.count() == screen.payout_set.count() == 12
    assert screen.revenue_set.at(11) == pytest.approx(100_000.11)
    assert screen.payout_set.at(10) == pytest.approx(42_000.00)
    assert screen.payout_set.at(11) == 0
    assert screen.months_axis.categories() == [period_text(p) for p in periods]
    assert period_text("2026-10") == "Oct 2026"
    assert screen.bar_text(screen.payout_set, 10) == (
        f"Payouts, {period_text(periods[10])}: ₦42,000.00"
    )
    # Round naira on the axis, not Qt's even split of the range (16500 / 12375 / 8250).
    assert screen.amount_axis.categoriesLabels() == [
        "₦0",
        "₦25,000",
        "₦50,000",
        "₦75,000",
        "₦100,000",
        "₦125,000",
    ]
    assert screen.satisfaction.text() == "4.0 / 5"
    assert "renews" in screen.contract.text() and screen.contract.text().startswith("active")
    assert screen.communications.item(0).text().endswith("Your October statement")
    qapp.setStyleSheet(stylesheet())
    path = tmp_path / "owner-dashboard.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
    qapp.setStyleSheet("")


def test_statement_save_pdf_and_dispute(
    owner_window: tuple[MainWindow, list[str]], desk: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    window, periods = owner_window
    screen = window.statements
    window.go_to(screen)
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    screen.period.setCurrentText(periods[-3])
    qtbot.waitUntil(lambda: screen.statement is not None and screen.statement.period == periods[-3])
    assert screen.net.text() == "Net payout: ₦41,234.56"

    pdf = tmp_path / "statement.pdf"
    screen.save_file(pdf, "pdf")
    qtbot.waitUntil(lambda: pdf.exists() and not desk.tasks.busy)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "41,234.56" in text

    screen.respond(PayoutResponseKind.DISPUTED)
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    assert screen.message.text() == "reason: say what is wrong with the statement"
    screen.reason.setText("POS takings on the 14th are missing")
    screen.respond(PayoutResponseKind.DISPUTED)
    qtbot.waitUntil(lambda: screen.message.text() == "Dispute sent to GrandPro.")
    with desk.db.sessions.begin() as session:
        response = session.scalars(sa.select(m.PayoutResponse)).one()
        payout = session.get(m.Payout, response.payout_id)
        mutation = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.table_name == "payout_responses")
        ).one()
        assert payout is not None and payout.period == periods[-3]
        assert response.kind is PayoutResponseKind.DISPUTED
        assert response.reason == "POS takings on the 14th are missing"
        assert mutation.row_id == response.id
        assert mutation.fields["kind"] == "disputed"


def test_a_new_owner_is_told_when_the_chart_fills(
    owner_window: tuple[MainWindow, list[str]],
) -> None:
    window, periods = owner_window
    screen = window.owner_dashboard
    nothing = (0,) * len(periods)
    screen.show_dashboard(
        OwnerDashboard(
            owner_name="Adaeze Holdings",
            currency="NGN",
            currencies=("NGN",),
            periods=tuple(periods),
            revenue_minor=nothing,
            payouts_minor=nothing,
            pending_minor=0,
            satisfaction=None,
            recovery_rate=None,
            recovery_rate_last_month=None,
            contract_status=None,
            renewal_date=None,
            communications=(),
        )
    )
    assert screen.chart.title().startswith("No revenue or payouts yet:")
    assert "monthly run on the 1st" in screen.chart.title()


@pytest.mark.parametrize("language", ["en", "ha"])
def test_every_owner_screen_renders_at_1366_by_768(
    owner_window: tuple[MainWindow, list[str]],
    desk: DesktopApp,
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
) -> None:
    """The owner's screens, as the clerk's are in test_demo_today: English and Hausa."""
    owner_window[0].close()
    translator = install_translator(qapp, language)
    qapp.setStyleSheet(stylesheet())
    try:
        window = desk.main_window(OWNER)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for name, title, screen in window.screens:
            window.go_to(screen)
            qtbot.waitUntil(lambda: not desk.tasks.busy)
            assert window.header.title.text() == title
            image = window.grab()
            assert (image.width(), image.height()) == (1366, 768)
            path = tmp_path / f"{language}-owner-{name}.png"
            assert image.save(str(path))
            assert path.stat().st_size > 10_000
        if language == "ha":
            assert window.sidebar.item(0).text() != "Dashboard"
    finally:
        qapp.setStyleSheet("")
        if translator is not None:
            qapp.removeTranslator(translator)
