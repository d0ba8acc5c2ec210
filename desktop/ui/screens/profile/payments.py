"""The profile's payments tab: what the patient has paid, taking a payment, reprinting a
receipt, reversing a payment taken in error."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from desktop.services.payments import Receipt, payments_page
from desktop.ui.database import Database
from desktop.ui.format import datetime_text
from desktop.ui.printing import method_label
from desktop.ui.screens.payments import PaymentDialog, note_text
from desktop.ui.screens.profile.lists import ListTab, fetcher
from desktop.ui.screens.profile.paged import PagedRowsModel
from desktop.ui.screens.receipt_buttons import ReceiptButtons

#: Qt's translate, by the name lupdate looks for: each call names its context
#: and a literal text, so the string is found and extracted.
translate = QCoreApplication.translate


def _cells(receipt: Receipt) -> tuple[str, ...]:
    return (
        datetime_text(receipt.received_at),
        receipt.receipt_number,
        receipt.amount.format(),
        method_label(receipt.method),
        receipt.reference or "",
        note_text(receipt),
    )


class PaymentsTab(ListTab):
    def __init__(self, db: Database, patient_id: uuid.UUID, patient_label: str) -> None:
        headers = (
            translate("profile", "Received"),
            translate("profile", "Receipt no."),
            translate("profile", "Amount"),
            translate("profile", "Paid by"),
            translate("profile", "Reference"),
            translate("profile", "Note"),
        )
        super().__init__(PagedRowsModel(db, headers, fetcher(payments_page, patient_id), _cells))
        self._db = db
        self._patient_id = patient_id
        self._patient_label = patient_label
        self.take_button = QPushButton(self.tr("Take payment…"))
        self.take_button.clicked.connect(self.open_payment)
        self.receipt_buttons = ReceiptButtons(self.selected, db)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.receipt_buttons, 1)
        self.layout_.addLayout(buttons)

    def open_payment(self) -> PaymentDialog:
        """Non-modal, so tests and keyboard users drive the same dialog."""
        dialog = PaymentDialog(self._db, self._patient_id, self._patient_label)
        dialog.setParent(self, dialog.windowFlags())
        dialog.show()
        return dialog

    def selected(self) -> Receipt | None:
        receipt: Receipt | None = self.selected_row()
        return receipt
