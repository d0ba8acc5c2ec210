"""Taking a payment at the desk, and its receipt printed or saved as PDF.

The amount is typed as staff say it ("5,000" or "₦5,000.50"); the check and
the write happen together on the database thread, and a refusal comes back
as one message next to the field it names. Once saved, the receipt can go to
a printer through Qt's print dialog or straight to a PDF file.

Signals:
    recorded(object): the :class:`Receipt` of a payment, after the save committed.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.payments import Receipt, record_payment
from desktop.services.registration import field_of
from desktop.ui.database import Database
from desktop.ui.printing import method_label, payment_receipt_html, print_with_dialog, save_pdf
from desktop.ui.screens.profile.marks import mark_invalid
from shared.domain.enums import PaymentMethod


class PaymentDialog(QDialog):
    recorded = Signal(object)

    def __init__(self, db: Database, patient_id: uuid.UUID, patient_label: str) -> None:
        super().__init__()
        self._db = db
        self._patient_id = patient_id
        self.receipt: Receipt | None = None
        self.setWindowTitle(self.tr("Payment from {patient}").format(patient=patient_label))
        self.setMinimumWidth(440)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 5,000 or ₦5,000.50"))
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_label(method), method)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("POS, transfer or HMO reference (optional)"))
        self.inputs: dict[str, QWidget] = {
            "amount": self.amount,
            "method": self.method,
            "reference": self.reference,
        }
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save payment"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.print_button = QPushButton(self.tr("Print receipt…"))
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton(self.tr("Save receipt as PDF…"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self._layout()
        self._show_receipt_buttons(False)

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        form.addRow(buttons)

    def form_data(self) -> dict[str, Any]:
        return {
            "amount": self.amount.text(),
            "method": self.method.currentData(),
            "reference": self.reference.text(),
        }

    def submit(self) -> None:
        data, patient_id = self.form_data(), self._patient_id
        for widget in self.inputs.values():
            mark_invalid(widget, False)
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
        self.error.setText(
            self.tr("Saved {amount} — receipt {number}.").format(
                amount=receipt.amount.format(), number=receipt.receipt_number
            )
        )
        self._show_receipt_buttons(True)
        self.recorded.emit(receipt)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = field_of(error) if isinstance(error, Exception) else None
        widget = self.inputs.get(field or "")
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus()
        self.error.setText(str(error))

    def _show_receipt_buttons(self, saved: bool) -> None:
        self.save_button.setVisible(not saved)
        self.print_button.setVisible(saved)
        self.pdf_button.setVisible(saved)

    def _print(self) -> None:
        if self.receipt is not None:
            print_with_dialog(payment_receipt_html(self.receipt), self)

    def _choose_pdf(self) -> None:
        if self.receipt is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save receipt"),
            f"{self.receipt.receipt_number}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            save_pdf(payment_receipt_html(self.receipt), Path(path))
