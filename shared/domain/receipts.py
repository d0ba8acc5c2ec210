"""Receipt numbers a cashier can read out: ``LKK0-2026-000123``.

The number is the desk's device prefix, the Lagos year the payment was
taken in, and that desk's running count for the year. Device prefixes are
unique (the server registers each PC with its own), so desks of one
hospital working offline never hand out the same number without asking
anyone, the way patient numbers are made (``format_patient_number``). The
count restarts each January, keeping the number short.

A desk takes the next count from the highest number with its prefix and
year it holds, pulled rows included, so a desk restored from an old backup
continues after what it had already pushed once it has synced. The server
keeps each number unique per hospital (a partial unique index) and refuses
a pushed payment whose number is taken, naming the number.

Payments taken before numbers existed have none; their receipts keep the
old id-derived number (:func:`shared.domain.payments.receipt_number`).
"""

from __future__ import annotations

import re

from shared.domain.patients import check_device_prefix
from shared.errors import FieldValidationError

#: The highest count one desk reaches in a year: one receipt every 32 seconds, day and
#: night. A fixed six digits keeps the numbers in order as text, so the next one is an
#: index lookup.
MAX_SEQUENCE = 999_999

_NUMBER = re.compile(r"^(?P<prefix>[A-Z0-9]{2,6})-(?P<year>\d{4})-(?P<seq>\d{6})$")


def format_receipt_number(prefix: str, year: int, sequence: int) -> str:
    """``LKK0-2026-000123``: prefix, Lagos year, the desk's count for that year."""
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise FieldValidationError("receipt_number", "the count must be a positive whole number")
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 9999:
        raise FieldValidationError("receipt_number", "the year must have four digits")
    if sequence > MAX_SEQUENCE:
        raise FieldValidationError("receipt_number", "this desk has run out of numbers this year")
    return f"{check_device_prefix(prefix)}-{year}-{sequence:06d}"


def parse_receipt_number(number: str) -> tuple[str, int, int]:
    """``(prefix, year, count)``; anything else is refused, naming the receipt number."""
    match = _NUMBER.match(number or "")
    if match is None:
        raise FieldValidationError(
            "receipt_number", f"{number!r} is not a receipt number (like LKK0-2026-000123)"
        )
    return match["prefix"], int(match["year"]), int(match["seq"])


def number_range(prefix: str, year: int) -> tuple[str, str]:
    """``(low, high)``: one desk's numbers in one year are ``low <= n < high`` as text.

    A range rather than ``LIKE``, so SQLite and PostgreSQL both seek the index.
    """
    low = f"{check_device_prefix(prefix)}-{year}-"
    return low, low[:-1] + chr(ord("-") + 1)
