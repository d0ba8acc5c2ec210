"""Receipts a cashier hands over and reads out: the hospital, the service, the cashier, the
amount in figures and in words, a short number, on an A5 page or an 80 mm roll."""

from __future__ import annotations

import re
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pypdf
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.payments import Receipt, payments_page
from desktop.ui.printing import Paper, payment_receipt_html, save_pdf
from desktop.ui.screens.payments import PaymentDialog
from desktop.ui.screens.receipt_buttons import ReceiptButtons, ReverseDialog
from shared.clock import to_lagos, utcnow
from shared.db.models import Hospital, Patient, RevenueEntry
from shared.domain.enums import PaymentMethod
from tests import factories

from .conftest import STAFF

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ADDRESS = "12 Admiralty Way, Lekki Phase 1, Lagos"


def _clinic(app: DesktopApp, *, with_user_row: bool) -> Patient:
    """The demo's hospital with its address and phone; the cashier signed in."""
    with app.db.sessions.begin() as session:
        hospital = session.scalars(sa.select(Hospital)).one()
        hospital.address, hospital.phone = ADDRESS, "+2348031234567"
        if with_user_row:
            cashier = factories.user(
                session, full_name="Bisi Adeyemi", role="front_desk", hospital_id=hospital.id
            )
            app.db.actor = cashier.id
        else:  # set up offline: the signed-in account exists only as this PC's login
            app.db.actor = STAFF.user_id
        patient = session.scalars(sa.select(Patient).order_by(Patient.patient_number)).first()
        assert patient is not None
        session.expunge(patient)
        return patient


def _pay(qtbot: QtBot, app: DesktopApp, patient: Patient, amount: str, what: str) -> Receipt:
    dialog = PaymentDialog(app.db, patient.id, patient.first_name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText(amount)
    qtbot.keyClicks(dialog.description, what)
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.POS))
    with qtbot.waitSignal(dialog.recorded) as signal:
        dialog.save_button.click()
    receipt: Receipt = signal.args[0]
    return receipt


def pdf_text(path: Path) -> tuple[str, int, float]:
    """The first page's text (ligatures such as "fi" unfolded), page count, page width in mm."""
    reader = pypdf.PdfReader(path)
    page = reader.pages[0]
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
    return text, len(reader.pages), float(page.mediabox.width) / 72 * 25.4


@pytest.mark.parametrize(("paper", "width_mm"), [(Paper.A5, 148), (Paper.ROLL_80MM, 80)])
def test_the_receipt_pdf_reads_in_full(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path, paper: Paper, width_mm: int
) -> None:
    patient = _clinic(demo, with_user_row=True)
    receipt = _pay(qtbot, demo, patient, "₦5,000.50", "Consultation and malaria test")

    text, pages, width = pdf_text(
        save_pdf(payment_receipt_html(receipt, paper), tmp_path / "r.pdf", paper)
    )

    assert (pages, round(width)) == (1, width_mm)
    year = to_lagos(utcnow()).year
    assert re.fullmatch(rf"L[0-9A-F]{{4}}-{year}-000001", receipt.receipt_number)
    for expected in (
        receipt.hospital_name,
        ADDRESS,
        "Tel: 0803 123 4567",
        f"Receipt no. {receipt.receipt_number}",
        "Paid for Consultation and malaria test",
        "Amount ₦5,000.50",
        "In words Five thousand naira and fifty kobo only",
        "Paid by POS (card)",
        "Cashier Bisi Adeyemi",
    ):
        assert expected in text, expected


def test_numbers_count_on_and_a_reversal_reads_minus_in_words(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    patient = _clinic(demo, with_user_row=True)
    first = _pay(qtbot, demo, patient, "20k", "Scan")
    second = _pay(qtbot, demo, patient, "1,000,000", "Surgery deposit")
    assert second.receipt_number == first.receipt_number[:-6] + "000002"

    dialog = ReverseDialog(demo.db, second)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason, "Charged the wrong patient")
    with qtbot.waitSignal(dialog.reversed) as signal:
        dialog.submit()
    reversal: Receipt = signal.args[0]

    assert reversal.receipt_number == first.receipt_number[:-6] + "000003"
    assert reversal.reverses == second.receipt_number and reversal.description == "Surgery deposit"
    text, _, _ = pdf_text(save_pdf(payment_receipt_html(reversal), tmp_path / "rev.pdf"))
    assert "Payment reversal" in text and f"Reverses receipt {second.receipt_number}" in text
    assert "In words Minus one million naira only" in text


def test_a_cashier_known_only_to_this_pc_is_named_and_the_payment_saves(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    patient = _clinic(demo, with_user_row=False)
    receipt = _pay(qtbot, demo, patient, "5,000", "Consultation")
    assert receipt.cashier == STAFF.full_name
    with demo.db.sessions() as session:
        entry = session.get_one(RevenueEntry, receipt.entry_id)
        assert entry.recorded_by_id is None  # no user row here for the foreign key to name
        assert entry.receipt_number == receipt.receipt_number


def test_save_as_pdf_opens_in_documents_on_the_chosen_paper(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient = _clinic(demo, with_user_row=True)
    receipt = _pay(qtbot, demo, patient, "5,000", "Consultation")
    asked: list[str] = []
    chosen = tmp_path / "chosen.pdf"

    def choose(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(chosen), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    buttons = ReceiptButtons(lambda: receipt)
    qtbot.addWidget(buttons)
    buttons.paper.setCurrentIndex(buttons.paper.findData(Paper.ROLL_80MM))
    buttons.pdf_button.click()

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents) / f"Receipt {receipt.receipt_number}.pdf")]
    text, _, width = pdf_text(chosen)
    assert round(width) == 80 and receipt.receipt_number in text


def test_a_service_line_that_starts_like_a_formula_is_refused_by_name(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    patient = _clinic(demo, with_user_row=True)
    dialog = PaymentDialog(demo.db, patient.id, patient.first_name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("5,000")
    dialog.description.setText("=HYPERLINK(1)")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert "must not start with =" in dialog.error.text()
    assert dialog.description.property("invalid") is True
    with demo.db.sessions() as session:
        assert session.scalars(sa.select(RevenueEntry.id)).all() == []


def test_a_payment_from_before_numbering_keeps_its_old_number(demo: DesktopApp) -> None:
    patient = _clinic(demo, with_user_row=True)
    old_id = uuid.UUID("01923f3a-1000-7000-8000-00009f1a2b3c")
    with demo.db.sessions.begin() as session:  # as an older version of the desk stored it
        session.add(
            RevenueEntry(
                id=old_id,
                hospital_id=patient.hospital_id,
                patient_id=patient.id,
                amount_minor=100_000,
                currency="NGN",
                method=PaymentMethod.CASH,
                received_at=utcnow(),
            )
        )
    with demo.db.sessions() as session:
        [row] = payments_page(session, patient_id=patient.id, offset=0, limit=10).rows
    assert row.receipt_number == "R01923F3A-9F1A2B3C"
