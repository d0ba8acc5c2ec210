"""Rewards: which are offered, redeeming one, and the code that pays for one payment.

:func:`redeem` is the one redemption command: the desk and the REST API both
call it, and a desk's pushed redemption is checked against the same
:func:`check_offered` on the server (``sync_server.loyalty.push_hooks``),
where the stock other desks have taken is known. A reward may be limited
(``stock``, how many in all) and dated (``valid_until``, the last Lagos day
it may be redeemed).

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
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from shared.clock import format_date, to_lagos, utcnow
from shared.db.base import new_id
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyRedemption,
    LoyaltyReward,
    Patient,
    RevenueEntry,
)
from shared.db.queries.loyalty import ledger_query
from shared.domain.enums import LedgerKind, RedemptionStatus
from shared.domain.loyalty import check_redeemable
from shared.domain.writer import Reader, Writer
from shared.errors import ConflictError, FieldValidationError, NotFoundError

#: Crockford's base 32: no I, L, O or U, so a code read aloud is not misheard.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})


@dataclass(frozen=True, slots=True)
class Redeemed:
    """A redemption made: the balance left, and the code the patient shows the cashier."""

    balance: int
    code: str
    reward: LoyaltyReward
    redemption: LoyaltyRedemption


def rewards_query(hospital_id: uuid.UUID | None) -> sa.Select[tuple[LoyaltyReward]]:
    """The live rewards of a hospital (its own and the network's), cheapest first."""
    query = sa.select(LoyaltyReward).where(
        LoyaltyReward.active.is_(True), LoyaltyReward.deleted_at.is_(None)
    )
    if hospital_id is not None:
        query = query.where(
            sa.or_(LoyaltyReward.hospital_id == hospital_id, LoyaltyReward.hospital_id.is_(None))
        )
    return query.order_by(LoyaltyReward.points_cost, LoyaltyReward.name)


def taken(reader: Reader, reward: LoyaltyReward) -> int:
    """How many of a limited reward have been redeemed (0 for one without a stock)."""
    if reward.stock is None:
        return 0
    query = sa.select(LoyaltyRedemption).where(
        LoyaltyRedemption.reward_id == reward.id,
        LoyaltyRedemption.status == RedemptionStatus.COMPLETED,
        LoyaltyRedemption.deleted_at.is_(None),
    )
    return len(reader.select(query))


def offered_problem(reward: LoyaltyReward, taken: int, now: dt.datetime) -> str | None:
    """Why the reward cannot be redeemed now, in words (None: it can)."""
    if reward.valid_until is not None and to_lagos(now).date() > reward.valid_until:
        return f"{reward.name} was offered until {format_date(reward.valid_until)}"
    if reward.stock is not None and taken >= reward.stock:
        return f"{reward.name}: none left"
    return None


def check_offered(reward: LoyaltyReward, taken: int, now: dt.datetime) -> None:
    problem = offered_problem(reward, taken, now)
    if problem is not None:
        raise ConflictError(problem, field="reward_id")


def offered(reader: Reader, hospital_id: uuid.UUID | None, now: dt.datetime) -> list[LoyaltyReward]:
    """The rewards a patient of the hospital may choose today."""
    return [
        r
        for r in reader.select(rewards_query(hospital_id))
        if offered_problem(r, taken(reader, r), now) is None
    ]


def redeem(
    writer: Writer, *, patient_id: uuid.UUID, reward_id: uuid.UUID, now: dt.datetime | None = None
) -> Redeemed:
    """Spend points on a reward: offered today, covered by what the patient can spend now."""
    when = now or utcnow()
    patient = live_patient(writer, patient_id)
    reward = reward_to_redeem(writer, patient, reward_id, when)
    entries: Sequence[LoyaltyLedgerEntry] = writer.select(ledger_query(patient.id))
    left = check_redeemable(entries, reward.points_cost, when)
    entry = writer.insert(
        LoyaltyLedgerEntry,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind=LedgerKind.REDEEM,
        points=-reward.points_cost,
        reason=f"Redeemed: {reward.name}"[:200],
        reference_type="reward",
        reference_id=reward.id,
        occurred_at=when,
    )
    redemption = record_redemption(writer, patient, reward, entry, new_id(), when)
    return Redeemed(left, redemption.code or "", reward, redemption)


def live_patient(reader: Reader, patient_id: uuid.UUID) -> Patient:
    """The patient a redemption is for, refused if they no longer exist."""
    patient = reader.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient no longer exists.", field="patient")
    return patient


def reward_to_redeem(
    writer: Writer, patient: Patient, reward_id: uuid.UUID, when: dt.datetime
) -> LoyaltyReward:
    """The patient's hospital's reward, offered on ``when`` (in date, stock left)."""
    # The server's writer locks the reward, so two redemptions of the last one queue up.
    locked = writer.get(LoyaltyReward, reward_id)
    found = writer.select(rewards_query(patient.hospital_id).where(LoyaltyReward.id == reward_id))
    if locked is None or not found:
        raise NotFoundError("That reward is not one of this hospital's.", field="reward_id")
    reward = found[0]
    check_offered(reward, taken(writer, reward), when)
    return reward


def record_redemption(
    writer: Writer,
    patient: Patient,
    reward: LoyaltyReward,
    entry: LoyaltyLedgerEntry,
    redemption_id: uuid.UUID,
    when: dt.datetime,
) -> LoyaltyRedemption:
    """The redemption row, after the ledger entry that paid for it, with its code."""
    return writer.insert(
        LoyaltyRedemption,
        id=redemption_id,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        reward_id=reward.id,
        points=reward.points_cost,
        ledger_entry_id=entry.id,
        redeemed_at=when,
        code=redemption_code(redemption_id),
    )


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
