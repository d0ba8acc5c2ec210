"""Payments at the desk: taking one, the day's takings, and receipts printed or saved as PDF.

The amount is typed as staff say it ("5k", "5,000" or "₦5,000.50"); the
check and the write happen together on the database thread, and a refusal
comes back in plain words under the field it names, cleared once it is fixed.
A saved payment's receipt goes to a printer through Qt's print dialog or
straight to a PDF file (``receipt_buttons``).

Signals (PaymentDialog):
    recorded(object): the :class:`Receipt` of a payment, after the save committed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services.patient_profile import Page
from desktop.services.payments import (
    MethodTotal,
    Receipt,
    day_payments_page,
    day_totals,
    record_payment,
)
from desktop.ui.database import Database
from desktop.ui.fields import AmountField, FieldErrors
from desktop.ui.format import time_text
from desktop.ui.printing import method_label
from desktop.ui.screens.profile.lists import ListTab
from desktop.ui.screens.profile.marks import mark_invalid, show_field_error
from desktop.ui.screens.profile.paged import PagedRowsModel
from desktop.ui.screens.receipt_buttons import ReceiptButtons
from desktop.ui.widgets import PatientPicker
from shared.clock import lagos_today
from shared.domain.enums import PaymentMethod
from shared.domain.money import Money
from shared.errors import FieldValidationError


class PaymentDialog(QDialog):
    recorded = Signal(object)

    def __init__(self, db: Database, patient_id: uuid.UUID, patient_label: str) -> None:
        super().__init__()
        self._db = db
        self._patient_id = patient_id
        self.receipt: Receipt | None = None
        self.setWindowTitle(self.tr("Payment from {patient}").format(patient=patient_label))
        self.setMinimumWidth(440)
        self.amount = AmountField()
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_label(method), method)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("POS, transfer or HMO reference (optional)"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. Consultation, lab test (optional)"))
        self.reward_code = QLineEdit()
        self.reward_code.setPlaceholderText(
            self.tr("Loyalty reward code, e.g. K7QM-3ZD9 (optional)")
        )
        self.inputs: dict[str, QWidget] = {
            "amount": self.amount,
            "description": self.description,
            "method": self.method,
            "reference": self.reference,
            "reward_code": self.reward_code,
        }
        self.errors = FieldErrors({"amount": self.tr("Amount")}, self._amount_problem, self)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        #: What was saved, in the stylesheet's success colour (never in error red).
        self.saved = QLabel()
        self.saved.setObjectName("success")
        self.saved.setWordWrap(True)
        self.saved.setVisible(False)
        self.save_button = QPushButton(self.tr("Save payment"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.receipt_buttons = ReceiptButtons(lambda: self.receipt)
        self.receipt_buttons.setVisible(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Amount"), self.errors.row("amount", self.amount))
        form.addRow(self.tr("Paid for"), self.description)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Reward code"), self.reward_code)
        form.addRow(self.error)
        form.addRow(self.saved)
        form.addRow(self.save_button)
        form.addRow(self.receipt_buttons)

    def form_data(self) -> dict[str, Any]:
        return {
            "amount": self.amount.text(),
            "method": self.method.currentData(),
            "reference": self.reference.text(),
            "description": self.description.text(),
            "reward_code": self.reward_code.text(),
        }

    def submit(self) -> None:
        data, patient_id = self.form_data(), self._patient_id
        for widget in self.inputs.values():
            mark_invalid(widget, False)
        self.errors.clear()
        self.error.setText("")
        self.save_button.setEnabled(False)
        self._db.write(
            lambda s, w: record_payment(s, w, patient_id=patient_id, data=data),
            self._saved,
            self._failed,
        )

    def _saved(self, receipt: Receipt) -> None:
        self.receipt = receipt
        for widget in self.inputs.values():
            widget.setEnabled(False)
        self.error.setText("")
        self.saved.setText(
            self.tr("Saved {amount} — receipt {number}.").format(
                amount=receipt.amount.format(), number=receipt.receipt_number
            )
        )
        self.saved.setVisible(True)
        self.save_button.setVisible(False)
        self.receipt_buttons.setVisible(True)
        self.recorded.emit(receipt)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, FieldValidationError) and error.field == "amount":
            self.errors.show({"amount": error.message})
        else:
            show_field_error(self.inputs, self.error, error)

    def _amount_problem(self) -> dict[str, str]:
        """Whether the amount now typed reads as money (the save checks the rest)."""
        try:
            Money.parse(self.amount.text(), field="amount")
        except FieldValidationError as error:
            return {"amount": error.message}
        return {}


def _day_cells(receipt: Receipt) -> tuple[str, ...]:
    return (
        time_text(receipt.received_at),
        receipt.receipt_number,
        receipt.patient_name,
        receipt.patient_number,
        receipt.amount.format(),
        method_label(receipt.method),
        receipt.reference or "",
        note_text(receipt),
    )


def note_text(receipt: Receipt) -> str:
    """What a reversal says in a list: which receipt it cancels, and why."""
    if receipt.reverses is None:
        return ""
    return QCoreApplication.translate("payments", "Reverses {number}: {reason}").format(
        number=receipt.reverses, reason=receipt.note or ""
    )


class PaymentsScreen(QWidget):
    """The desk's payments: take one from any patient, a day's takings, reprint a receipt.

    The day shown is today in Lagos unless the user picks another; a desk left
    on today overnight moves to the new day at its next refresh by itself.
    """

    #: Tables this screen shows: a day's payments (revenue entries) and their receipts.
    shows = frozenset({"hospitals", "patients", "revenue_entries"})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._follows_today = True
        self.patient = PatientPicker(db)
        self.take_button = QPushButton(self.tr("Take payment…"))
        self.take_button.clicked.connect(self.open_payment)
        self.message = QLabel()
        self.day_edit = QDateEdit(_qdate(lagos_today()))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("d MMM yyyy")
        self.day_edit.dateChanged.connect(self._day_chosen)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.day_edit.setDate(_qdate(lagos_today())))
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        headers = (
            self.tr("Time"),
            self.tr("Receipt no."),
            self.tr("Patient"),
            self.tr("Patient no."),
            self.tr("Amount"),
            self.tr("Paid by"),
            self.tr("Reference"),
            self.tr("Note"),
        )
        self.day = ListTab(PagedRowsModel(db, headers, _day_page(lagos_today()), _day_cells))
        self.receipt_buttons = ReceiptButtons(self.selected, db)
        self.receipt_buttons.reversed.connect(lambda _receipt: self.refresh())
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.patient, 1)
        top.addWidget(self.take_button)
        day = QHBoxLayout()
        day.addWidget(QLabel(self.tr("Payments on")))
        day.addWidget(self.day_edit)
        day.addWidget(self.today_button)
        day.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(day)
        layout.addWidget(self.totals)
        layout.addWidget(self.day, 1)
        layout.addWidget(self.receipt_buttons)

    def shown_day(self) -> dt.date:
        chosen = self.day_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def refresh(self) -> None:
        if self._follows_today and self.shown_day() != lagos_today():
            self.day_edit.blockSignals(True)
            self.day_edit.setDate(_qdate(lagos_today()))
            self.day_edit.blockSignals(False)
        day = self.shown_day()
        self.day.model.set_fetch(_day_page(day))
        self.day.refresh()
        self._db.run(lambda s: day_totals(s, day=day), self._show_totals)

    def _day_chosen(self) -> None:
        self._follows_today = self.shown_day() == lagos_today()
        self.refresh()

    def open_payment(self) -> PaymentDialog | None:
        patient_id = self.patient.patient_id()
        if patient_id is None:
            self.message.setText(self.tr("Choose the patient who is paying first."))
            return None
        self.message.setText("")
        dialog = PaymentDialog(self._db, patient_id, self.patient.choices.currentText())
        dialog.recorded.connect(lambda _receipt: self.refresh())
        dialog.setParent(self, dialog.windowFlags())
        dialog.show()
        return dialog

    def selected(self) -> Receipt | None:
        receipt: Receipt | None = self.day.selected_row()
        return receipt

    def _show_totals(self, totals: tuple[MethodTotal, ...]) -> None:
        if not totals:
            self.totals.setText(self.tr("No payments on this day."))
            return
        parts = [f"{method_label(t.method)} {t.amount.format()} ({t.count})" for t in totals]
        by_currency: dict[str, Money] = {}
        for t in totals:
            by_currency[t.amount.currency] = (
                by_currency.get(t.amount.currency, Money(0, t.amount.currency)) + t.amount
            )
        grand = " + ".join(m.format() for m in by_currency.values())
        self.totals.setText(
            self.tr("{parts} · Total {total}").format(parts=" · ".join(parts), total=grand)
        )


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_page(day: dt.date) -> Callable[[Session, int, int], Page[Receipt]]:
    return lambda s, offset, limit: day_payments_page(s, day=day, offset=offset, limit=limit)
