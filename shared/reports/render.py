"""Render a :class:`~shared.reports.statement.Statement` to PDF, CSV and Excel.

The PDF goes Jinja2 template -> HTML subset -> fpdf2. The bundled DejaVu Sans
font is embedded because the core PDF fonts are Latin-1 only and cannot draw
₦ or GH₵. Both programs (server e-mail attachment, desktop offline view) call
these same functions.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from functools import cache

import jinja2
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font

from shared.clock import format_date
from shared.domain.payouts import period_first_day
from shared.reports.cells import safe_row
from shared.reports.statement import Statement, statement_rows
from shared.resources import resource_path

TEMPLATE_DIR = resource_path("templates", "reports")
FONT_DIR = TEMPLATE_DIR / "fonts"
BRAND = "GrandPro"
_BRAND_RGB = (0, 84, 147)
_METHOD_LABELS = {
    "cash": "Cash",
    "pos": "POS",
    "transfer": "Bank transfer",
    "hmo": "HMO",
    "nhia": "NHIA",
}


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def period_label(period: str) -> str:
    """ "2026-11" -> "November 2026"."""
    return f"{period_first_day(period):%B %Y}"


def render_html(statement: Statement) -> str:
    """The statement as the HTML subset fpdf2 understands."""
    return (
        _environment()
        .get_template("statement.html.j2")
        .render(
            s=statement,
            money=statement.money,
            method_label=lambda method: _METHOD_LABELS.get(method, method),
            period_label=period_label(statement.period),
            issued=format_date(statement.generated_at),
        )
    )


class _StatementPdf(FPDF):
    """A4 pages with the GrandPro header band and a page-numbered footer."""

    def __init__(self, title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_title(title)
        self.set_author(BRAND)
        self.set_auto_page_break(auto=True, margin=18)

    def header(self) -> None:
        self.set_fill_color(*_BRAND_RGB)
        self.rect(0, 0, self.w, 22, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 16)
        self.set_xy(self.l_margin, 6)
        self.cell(0, 10, f"{BRAND} Health Partners", align="L")
        self.set_font("DejaVu", "", 9)
        self.set_xy(self.l_margin, 6)
        self.cell(0, 10, "Owner payout statement", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(28)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"Page {self.page_no()}/{{nb}}", align="C")


def render_pdf(statement: Statement) -> bytes:
    """A print-quality A4 PDF of the statement."""
    pdf = _StatementPdf(f"{BRAND} payout statement {statement.period}")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    pdf.write_html(render_html(statement), font_family="DejaVu")
    return bytes(pdf.output())


def render_csv(statement: Statement) -> str:
    """One row per hospital plus a TOTAL row, amounts in major units without symbols.

    Text cells go through ``safe_row``: a hospital name must never run as a formula.
    """
    buffer = io.StringIO()
    rows = (safe_row(row) for row in statement_rows(statement))
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def render_xlsx(statement: Statement) -> bytes:
    """The CSV table as a workbook; amounts are exact decimals so owners can sum them.

    openpyxl stores any text starting with ``=`` as a formula, so text cells go
    through ``safe_row`` like the CSV's.
    """
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = statement.period
    numeric = {2, 3, 4, 6, 7}
    for index, row in enumerate(statement_rows(statement)):
        if index == 0:
            sheet.append(safe_row(row))
            continue
        sheet.append(safe_row(Decimal(v) if i in numeric else v for i, v in enumerate(row)))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in "CDEGH":
        for cell in sheet[column][1:]:
            cell.number_format = "#,##0.00"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


#: format -> (renderer, media type): every way a statement leaves the program.
FORMATS: dict[str, tuple[Callable[[Statement], bytes | str], str]] = {
    "pdf": (render_pdf, "application/pdf"),
    "csv": (render_csv, "text/csv; charset=utf-8"),
    "xlsx": (render_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def export(statement: Statement, fmt: str) -> bytes:
    """The statement as file bytes, so the server's download and a desktop's save are one code."""
    body = FORMATS[fmt][0](statement)
    return body.encode("utf-8") if isinstance(body, str) else body
