"""Payments at the desk: typed Nigerian-style, written with their outbox row, receipt as PDF."""

from __future__ import annotations

import uuid
from pathlib import Path

import pypdf
import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.payments import Receipt
from desktop.store.tables import OutboxMutation
from desktop.ui.printing import payment_receipt_html, save_pdf
from desktop.ui.screens.payments import PaymentDialog
from shared.clock import format_datetime
from shared.db.models import Patient, RevenueEntry
from shared.domain.enums import PaymentMethod

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def first_patient(app: DesktopApp) -> Patient:
    with app.db.sessions() as session:
        patient = session.scalars(sa.select(Patient).order_by(Patient.patient_number)).first()
        assert patient is not None
        session.expunge(patient)
        return patient


def payment_dialog(qtbot: QtBot, app: DesktopApp) -> PaymentDialog:
    patient = first_patient(app)
    dialog = PaymentDialog(app.db, patient.id, patient.first_name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def entries(app: DesktopApp) -> list[RevenueEntry]:
    with app.db.sessions() as session:
        return list(session.scalars(sa.select(RevenueEntry)))


def outbox_for(app: DesktopApp, row_id: uuid.UUID) -> list[OutboxMutation]:
    with app.db.sessions() as session:
        query = sa.select(OutboxMutation).where(OutboxMutation.row_id == row_id)
        return list(session.scalars(query))


def take_payment(qtbot: QtBot, dialog: PaymentDialog, amount: str) -> Receipt:
    dialog.amount.setText(amount)  # keyClicks cannot type "₦"
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.TRANSFER))
    qtbot.keyClicks(dialog.reference, "GTB-TRF-0091")
    with qtbot.waitSignal(dialog.recorded) as signal:
        dialog.save_button.click()
    receipt: Receipt = signal.args[0]
    return receipt


def test_a_payment_is_saved_with_its_outbox_row(demo: DesktopApp, qtbot: QtBot) -> None:
    dialog = payment_dialog(qtbot, demo)
    receipt = take_payment(qtbot, dialog, "₦5,000.50")
    [entry] = entries(demo)
    assert (entry.amount_minor, entry.currency, entry.method) == (500050, "NGN", "transfer")
    assert entry.reference == "GTB-TRF-0091"
    assert entry.patient_id == first_patient(demo).id
    [queued] = outbox_for(demo, entry.id)
    assert queued.table_name == "revenue_entries" and queued.fields["amount_minor"] == 500050
    assert receipt.amount.format() == "₦5,000.50"
    assert receipt.receipt_number in dialog.error.text()
    assert dialog.print_button.isVisible() and not dialog.save_button.isVisible()


def test_a_bad_amount_names_the_field_and_saves_nothing(demo: DesktopApp, qtbot: QtBot) -> None:
    dialog = payment_dialog(qtbot, demo)
    for typed in ("five thousand", "0", "5,000.505"):
        dialog.amount.setText(typed)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not demo.tasks.busy)
        assert dialog.error.text().startswith("amount:"), typed
        assert dialog.amount.property("invalid") is True
        assert dialog.save_button.isEnabled()
    assert entries(demo) == []


def test_the_receipt_pdf_has_the_amount_and_patient_number(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    receipt = take_payment(qtbot, payment_dialog(qtbot, demo), "1,250,000")
    pdf = save_pdf(payment_receipt_html(receipt), tmp_path / "receipt.pdf")
    text = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "Payment receipt" in text and "GrandPro" in text
    assert "₦1,250,000.00" in text
    assert receipt.patient_number in text and receipt.receipt_number in text
    assert "Bank transfer" in text and format_datetime(receipt.received_at) in text
