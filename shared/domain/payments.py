"""Payment rules shared by the desk and the server: receipt labels and reversals.

A payment is an append-only revenue entry; a mistake is corrected by a
negative entry that names the one it reverses. A payment is reversed at most
once and a reversal is never itself reversed, wherever the reversal is
written: the desk checks its own copy of the ledger, and the server checks
again when the reversal arrives, because two desks offline can each reverse
the same payment.
"""

from __future__ import annotations

import uuid

from shared.errors import ConflictError, FieldValidationError


def receipt_number(entry_id: uuid.UUID) -> str:
    """``R0192F3A1-9F1A2B3C``: unique across desks without a shared counter.

    The first half is the high bits of the UUIDv7 timestamp, the second half
    its random tail, so two receipts share a number only if they were taken
    in the same minute *and* drew the same 32 random bits.
    """
    digits = entry_id.hex.upper()
    return f"R{digits[:8]}-{digits[-8:]}"


def receipt_label(number: str | None, entry_id: uuid.UUID) -> str:
    """The number a receipt shows: its own (``LKK0-2026-000123``), or the old id-derived one.

    Payments taken before receipts were numbered per desk carry no number.
    """
    return number or receipt_number(entry_id)


class AlreadyReversedError(ConflictError):
    """The payment has a reversal already; ``earlier`` is that reversal's entry id.

    ``number`` is the reversal's receipt number, when it has one.
    """

    def __init__(self, earlier: uuid.UUID, number: str | None = None) -> None:
        self.receipt = receipt_label(number, earlier)
        super().__init__(
            f"was already reversed (receipt {self.receipt})",
            field="payment",
            code="already_reversed",
        )
        self.earlier = earlier


def check_reversible(
    *,
    original_reverses_id: uuid.UUID | None,
    earlier: uuid.UUID | None,
    earlier_number: str | None = None,
) -> None:
    """Refuse reversing a reversal, or a payment that ``earlier`` already reverses."""
    if original_reverses_id is not None:
        raise FieldValidationError("payment", "is itself a reversal; take the payment again")
    if earlier is not None:
        raise AlreadyReversedError(earlier, earlier_number)
