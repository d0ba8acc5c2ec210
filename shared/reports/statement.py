"""An owner's payout statement for one period, built from plain rows.

The server (from PostgreSQL) and the desktop (offline, from its synced copy
of payouts and revenue summaries) both call :func:`build_statement` with the
same plain rows, so the statement an owner reads offline is the one the
server e-mails. No ORM objects, no Qt, no web framework here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from shared.domain.money import Money, check_currency
from shared.domain.payouts import check_period
from shared.errors import FieldValidationError


@dataclass(frozen=True, slots=True)
class PayoutLine:
    """One hospital's payout in the statement's period."""

    hospital_name: str
    currency: str
    gross_minor: int
    adjustments_minor: int
    fee_minor: int
    deductions_minor: int
    net_minor: int
    fee_bps: int
    status: str
    revenue_entry_count: int = 0


@dataclass(frozen=True, slots=True)
class MethodLine:
    """Revenue of the period by payment method (cash, POS, transfer, HMO, NHIA)."""

    method: str
    entry_count: int
    total_minor: int


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """An earlier period's totals, for the comparison table."""

    period: str
    gross_minor: int
    net_minor: int


@dataclass(frozen=True, slots=True)
class Totals:
    gross_minor: int
    adjustments_minor: int
    fee_minor: int
    deductions_minor: int
    net_minor: int


@dataclass(frozen=True, slots=True)
class Statement:
    owner_name: str
    period: str
    currency: str
    lines: tuple[PayoutLine, ...]
    methods: tuple[MethodLine, ...]
    history: tuple[HistoryLine, ...]
    totals: Totals
    generated_at: dt.datetime
    notes: tuple[str, ...] = field(default=())

    def money(self, minor: int) -> str:
        """The owner's currency formatting (₦1,250.00, GH₵1,250.00)."""
        return Money(minor, self.currency).format()


def _totals(lines: tuple[PayoutLine, ...]) -> Totals:
    return Totals(
        gross_minor=sum(line.gross_minor for line in lines),
        adjustments_minor=sum(line.adjustments_minor for line in lines),
        fee_minor=sum(line.fee_minor for line in lines),
        deductions_minor=sum(line.deductions_minor for line in lines),
        net_minor=sum(line.net_minor for line in lines),
    )


def build_statement(
    *,
    owner_name: str,
    period: str,
    currency: str,
    lines: list[PayoutLine],
    methods: list[MethodLine],
    history: list[HistoryLine],
    generated_at: dt.datetime,
) -> Statement:
    """Check the rows belong together and add them up.

    Every line must be in the statement's currency: totals across NGN and GHS
    would be meaningless, so an owner with both gets one statement per currency.
    """
    currency = check_currency(currency)
    for line in lines:
        if line.currency != currency:
            raise FieldValidationError(
                "currency", f"{line.hospital_name} is paid in {line.currency}, not {currency}"
            )
    frozen = tuple(sorted(lines, key=lambda line: line.hospital_name))
    adjusted = [line.hospital_name for line in frozen if line.adjustments_minor]
    notes = tuple(
        f"{name}: includes revenue recorded after an earlier period was settled."
        for name in adjusted
    )
    return Statement(
        owner_name=owner_name,
        period=check_period(period),
        currency=currency,
        lines=frozen,
        methods=tuple(sorted(methods, key=lambda m: -m.total_minor)),
        history=tuple(sorted(history, key=lambda h: h.period)),
        totals=_totals(frozen),
        generated_at=generated_at,
        notes=notes,
    )


CSV_HEADER = (
    "hospital",
    "currency",
    "gross",
    "adjustments",
    "fee",
    "fee_percent",
    "deductions",
    "net",
    "status",
)


def _major(minor: int) -> str:
    """Plain decimal for spreadsheets: 1250050 -> "12500.50" (no symbol, no commas)."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}"


def statement_rows(statement: Statement) -> list[tuple[str, ...]]:
    """The statement as a table (header, one row per hospital, a TOTAL row)."""
    rows: list[tuple[str, ...]] = [CSV_HEADER]
    for line in statement.lines:
        rows.append(
            (
                line.hospital_name,
                line.currency,
                _major(line.gross_minor),
                _major(line.adjustments_minor),
                _major(line.fee_minor),
                f"{line.fee_bps / 100:.2f}",
                _major(line.deductions_minor),
                _major(line.net_minor),
                line.status,
            )
        )
    t = statement.totals
    rows.append(
        (
            "TOTAL",
            statement.currency,
            _major(t.gross_minor),
            _major(t.adjustments_minor),
            _major(t.fee_minor),
            "",
            _major(t.deductions_minor),
            _major(t.net_minor),
            "",
        )
    )
    return rows
