"""Appointment slips and payment receipts printed at the desk or saved as PDF.

Each is built as escaped HTML from a frozen service row and laid out by
QTextDocument, so the same page goes to a printer (through Qt's print dialog)
or to a PDF file. Two papers: an A5 page, and the 80 mm roll of a thermal
receipt printer, whose page is as long as the receipt (a roll has no page
length of its own). Both carry the hospital's name, address and phone under
the logo, so a patient can find the hospital again from the paper alone.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QIcon, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.services.payments import Receipt
from desktop.services.today import DayAppointment
from shared.clock import format_datetime
from shared.domain.enums import PaymentMethod
from shared.domain.phones import display_phone
from shared.domain.words import amount_in_words
from shared.resources import resource_path

#: Where the document finds the logo image (added as a resource, never read from disk by URL).
LOGO_URL = "grandpro-logo"


class Paper(enum.Enum):
    """What the slip is printed on: an A5 page or an 80 mm thermal roll."""

    A5 = "a5"
    ROLL_80MM = "roll80"


@dataclass(frozen=True, slots=True)
class _Sheet:
    width_mm: float
    margin_mm: float
    font_pt: int
    logo_px: int
    label_percent: int


_SHEETS = {
    Paper.A5: _Sheet(148, 12, 10, 56, 28),
    Paper.ROLL_80MM: _Sheet(80, 4, 8, 36, 40),
}
#: The shortest roll page: a few lines of receipt still tear off cleanly.
_MIN_ROLL_MM = 90
_PT_PER_MM = 72 / 25.4


#: Qt's translate, by the name lupdate looks for: each call names its context
#: and a literal text, so the string is found and extracted.
translate = QCoreApplication.translate


def paper_label(paper: Paper) -> str:
    return {
        Paper.A5: translate("printing", "A5 page"),
        Paper.ROLL_80MM: translate("printing", "80 mm receipt roll"),
    }[paper]


def _header(name: str, address: str | None, phone: str | None, paper: Paper) -> str:
    lines = [f"<b style='font-size:large'>{escape(name)}</b>"]
    if address:
        lines.append(escape(address))
    if phone:
        lines.append(
            escape(translate("printing", "Tel: {phone}").format(phone=display_phone(phone)))
        )
    logo = f"<img src='{LOGO_URL}' width='{_SHEETS[paper].logo_px}'>"
    text = "<br>".join(lines)
    if paper is Paper.ROLL_80MM:
        return f"<p align='center'>{logo}<br>{text}</p>"
    return (
        "<table cellpadding='2'><tr>"
        f"<td valign='middle'>{logo}</td><td valign='middle'>{text}</td></tr></table>"
    )


def _nowrap(value: str) -> str:
    """A code (receipt or patient number, reference) stays on one line: read out, a code
    split across two lines is misread."""
    return "" if any(c.isspace() for c in value) else " style='white-space:nowrap'"


def _rows(rows: list[tuple[str, str]], paper: Paper) -> str:
    """Label and value; fixed column widths, since widths Qt measures on screen can leave
    a receipt number a hair too wide for its cell on the printer, split across two lines."""
    left = _SHEETS[paper].label_percent
    cells = "".join(
        f"<tr><td width='{left}%'><b>{escape(label)}</b></td>"
        f"<td width='{100 - left}%'{_nowrap(value)}>{escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"<table cellpadding='3' width='100%'>{cells}</table>"


def appointment_slip_html(
    appt: DayAppointment,
    hospital_name: str,
    *,
    address: str | None = None,
    phone: str | None = None,
    paper: Paper = Paper.A5,
) -> str:
    rows = [
        (translate("printing", "Patient"), appt.patient_name),
        (translate("printing", "Patient no."), appt.patient_number),
        (translate("printing", "With"), appt.provider),
        (translate("printing", "When"), format_datetime(appt.starts_at)),
    ]
    note = translate("printing", "Please arrive 15 minutes early and bring this slip.")
    slip_title = translate("printing", "Appointment slip")
    return (
        f"{_header(hospital_name, address, phone, paper)}"
        f"<h3>{escape(slip_title)}</h3>{_rows(rows, paper)}<p>{escape(note)}</p>"
    )


def method_label(method: PaymentMethod) -> str:
    labels = {
        "cash": translate("printing", "Cash"),
        "pos": translate("printing", "POS (card)"),
        "transfer": translate("printing", "Bank transfer"),
        "hmo": translate("printing", "HMO"),
        "nhia": translate("printing", "NHIA"),
    }
    return labels[method.value]


def _receipt_rows(receipt: Receipt) -> list[tuple[str, str]]:
    rows = [
        (translate("printing", "Receipt no."), receipt.receipt_number),
        (translate("printing", "Date"), format_datetime(receipt.received_at)),
        (translate("printing", "Patient"), receipt.patient_name),
        (translate("printing", "Patient no."), receipt.patient_number),
        (
            translate("printing", "Paid for"),
            receipt.description or translate("printing", "Hospital services"),
        ),
        (translate("printing", "Amount"), receipt.amount.format()),
        (translate("printing", "In words"), amount_in_words(receipt.amount)),
        (translate("printing", "Paid by"), method_label(receipt.method)),
    ]
    if receipt.reference:
        rows.append((translate("printing", "Reference"), receipt.reference))
    if receipt.reverses:
        rows.append((translate("printing", "Reverses receipt"), receipt.reverses))
        rows.append((translate("printing", "Reason"), receipt.note or ""))
    if receipt.cashier:
        rows.append((translate("printing", "Cashier"), receipt.cashier))
    return rows


def payment_receipt_html(receipt: Receipt, paper: Paper = Paper.A5) -> str:
    """A receipt the patient keeps: who paid how much for what, how, when (Lagos time), to whom.

    The amount is written in figures and in words, so a figure changed by hand shows.
    """
    title = (
        translate("printing", "Payment reversal")
        if receipt.reverses
        else translate("printing", "Payment receipt")
    )
    header = _header(receipt.hospital_name, receipt.hospital_address, receipt.hospital_phone, paper)
    thanks = translate("printing", "Thank you. Please keep this receipt.")
    return (
        f"{header}<h3 align='center'>{escape(title)}</h3>{_rows(_receipt_rows(receipt), paper)}"
        f"<p>{escape(thanks)}</p><p align='center' style='font-size:small'>GrandPro CRM</p>"
    )


def _document(html: str, paper: Paper) -> QTextDocument:
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSize(_SHEETS[paper].font_pt)
    document.setDefaultFont(font)
    logo = QIcon(str(resource_path("icons", "app.svg"))).pixmap(256, 256).toImage()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), logo)
    document.setHtml(html)
    return document


def _page_size(document: QTextDocument, paper: Paper) -> QPageSize:
    """A5 as it is; a roll page as long as the receipt laid out at the roll's width."""
    if paper is Paper.A5:
        return QPageSize(QPageSize.PageSizeId.A5)
    sheet = _SHEETS[paper]
    document.setPageSize(QSizeF((sheet.width_mm - 2 * sheet.margin_mm) * _PT_PER_MM, 10**6))
    height_mm = document.documentLayout().documentSize().height() / _PT_PER_MM
    length = max(_MIN_ROLL_MM, round(height_mm + 2 * sheet.margin_mm + 2))
    return QPageSize(QSizeF(sheet.width_mm, length), QPageSize.Unit.Millimeter, "80 mm roll")


def _printer(document: QTextDocument, paper: Paper) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(_page_size(document, paper))
    margin = _SHEETS[paper].margin_mm
    printer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    return printer


def _print(document: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's page itself.

    Left to choose, ``QTextDocument.print_`` adds 2 cm margins of its own and
    page numbers, which on an 80 mm roll leaves a column 40 mm wide.
    """
    document.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    document.print_(printer)


def save_pdf(html: str, path: Path, paper: Paper = Paper.A5) -> Path:
    """Render a slip or receipt to a PDF file (no printer needed)."""
    document = _document(html, paper)
    printer = _printer(document, paper)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _print(document, printer)
    return path


def print_with_dialog(html: str, parent: QWidget, paper: Paper = Paper.A5) -> bool:
    """Let the user choose a printer (or "Print to PDF"); False when they cancel."""
    document = _document(html, paper)
    printer = _printer(document, paper)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _print(document, printer)
    return True
