"""Spreadsheet cells that cannot run as formulas (OWASP "CSV injection").

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``,
``+``, ``-`` or ``@`` (and some strip a leading tab or carriage return
first) as a formula, so a hospital named ``=HYPERLINK("http://x","y")``
would become a live link in an owner's statement. Every export writer
passes its text cells through :func:`safe_cell`, which prefixes such text
with a single quote so it shows as typed. Numbers stay numbers: a numeric
value, or text that is a plain decimal like ``-12.50`` (a negative amount),
is not a formula and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")

Cell = str | int | Decimal | float | None


def safe_cell(value: Cell) -> Cell:
    """The value, or the text with a leading quote if a spreadsheet would run it."""
    if not isinstance(value, str) or not value.startswith(FORMULA_START):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(row: Iterable[Cell]) -> list[Cell]:
    return [safe_cell(value) for value in row]
