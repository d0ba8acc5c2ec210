"""Reward codes: what a redemption gives the patient, and using it on one payment.

A redemption's code is derived from its id (:func:`redemption_code`), so a
desk offline makes one without asking anyone, and the code is unique in
its hospital (a database constraint on both stores). The cashier types it
on the payment it pays for (:func:`use_code`); a code is good once. Two
desks offline can each take the same code: the row validator refuses the
second use wherever it arrives (``shared.sync.validators``), naming the
payment that has it.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from shared.clock import format_date, utcnow
from shared.db.models import LoyaltyRedemption, LoyaltyReward, RevenueEntry
from shared.domain.enums import RedemptionStatus
from shared.domain.writer import Writer
from shared.errors import FieldValidationError

#: Crockford's base 32: no I, L, O or U, so a code read aloud is not misheard.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})


def redemption_code(redemption_id: uuid.UUID) -> str:
    """``K7QM-3ZD9``: the id's last 40 bits, which are random in our ids."""
    bits = redemption_id.int & (2**40 - 1)
    chars = "".join(_ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(8)))
    return f"{chars[:4]}-{chars[4:]}"


def normalise_code(text: str) -> str:
    """The code as stored, from what a cashier typed (any case, spaces, I/L/O for 1/1/0)."""
    raw = "".join(text.split()).replace("-", "").upper().translate(_READ_AS)
    if len(raw) != 8 or any(c not in _ALPHABET for c in raw):
        raise FieldValidationError("reward_code", "is not a reward code (like K7QM-3ZD9)")
    return f"{raw[:4]}-{raw[4:]}"


def use_code(
    writer: Writer,
    *,
    hospital_id: uuid.UUID,
    code: str,
    payment: RevenueEntry,
    now: dt.datetime | None = None,
) -> LoyaltyReward:
    """Mark the redemption with ``code`` as used on ``payment``; returns its reward."""
    wanted = normalise_code(code)
    found = writer.select(
        sa.select(LoyaltyRedemption).where(
            LoyaltyRedemption.hospital_id == hospital_id,
            LoyaltyRedemption.code == wanted,
            LoyaltyRedemption.deleted_at.is_(None),
        )
    )
    if not found or found[0].status != RedemptionStatus.COMPLETED:
        raise FieldValidationError("reward_code", f"{wanted} is not a reward of this hospital")
    redemption = found[0]
    if redemption.patient_id != payment.patient_id:
        raise FieldValidationError("reward_code", f"{wanted} belongs to another patient")
    if redemption.used_on_id is not None:
        raise FieldValidationError("reward_code", used_message(redemption))
    writer.update(redemption, used_on_id=payment.id, used_at=now or utcnow())
    reward = writer.get(LoyaltyReward, redemption.reward_id)
    assert reward is not None  # the foreign key holds it
    return reward


def used_message(redemption: LoyaltyRedemption) -> str:
    when = f" on {format_date(redemption.used_at)}" if redemption.used_at else ""
    return f"{redemption.code} was already used{when}"
