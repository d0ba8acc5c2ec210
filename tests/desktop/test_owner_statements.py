"""The owner's statements screen: CSV and Excel files, one statement per currency, disputes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.statements import StatementsScreen
from desktop.ui.widgets import documents_folder
from shared.clock import utcnow
from shared.db import models as m
from shared.domain.enums import DisputeStatus, PayoutResponseKind, PayoutStatus
from tests import factories
from tests.desktop.test_owner_dashboard import owner_window

__all__ = ["owner_window"]


def _open(
    window: MainWindow, desk: DesktopApp, qtbot: QtBot, period: str, currency: str = ""
) -> StatementsScreen:
    screen = window.statements
    window.go_to(screen)
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    screen.period.setCurrentText(period)
    if currency:
        qtbot.waitUntil(lambda: screen.currency.findText(currency) >= 0)
        screen.currency.setCurrentText(currency)
    qtbot.waitUntil(
        lambda: (
            screen.statement is not None
            and screen.statement.period == period
            and (not currency or screen.statement.currency == currency)
        )
    )
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    return screen


def test_statement_exports_csv_and_excel_with_exact_totals(
    owner_window: tuple[MainWindow, list[str]], desk: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    window, periods = owner_window
    screen = _open(window, desk, qtbot, periods[-3])
    assert not screen.currency.isVisible()  # one currency: nothing to choose

    csv_path, xlsx_path = tmp_path / "statement.csv", tmp_path / "statement.xlsx"
    screen.save_file(csv_path, "csv")
    screen.save_file(xlsx_path, "xlsx")
    qtbot.waitUntil(lambda: xlsx_path.exists() and not desk.tasks.busy)
    rows = list(csv.reader(csv_path.read_text("utf-8").splitlines()))
    total = next(r for r in rows if r[0] == "TOTAL")
    assert total[rows[0].index("net")] == "41234.56"
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    excel_total = next(r for r in values if r[0] == "TOTAL")
    assert excel_total[values[0].index("net")] == 41234.56  # a number, not text
    assert screen.message.text() == "Saved statement.xlsx"


def _ghana_payout(desk: DesktopApp, period: str) -> None:
    """A second hospital of the same owner, paid in cedis for the same month."""
    with desk.db.sessions.begin() as session:
        owner = session.scalars(sa.select(m.OwnerAccount)).one()
        accra = factories.hospital(session, name="Accra Ridge Clinic", currency="GHS")
        contract = factories.contract(session, owner_account_id=owner.id, hospital_id=accra.id)
        session.add(
            m.Payout(
                contract_id=contract.id,
                owner_account_id=owner.id,
                hospital_id=accra.id,
                period=period,
                currency="GHS",
                gross_minor=900_00,
                fee_minor=100_00,
                deductions_minor=0,
                net_minor=800_00,
                fee_bps=1111,
                status=PayoutStatus.APPROVED,
            )
        )


def test_an_owner_paid_in_two_currencies_reads_one_statement_each(
    owner_window: tuple[MainWindow, list[str]], desk: DesktopApp, qtbot: QtBot
) -> None:
    window, periods = owner_window
    _ghana_payout(desk, periods[-3])
    screen = _open(window, desk, qtbot, periods[-3], "GHS")
    assert screen.currency.isVisible()
    assert [screen.currency.itemText(i) for i in range(screen.currency.count())] == ["GHS", "NGN"]
    assert screen.net.text() == "Net payout: GH₵800.00"
    assert "Accra Ridge Clinic" in screen.view.toPlainText()
    assert "Ikeja General" not in screen.view.toPlainText()

    screen.reason.setText("The cedi rate looks wrong")
    screen.respond(PayoutResponseKind.DISPUTED)
    qtbot.waitUntil(lambda: "waiting" in screen.responses.text())
    with desk.db.sessions() as session:  # only the statement on screen is disputed
        (disputed,) = session.scalars(
            sa.select(m.Payout.currency).join(
                m.PayoutResponse, m.PayoutResponse.payout_id == m.Payout.id
            )
        ).all()
    assert disputed == "GHS"

    screen.currency.setCurrentText("NGN")
    qtbot.waitUntil(lambda: screen.statement is not None and screen.statement.currency == "NGN")
    assert screen.net.text() == "Net payout: ₦41,234.56"  # never the two added together


def test_the_dashboard_shows_one_currency_at_a_time(
    owner_window: tuple[MainWindow, list[str]], desk: DesktopApp, qtbot: QtBot
) -> None:
    window, periods = owner_window
    dashboard = window.owner_dashboard
    assert not dashboard.currency.isVisible()
    _ghana_payout(desk, periods[-3])
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.currency.isVisible())
    assert dashboard.pending.text() == "₦83,234.56"
    dashboard.currency.setCurrentText("GHS")
    qtbot.waitUntil(lambda: dashboard.pending.text() == "GH₵800.00")
    assert dashboard.payout_set.at(len(periods) - 3) == 800.0


def test_a_dispute_shows_its_status_and_grandpros_answer(
    owner_window: tuple[MainWindow, list[str]], desk: DesktopApp, qtbot: QtBot
) -> None:
    window, periods = owner_window
    screen = _open(window, desk, qtbot, periods[-3])
    assert screen.responses.text() == ""
    screen.reason.setText("POS takings on the 14th are missing")
    screen.respond(PayoutResponseKind.DISPUTED)
    qtbot.waitUntil(lambda: "waiting" in screen.responses.text())
    today = f"{utcnow():%b %Y}"
    assert screen.responses.text().startswith("Disputed on ")
    assert today in screen.responses.text()
    assert screen.responses.text().endswith(
        "POS takings on the 14th are missing — open, waiting for GrandPro's answer"
    )

    with desk.db.sessions.begin() as session:  # what the next pull brings from the server
        response = session.scalars(sa.select(m.PayoutResponse)).one()
        response.status = DisputeStatus.RESOLVED
        response.resolution = "Added to next month as an adjustment."
        response.resolved_at = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
    screen.refresh()
    qtbot.waitUntil(lambda: "resolved" in screen.responses.text())
    assert screen.responses.text().endswith(
        "— resolved on 23 Nov 2026: Added to next month as an adjustment."
    )


def test_an_empty_statements_screen_says_so_and_offers_nothing_to_save(
    desk: DesktopApp, qtbot: QtBot
) -> None:
    screen = StatementsScreen(desk.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    assert screen.message.text() == "No payouts have synced to this computer yet."
    assert not screen.save_button.isEnabled()
    assert screen.save_button.toolTip() == "No statement to act on yet."
    assert not screen.dispute_button.isEnabled()


def test_a_statement_is_offered_for_saving_in_the_documents_folder(
    owner_window: tuple[MainWindow, list[str]],
    desk: DesktopApp,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, periods = owner_window
    screen = _open(window, desk, qtbot, periods[-3])
    assert screen.save_button.isEnabled() and screen.save_button.toolTip() == ""
    offered: list[str] = []

    def cancel(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    screen.save_button.click()
    assert offered == [str(documents_folder() / f"grandpro-statement-{periods[-3]}-NGN.pdf")]
