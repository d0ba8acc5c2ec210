"""One reversal per payment, however many desks reverse it offline.

Each desk refuses a second reversal of a payment it knows was reversed, but
two desks offline each see an unreversed payment. The server locks the
original entry before it looks for an earlier reversal, so of two reversals
pushed at once the second waits and then finds the first; the unique index
on ``revenue_entries.reverses_id`` is the last line of defence. The refusal
names the reversal that was kept, so the desk can show which receipt stands.

A pushed receipt number already used in the hospital is refused by name:
desks number receipts with their own device prefix, so only a desk copying
another's prefix (or a restored backup that never synced) can repeat one.
The unique index on ``(hospital_id, receipt_number)`` is the last line of
defence there too.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import RevenueEntry
from shared.domain.access import Principal
from shared.domain.payments import AlreadyReversedError, check_reversible
from sync_server.sync import rules


def register_push_hooks() -> None:
    rules.register(RevenueEntry.__tablename__, before_insert=refuse_second_reversal)
    rules.register(RevenueEntry.__tablename__, before_insert=refuse_taken_receipt_number)


def refuse_taken_receipt_number(
    session: Session, _principal: Principal, values: dict[str, Any]
) -> None:
    """Refuse a payment whose receipt number another payment of the hospital carries."""
    number = values.get("receipt_number")
    if number is None:
        return
    taken = session.scalar(
        sa.select(RevenueEntry.id)
        .where(
            RevenueEntry.hospital_id == values.get("hospital_id"),
            RevenueEntry.receipt_number == number,
        )
        .limit(1)
    )
    if taken is not None:
        raise rules.MutationRejectedError(
            "receipt_number_taken",
            f"Receipt no. {number} is already used by another payment of this hospital.",
            field="receipt_number",
        )


def refuse_second_reversal(session: Session, _principal: Principal, values: dict[str, Any]) -> None:
    """Refuse a reversal of a reversal, or of a payment another entry already reverses."""
    original_id = values.get("reverses_id")
    if original_id is None:
        return
    original = session.get(RevenueEntry, original_id, with_for_update=True)
    if original is None:  # refused by the foreign key, with the database's own message
        return
    earlier = session.execute(
        sa.select(RevenueEntry.id, RevenueEntry.receipt_number)
        .where(RevenueEntry.reverses_id == original_id)
        .limit(1)
    ).first()
    try:
        check_reversible(
            original_reverses_id=original.reverses_id,
            earlier=earlier.id if earlier else None,
            earlier_number=earlier.receipt_number if earlier else None,
        )
    except AlreadyReversedError as exc:
        raise rules.MutationRejectedError(
            "already_reversed",
            f"This payment was already reversed at another desk (receipt {exc.receipt}).",
            field="reverses_id",
        ) from None
