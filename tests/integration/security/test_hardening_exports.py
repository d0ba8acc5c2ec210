"""A hospital named like a formula is exported as text, in CSV and in Excel.

The statement goes through ``export``, the one writer behind the server's
download and the desktop's saved copy.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from shared.reports.render import export
from shared.reports.statement import PayoutLine, Statement, build_statement

FORMULA = '=HYPERLINK("http://x","y")'


def _statement(*names: str) -> Statement:
    lines = [
        PayoutLine(name, "NGN", 1_000_000, -50_000, 95_000, 5_000, 850_000, 1000, "pending")
        for name in names
    ]
    return build_statement(
        owner_name="Eko Health Holdings",
        period="2026-10",
        currency="NGN",
        lines=lines,
        methods=[],
        history=[],
        generated_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    )


NAMES = [FORMULA, "+2348031234567 hotline", "-1+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\tTab"]


def test_formula_names_are_quoted_text_in_the_csv() -> None:
    rows = list(csv.reader(io.StringIO(export(_statement(*NAMES), "csv").decode())))
    assert sorted(row[0] for row in rows[1:-1]) == sorted("'" + name for name in NAMES)
    assert rows[1][3] == "-500.00"  # a negative amount is still a plain number


@pytest.mark.parametrize("name", NAMES)
def test_formula_names_are_quoted_text_cells_in_the_workbook(name: str) -> None:
    sheet = load_workbook(io.BytesIO(export(_statement(name), "xlsx"))).active
    assert sheet is not None
    cell = sheet["A2"]
    assert cell.data_type == "s"
    assert cell.value == "'" + name
    assert sheet["D2"].data_type == "n" and float(sheet["D2"].value) == -500.0
