"""Receipt buttons under a list of payments: print, save as PDF, reverse a payment.

A saved PDF goes to the user's Documents folder unless they choose another,
named after its receipt number; the paper chosen (an A5 page or an 80 mm
receipt roll) applies to both printing and the PDF.

Signals (ReceiptButtons, ReverseDialog):
    reversed(object): the reversal's :class:`Receipt`, after the save committed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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

from desktop.services.payments import Receipt, reverse_payment
from desktop.services.registration import field_of
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.printing import (
    Paper,
    paper_label,
    payment_receipt_html,
    print_with_dialog,
    save_pdf,
)
from desktop.ui.screens.profile.marks import mark_invalid
from desktop.ui.widgets import documents_folder


class ReceiptButtons(QWidget):
    """Print, save as PDF and (given the database) reverse whichever payment ``chosen`` gives.

    The paper (an A5 page or an 80 mm receipt roll) applies to both printing and the PDF.

    Signals:
        reversed(object): the reversal's :class:`Receipt`, after the save committed.
    """

    reversed = Signal(object)

    def __init__(self, chosen: Callable[[], Receipt | None], db: Database | None = None) -> None:
        super().__init__()
        self._chosen = chosen
        self._db = db
        self.print_button = QPushButton(self.tr("Print receipt…"))
        set_role(self.print_button, ButtonRole.SECONDARY)
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton(self.tr("Save receipt as PDF…"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.reverse_button = QPushButton(self.tr("Reverse payment…"))
        set_role(self.reverse_button, ButtonRole.DESTRUCTIVE)
        self.reverse_button.clicked.connect(self.open_reversal)
        self.reverse_button.setVisible(db is not None)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        for paper in Paper:
            self.paper.addItem(paper_label(paper), paper)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reverse_button)
        layout.addStretch(1)
        layout.addWidget(self.paper)
        layout.addWidget(self.print_button)
        layout.addWidget(self.pdf_button)

    def chosen_paper(self) -> Paper:
        paper: Paper = self.paper.currentData()
        return paper

    def open_reversal(self) -> ReverseDialog | None:
        receipt = self._chosen()
        if receipt is None or self._db is None:
            return None
        dialog = ReverseDialog(self._db, receipt)
        dialog.reversed.connect(self.reversed)
        dialog.setParent(self, dialog.windowFlags())
        dialog.show()
        return dialog

    def _print(self) -> None:
        receipt = self._chosen()
        if receipt is not None:
            paper = self.chosen_paper()
            print_with_dialog(payment_receipt_html(receipt, paper), self, paper)

    def _choose_pdf(self) -> None:
        receipt = self._chosen()
        if receipt is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save receipt"),
            str(documents_folder() / f"Receipt {receipt.receipt_number}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            paper = self.chosen_paper()
            save_pdf(payment_receipt_html(receipt, paper), Path(path), paper)


class ReverseDialog(QDialog):
    """Reverse a payment taken in error: a reason, then a negative entry naming it.

    Signals:
        reversed(object): the reversal's :class:`Receipt`, after the save committed.
    """

    reversed = Signal(object)

    def __init__(self, db: Database, receipt: Receipt) -> None:
        super().__init__()
        self._db = db
        self._entry_id = receipt.entry_id
        self.setWindowTitle(
            self.tr("Reverse payment {number}").format(number=receipt.receipt_number)
        )
        self.setMinimumWidth(440)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. charged twice"))
        self.error = QLabel(
            self.tr("Reverses {amount} from {patient}.").format(
                amount=receipt.amount.format(), patient=receipt.patient_name
            )
        )
        self.error.setWordWrap(True)
        self.reverse_button = QPushButton(self.tr("Reverse payment"))
        set_role(self.reverse_button, ButtonRole.DESTRUCTIVE)
        self.reverse_button.clicked.connect(self.submit)
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        form.addRow(self.reverse_button)

    def submit(self) -> None:
        entry_id, reason = self._entry_id, self.reason.text()
        mark_invalid(self.reason, False)
        self.reverse_button.setEnabled(False)
        self._db.write(
            lambda s, w: reverse_payment(s, w, entry_id=entry_id, reason=reason),
            self._saved,
            self._failed,
        )

    def _saved(self, receipt: Receipt) -> None:
        self.error.setText(
            self.tr("Reversed — receipt {number}.").format(number=receipt.receipt_number)
        )
        self.reason.setEnabled(False)
        self.reversed.emit(receipt)

    def _failed(self, error: BaseException) -> None:
        self.reverse_button.setEnabled(True)
        if isinstance(error, Exception) and field_of(error) == "reason":
            mark_invalid(self.reason, True)
        self.error.setText(str(error))
