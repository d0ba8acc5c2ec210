"""One reversal per payment, however many desks reverse it offline.

Each desk refuses a second reversal of a payment it knows was reversed, but
two desks offline each see an unreversed payment. The server locks the
original entry before it looks for an earlier reversal, so of two reversals
pushed at once the second waits and then finds the first; the unique index
on ``revenue_entries.reverses_id`` is the last line of defence. The refusal
names the reversal that was kept, so the desk can show which receipt stands.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import RevenueEntry
from shared.domain.payments import AlreadyReversedError, check_reversible, receipt_number
from sync_server.sync import rules


def register_push_hooks() -> None:
    rules.register(RevenueEntry.__tablename__, before_insert=refuse_second_reversal)


def refuse_second_reversal(session: Session, values: dict[str, Any]) -> None:
    """Refuse a reversal of a reversal, or of a payment another entry already reverses."""
    original_id = values.get("reverses_id")
    if original_id is None:
        return
    original = session.get(RevenueEntry, original_id, with_for_update=True)
    if original is None:  # refused by the foreign key, with the database's own message
        return
    earlier = session.scalar(
        sa.select(RevenueEntry.id).where(RevenueEntry.reverses_id == original_id).limit(1)
    )
    try:
        check_reversible(original_reverses_id=original.reverses_id, earlier=earlier)
    except AlreadyReversedError as exc:
        raise rules.MutationRejectedError(
            "already_reversed",
            "This payment was already reversed at another desk "
            f"(receipt {receipt_number(exc.earlier)}).",
            field="reverses_id",
        ) from None
