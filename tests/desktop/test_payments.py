"""Payments at the desk: typed Nigerian-style, written with their outbox row, receipt as PDF,
and the day's takings counted by the Lagos calendar day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

import pypdf
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.payments import Receipt, record_payment
from desktop.services.today import lagos_day_bounds
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from desktop.ui.printing import payment_receipt_html, save_pdf
from desktop.ui.screens.payments import PaymentDialog, PaymentsScreen
from shared.clock import format_datetime, lagos_today, utcnow
from shared.db.models import Patient, RevenueEntry
from shared.domain.enums import PaymentMethod
from shared.domain.money import Money
from tests import factories

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def first_patient(app: DesktopApp) -> Patient:
    with app.db.sessions() as session:
        patient = session.scalars(sa.select(Patient).order_by(Patient.patient_number)).first()
        assert patient is not None
        session.expunge(patient)
        return patient


def payment_dialog(qtbot: QtBot, app: DesktopApp) -> PaymentDialog:
    """A dialog the test keeps a reference to for its whole run.

    A Python-owned dialog whose last reference is a callback could otherwise
    be released on the database thread and deleted under the GUI's feet.
    """
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
    assert receipt.receipt_number in dialog.saved.text() and dialog.error.text() == ""
    assert dialog.saved.objectName() == "success", "a saved payment is not said in error red"
    assert dialog.receipt_buttons.isVisible() and not dialog.save_button.isVisible()


def test_a_bad_amount_names_the_field_and_saves_nothing(demo: DesktopApp, qtbot: QtBot) -> None:
    dialog = payment_dialog(qtbot, demo)
    for typed in ("five thousand", "0", "5,000.505"):
        dialog.amount.setText(typed)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not demo.tasks.busy)
        assert dialog.errors.shown()["amount"].startswith("Amount"), typed
        assert dialog.amount.property("invalid") is True
        assert dialog.save_button.isEnabled()
    assert entries(demo) == []


def test_the_receipt_pdf_has_the_amount_and_patient_number(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = payment_dialog(qtbot, demo)
    receipt = take_payment(qtbot, dialog, "1,250,000")
    pdf = save_pdf(payment_receipt_html(receipt), tmp_path / "receipt.pdf")
    text = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "Payment receipt" in text and "GrandPro" in text
    assert "₦1,250,000.00" in text
    assert receipt.patient_number in text and receipt.receipt_number in text
    assert "Bank transfer" in text and format_datetime(receipt.received_at) in text


def _entry_at(app: DesktopApp, patient_id: uuid.UUID, when: dt.datetime, naira: int) -> None:
    with app.db.sessions.begin() as session:
        writer = LocalWriter(session, device_id=app.db.desk.device_id, clock=app.db.clock)
        patient = session.get_one(Patient, patient_id)
        writer.insert(
            RevenueEntry,
            hospital_id=patient.hospital_id,
            patient_id=patient_id,
            amount_minor=naira * 100,
            method=PaymentMethod.CASH,
            received_at=when,
        )


def test_the_payments_screen_takes_a_payment_and_totals_the_lagos_day(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    patient = first_patient(demo)
    midnight, _ = lagos_day_bounds(lagos_today())
    earlier_today = midnight + (utcnow() - midnight) / 2  # before the payment taken below
    _entry_at(demo, patient.id, earlier_today, 1_000)
    _entry_at(demo, patient.id, midnight - dt.timedelta(minutes=1), 9_999)  # yesterday
    screen = PaymentsScreen(demo.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert screen.day.model.rowCount() == 1
    assert screen.totals.text() == "Cash ₦1,000.00 (1) · Total ₦1,000.00"
    assert screen.open_payment() is None
    assert screen.message.text() == "Choose the patient who is paying first."
    qtbot.keyClicks(screen.patient.search, patient.patient_number)
    qtbot.waitUntil(lambda: screen.patient.patient_id() == patient.id)
    dialog = screen.open_payment()
    assert dialog is not None
    dialog.amount.setText("N5,000")
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.POS))
    with qtbot.waitSignal(dialog.recorded):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: screen.day.model.rowCount() == 2)
    qtbot.waitUntil(lambda: "Total ₦6,000.00" in screen.totals.text())
    assert screen.totals.text().startswith("Cash ₦1,000.00 (1) · POS (card) ₦5,000.00 (1)")
    assert screen.day.cell(0, 4) == "₦5,000.00" and screen.day.cell(0, 3) == patient.patient_number
    screen.day.table.selectRow(0)
    selected = screen.selected()
    assert selected is not None and selected.amount.minor == 500_000
    yesterday = lagos_today() - dt.timedelta(days=1)
    screen.day_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert screen.day.model.rowCount() == 1
    assert screen.totals.text() == "Cash ₦9,999.00 (1) · Total ₦9,999.00"
    screen.today_button.click()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert screen.day.model.rowCount() == 2 and screen.shown_day() == lagos_today()


def test_a_payment_is_in_the_patients_hospital_currency(demo: DesktopApp) -> None:
    with demo.db.sessions.begin() as session:
        accra = factories.hospital(session, currency="GHS", state="Lagos")
        patient = factories.patient(session, hospital_id=accra.id)
        writer = LocalWriter(session, device_id=demo.db.desk.device_id, clock=demo.db.clock)
        data = {"amount": "GH₵ 1,120.50", "method": "cash"}
        receipt = record_payment(session, writer, patient_id=patient.id, data=data)
    assert receipt.amount == Money(112050, "GHS")
    assert "GH₵1,120.50" in payment_receipt_html(receipt)
    assert receipt.hospital_name == accra.name


def test_receipt_text_is_escaped(demo: DesktopApp, qtbot: QtBot) -> None:
    dialog = payment_dialog(qtbot, demo)
    receipt = take_payment(qtbot, dialog, "100")
    html = payment_receipt_html(dataclasses.replace(receipt, reference="<b>REF</b> & co"))
    assert "&lt;b&gt;REF&lt;/b&gt; &amp; co" in html and "<b>REF</b>" not in html


def test_a_payment_taken_in_error_is_reversed_once_by_a_negative_entry(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    payment = payment_dialog(qtbot, demo)
    take_payment(qtbot, payment, "5,000")
    screen = PaymentsScreen(demo.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.day.model.rowCount() == 1)
    screen.day.table.selectRow(0)
    original = screen.selected()
    assert original is not None
    dialog = screen.receipt_buttons.open_reversal()
    assert dialog is not None
    dialog.submit()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert dialog.error.text().startswith("reason:")
    assert dialog.reason.property("invalid") is True
    qtbot.keyClicks(dialog.reason, "Charged twice")
    with qtbot.waitSignal(dialog.reversed) as signal:
        dialog.reverse_button.click()
    reversal: Receipt = signal.args[0]
    assert reversal.amount == Money(-500_000) and reversal.reverses == original.receipt_number
    qtbot.waitUntil(lambda: screen.day.model.rowCount() == 2)
    qtbot.waitUntil(lambda: "Total ₦0.00" in screen.totals.text())
    assert screen.day.cell(0, 7) == f"Reverses {original.receipt_number}: Charged twice"
    [entry] = [e for e in entries(demo) if e.reverses_id == original.entry_id]
    assert (entry.amount_minor, entry.note) == (-500_000, "Charged twice")
    assert len(outbox_for(demo, entry.id)) == 1
    screen.day.table.selectRow(1)  # the original, now below its reversal
    again = screen.receipt_buttons.open_reversal()
    assert again is not None
    qtbot.keyClicks(again.reason, "Once more")
    again.submit()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert f"already reversed (receipt {reversal.receipt_number})" in again.error.text()
    assert len(entries(demo)) == 2
    pdf = save_pdf(payment_receipt_html(reversal), tmp_path / "reversal.pdf")
    text = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "Payment reversal" in text and "-₦5,000.00" in text and original.receipt_number in text
