"""Appointment slips and payment receipts printed at the desk or saved as PDF.

Each is built as escaped HTML from a frozen service row and laid out by
QTextDocument, so the same page goes to a printer (through Qt's print dialog)
or to a PDF file.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.services.payments import Receipt
from desktop.services.today import DayAppointment
from shared.clock import format_datetime
from shared.domain.enums import PaymentMethod


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def appointment_slip_html(appt: DayAppointment, hospital_name: str) -> str:
    rows = (
        (_tr("Patient"), appt.patient_name),
        (_tr("Patient no."), appt.patient_number),
        (_tr("With"), appt.provider),
        (_tr("When"), format_datetime(appt.starts_at)),
    )
    cells = "".join(
        f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>" for label, value in rows
    )
    note = _tr("Please arrive 15 minutes early and bring this slip.")
    return (
        f"<h2>{escape(hospital_name)}</h2><h3>{escape(_tr('Appointment slip'))}</h3>"
        f"<table cellpadding='4'>{cells}</table><p>{escape(note)}</p>"
    )


def method_label(method: PaymentMethod) -> str:
    labels = {
        "cash": _tr("Cash"),
        "pos": _tr("POS (card)"),
        "transfer": _tr("Bank transfer"),
        "hmo": _tr("HMO"),
        "nhia": _tr("NHIA"),
    }
    return labels[method.value]


def payment_receipt_html(receipt: Receipt) -> str:
    """A receipt the patient keeps: who paid how much, how, and when (Lagos time)."""
    rows = [
        (_tr("Receipt no."), receipt.receipt_number),
        (_tr("Date"), format_datetime(receipt.received_at)),
        (_tr("Patient"), receipt.patient_name),
        (_tr("Patient no."), receipt.patient_number),
        (_tr("Amount"), receipt.amount.format()),
        (_tr("Paid by"), method_label(receipt.method)),
    ]
    if receipt.reference:
        rows.append((_tr("Reference"), receipt.reference))
    if receipt.reverses:
        rows.append((_tr("Reverses receipt"), receipt.reverses))
        rows.append((_tr("Reason"), receipt.note or ""))
    title = _tr("Payment reversal") if receipt.reverses else _tr("Payment receipt")
    cells = "".join(
        f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>" for label, value in rows
    )
    return (
        f"<h2>GrandPro</h2><h3>{escape(receipt.hospital_name)}</h3>"
        f"<h3>{escape(title)}</h3><table cellpadding='4'>{cells}</table>"
        f"<p>{escape(_tr('Thank you. Please keep this receipt.'))}</p>"
    )


def _slip_printer(printer: QPrinter) -> QPrinter:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    return printer


def save_pdf(html: str, path: Path) -> Path:
    """Render a slip or receipt to a PDF file (no printer needed)."""
    printer = _slip_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return path


def print_with_dialog(html: str, parent: QWidget) -> bool:
    """Let the user choose a printer (or "Print to PDF"); False when they cancel."""
    printer = _slip_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True
