"""The statement built from plain rows: totals, currency rules, CSV and Excel exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from shared.errors import FieldValidationError
from shared.reports.render import render_csv, render_xlsx
from shared.reports.statement import (
    HistoryLine,
    MethodLine,
    PayoutLine,
    Statement,
    build_statement,
)


def _line(name: str, currency: str = "NGN", *, gross: int, adj: int = 0) -> PayoutLine:
    fee = (gross + adj) // 8
    return PayoutLine(
        name, currency, gross, adj, fee, 5_000, gross + adj - fee - 5_000, 1250, "pending"
    )


def _statement(currency: str = "NGN") -> Statement:
    return build_statement(
        owner_name="Adeyemi Holdings",
        period="2026-10",
        currency=currency,
        lines=[
            _line("Yaba Clinic", currency, gross=1_000_001),
            _line("Ikeja", currency, gross=7, adj=-3),
        ],
        methods=[MethodLine("cash", 2, 400_000), MethodLine("pos", 3, 600_008)],
        history=[HistoryLine("2026-09", 10, 5), HistoryLine("2026-08", 20, 9)],
        generated_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    )


def test_totals_are_the_sum_of_the_lines() -> None:
    s = _statement()
    assert s.totals.gross_minor == 1_000_008
    assert s.totals.net_minor == sum(line.net_minor for line in s.lines)
    assert [h.period for h in s.history] == ["2026-08", "2026-09"]
    assert s.notes and "Ikeja" in s.notes[0]


def test_mixed_currencies_are_refused() -> None:
    with pytest.raises(FieldValidationError) as err:
        build_statement(
            owner_name="x",
            period="2026-10",
            currency="NGN",
            lines=[_line("Accra", "GHS", gross=1)],
            methods=[],
            history=[],
            generated_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
        )
    assert err.value.field == "currency"


@pytest.mark.parametrize("currency", ["NGN", "GHS"])
def test_csv_total_row_equals_the_sum_of_hospital_rows(currency: str) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(_statement(currency)))))
    *hospitals, total = rows
    assert total["hospital"] == "TOTAL"
    for column in ("gross", "adjustments", "fee", "deductions", "net"):
        assert sum(Decimal(r[column]) for r in hospitals) == Decimal(total[column])
    assert Decimal(total["gross"]) == Decimal("10000.08")
    assert {r["currency"] for r in rows} == {currency}


def test_excel_export_holds_exact_amounts() -> None:
    sheet = load_workbook(io.BytesIO(render_xlsx(_statement()))).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "hospital"
    assert values[-1][0] == "TOTAL"
    assert Decimal(str(values[-1][2])) == Decimal("10000.08")
