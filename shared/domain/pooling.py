"""Family pooling: a household's points spent together, by the guardian's consent.

Where the loyalty program allows it (``pooling_allowed``), the patients of a
hospital who share a phone are a household, and an adult of it (18 or over
by date of birth) may be the guardian of a pool. Each member joins by the
guardian's consent, recorded with who recorded it (:func:`join_pool`, a
``loyalty_pool_members`` row); leaving is ``withdrawn_at`` (:func:`leave_pool`).
A patient is in one pool at a time.

A pooled redemption (:func:`redeem_from_pool`) pays for one member's reward
from the pool: the redeeming patient's spendable points first, then the
guardian's, then the other members' in the order they joined. Each patient
who pays gets a spend entry of their own, so every balance stays the sum of
that patient's ledger, and all of them name the one redemption
(``reference_type`` :data:`POOLED`, ``reference_id`` the redemption's id).
Nothing is written unless the pool covers the whole cost.

The desk and the REST API both call these commands; a desk's push is held
to the same rules by ``sync_server.loyalty.pool_hooks``: a pooled share is
refused unless its patient is in a live pool of the hospital, and the
redemption unless every share is from its patient's pool and they add up.
When the server refuses a pooled redemption whose shares it accepted (one
member's share was refused, or the reward was withdrawn meanwhile), it
gives each accepted share back (:func:`return_refused_shares`), so a family
never loses points to a reward it did not get.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from shared.clock import to_lagos, utcnow
from shared.db.base import new_id
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyPoolMember,
    LoyaltyProgram,
    LoyaltyRedemption,
    Patient,
)
from shared.db.queries.loyalty import ledger_query, program_query
from shared.domain.earning import Earning, record
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import balance, spendable
from shared.domain.rewards import Redeemed, live_patient, record_redemption, reward_to_redeem
from shared.domain.writer import Reader, Writer
from shared.errors import ConflictError, FieldValidationError

#: The ``reference_type`` of every spend entry of a pooled redemption.
POOLED = "pooled_redemption"
#: A guardian is an adult.
GUARDIAN_AGE = 18


@dataclass(frozen=True, slots=True)
class Pool:
    """A guardian and the members who pool with them (live consents only)."""

    hospital_id: uuid.UUID
    guardian_id: uuid.UUID
    members: tuple[LoyaltyPoolMember, ...]

    @property
    def patient_ids(self) -> tuple[uuid.UUID, ...]:
        """The guardian, then the members in the order they joined."""
        return (self.guardian_id, *(m.member_id for m in self.members))


@dataclass(frozen=True, slots=True)
class Share:
    """What one patient of the pool pays towards a pooled redemption."""

    patient_id: uuid.UUID
    points: int


@dataclass(frozen=True, slots=True)
class PooledRedeemed:
    redeemed: Redeemed
    shares: tuple[Share, ...]


def _name(patient: Patient) -> str:
    return f"{patient.first_name} {patient.last_name}"


def pooling_allowed(reader: Reader, hospital_id: uuid.UUID) -> bool:
    """Whether the hospital's loyalty program lets households pool (off by default)."""
    found: Sequence[LoyaltyProgram] = reader.select(program_query(hospital_id))
    return bool(found and found[0].pooling_allowed)


def check_allowed(reader: Reader, hospital_id: uuid.UUID) -> None:
    if not pooling_allowed(reader, hospital_id):
        raise ConflictError(
            "this hospital's loyalty program does not allow family pooling", code="not_pooled"
        )


def household(reader: Reader, patient: Patient) -> list[Patient]:
    """The other live patients of the hospital on the patient's phone, by name."""
    if patient.phone is None:
        return []
    query = (
        sa.select(Patient)
        .where(
            Patient.hospital_id == patient.hospital_id,
            Patient.phone == patient.phone,
            Patient.id != patient.id,
            Patient.deleted_at.is_(None),
        )
        .order_by(Patient.first_name, Patient.last_name, Patient.id)
    )
    return list(reader.select(query))


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years from ``born`` to ``day`` (a 29 February birthday counts on 1 March)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _live(query: sa.Select[tuple[LoyaltyPoolMember]]) -> sa.Select[tuple[LoyaltyPoolMember]]:
    return query.where(
        LoyaltyPoolMember.withdrawn_at.is_(None), LoyaltyPoolMember.deleted_at.is_(None)
    ).order_by(LoyaltyPoolMember.consented_at, LoyaltyPoolMember.id)


def _members_of(reader: Reader, guardian_id: uuid.UUID) -> tuple[LoyaltyPoolMember, ...]:
    query = sa.select(LoyaltyPoolMember).where(LoyaltyPoolMember.guardian_id == guardian_id)
    return tuple(reader.select(_live(query)))


def pool_of(reader: Reader, patient_id: uuid.UUID) -> Pool | None:
    """The live pool the patient is in, as its guardian or a member (None: no pool)."""
    joined = reader.select(
        _live(sa.select(LoyaltyPoolMember).where(LoyaltyPoolMember.member_id == patient_id))
    )
    guardian_id = joined[0].guardian_id if joined else patient_id
    members = _members_of(reader, guardian_id)
    if not members:
        return None
    return Pool(members[0].hospital_id, guardian_id, members)


def check_join(reader: Reader, guardian: Patient, member: Patient, today: dt.date) -> None:
    """Same hospital, one household (phone), an adult guardian, nobody in two pools."""
    if member.id == guardian.id:
        raise FieldValidationError("member_id", "the guardian holds the pool already")
    if member.hospital_id != guardian.hospital_id:
        raise FieldValidationError("member_id", "is a patient of another hospital")
    check_allowed(reader, guardian.hospital_id)
    if guardian.phone is None or member.phone != guardian.phone:
        raise FieldValidationError(
            "member_id",
            f"{_name(member)} does not share {_name(guardian)}'s phone, so is not of the household",
        )
    born = guardian.date_of_birth
    if born is None or age_on(born, today) < GUARDIAN_AGE:
        raise FieldValidationError(
            "guardian_id",
            f"{_name(guardian)} cannot consent as guardian: a guardian is {GUARDIAN_AGE} or over"
            + ("" if born is not None else " (no date of birth recorded)"),
        )
    guardians_pool = pool_of(reader, guardian.id)
    if guardians_pool is not None and guardians_pool.guardian_id != guardian.id:
        raise FieldValidationError("guardian_id", f"{_name(guardian)} pools in another family")
    members_pool = pool_of(reader, member.id)
    if members_pool is not None:
        raise FieldValidationError("member_id", f"{_name(member)} is in a family pool already")


def join_pool(
    writer: Writer,
    *,
    guardian_id: uuid.UUID,
    member_id: uuid.UUID,
    recorded_by_id: uuid.UUID | None,
    now: dt.datetime | None = None,
) -> LoyaltyPoolMember:
    """Record the guardian's consent that ``member`` pools points with them."""
    if recorded_by_id is None:
        raise FieldValidationError("recorded_by_id", "sign in to record a consent")
    when = now or utcnow()
    guardian = live_patient(writer, guardian_id)
    member = live_patient(writer, member_id)
    check_join(writer, guardian, member, to_lagos(when).date())
    return writer.insert(
        LoyaltyPoolMember,
        hospital_id=guardian.hospital_id,
        guardian_id=guardian.id,
        member_id=member.id,
        consented_at=when,
        recorded_by_id=recorded_by_id,
    )


def leave_pool(
    writer: Writer, *, patient_id: uuid.UUID, now: dt.datetime | None = None
) -> list[LoyaltyPoolMember]:
    """Withdraw a member's consent; a guardian withdrawing ends the whole pool."""
    pool = pool_of(writer, patient_id)
    if pool is None:
        raise ConflictError("is not in a family pool", field="patient_id", code="not_pooled")
    when = now or utcnow()
    leaving = [m for m in pool.members if patient_id in (m.member_id, pool.guardian_id)]
    return [writer.update(row, withdrawn_at=when) for row in leaving]


def split(cost: int, available: Sequence[tuple[uuid.UUID, int]]) -> tuple[Share, ...]:
    """Who pays what, in ``available``'s order, each up to what they may spend now.

    Refused, naming the shortfall, when the pool's points together are too few.
    """
    if cost <= 0:
        raise FieldValidationError("points", "must be a positive whole number")
    total = sum(max(points, 0) for _, points in available)
    if total < cost:
        raise ConflictError(
            f"the family pool needs {cost:,} points but only {total:,} are available"
            f" ({cost - total:,} short)",
            field="reward_id",
            code="insufficient_points",
        )
    shares, left = [], cost
    for patient_id, points in available:
        paid = min(max(points, 0), left)
        if paid:
            shares.append(Share(patient_id, paid))
            left -= paid
    return tuple(shares)


def _ledger(reader: Reader, patient_id: uuid.UUID) -> Sequence[LoyaltyLedgerEntry]:
    return reader.select(ledger_query(patient_id))


def payers(pool: Pool, patient_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
    """The order a pool pays in: the redeeming patient, the guardian, members as they joined."""
    return (patient_id, *(p for p in pool.patient_ids if p != patient_id))


def redeem_from_pool(
    writer: Writer,
    *,
    patient_id: uuid.UUID,
    reward_id: uuid.UUID,
    now: dt.datetime | None = None,
) -> PooledRedeemed:
    """Pay for ``patient``'s reward from their family pool: all of it or nothing."""
    when = now or utcnow()
    patient = live_patient(writer, patient_id)
    check_allowed(writer, patient.hospital_id)
    pool = pool_of(writer, patient.id)
    if pool is None:
        raise ConflictError(
            f"{_name(patient)} is not in a family pool", field="patient_id", code="not_pooled"
        )
    reward = reward_to_redeem(writer, patient, reward_id, when)
    available = [
        (payer, spendable(_ledger(writer, payer), when)) for payer in payers(pool, patient.id)
    ]
    shares = split(reward.points_cost, available)
    redemption_id = new_id()
    entries = []
    for share in shares:
        payer = live_patient(writer, share.patient_id)
        reason = (
            f"Redeemed from the family pool: {reward.name}"
            if payer.id == patient.id
            else f"Family pool: {reward.name} for {_name(patient)}"
        )
        entries.append(
            writer.insert(
                LoyaltyLedgerEntry,
                hospital_id=patient.hospital_id,
                patient_id=payer.id,
                kind=LedgerKind.REDEEM,
                points=-share.points,
                reason=reason[:200],
                reference_type=POOLED,
                reference_id=redemption_id,
                occurred_at=when,
            )
        )
    redemption = record_redemption(writer, patient, reward, entries[0], redemption_id, when)
    left = balance(_ledger(writer, patient.id))
    return PooledRedeemed(Redeemed(left, redemption.code or "", reward, redemption), shares)


def check_share(reader: Reader, *, hospital_id: uuid.UUID, patient_id: uuid.UUID) -> Pool:
    """A pooled share is paid only by a patient in a live pool of a hospital that allows it."""
    check_allowed(reader, hospital_id)
    pool = pool_of(reader, patient_id)
    if pool is None or pool.hospital_id != hospital_id:
        raise ConflictError(
            "these points are paid from a family pool the patient is not in", code="not_pooled"
        )
    return pool


def check_pooled_redemption(
    reader: Reader, *, patient_id: uuid.UUID, points: int, shares: Sequence[Share]
) -> None:
    """Every share is from the redeeming patient's pool, and together they pay the cost."""
    pool = pool_of(reader, patient_id)
    members = set(pool.patient_ids) if pool is not None else set()
    if any(share.patient_id not in members for share in shares):
        raise ConflictError(
            "this reward is paid from a family pool its patient is not in", code="not_pooled"
        )
    paid = sum(share.points for share in shares)
    if paid != points:
        raise ConflictError(
            f"the family pool paid {paid:,} of the reward's {points:,} points",
            code="insufficient_points",
        )


def returned_share(share: LoyaltyLedgerEntry) -> Earning:
    """The entry that gives back one share of a pooled redemption that was refused.

    Its source key names the share, so it is written once however often the
    refusal is seen, and every store derives the same id.
    """
    return Earning(
        f"pool-share:{share.id}:returned",
        share.hospital_id,
        share.patient_id,
        LedgerKind.ADJUST,
        -share.points,
        "Returned: the family pool's reward was refused at sync",
        utcnow(),
        reference_type="loyalty_ledger",
        reference_id=share.id,
    )


def return_refused_shares(writer: Writer, redemption_id: uuid.UUID) -> list[LoyaltyLedgerEntry]:
    """Give back every share already spent for a pooled redemption that does not exist.

    Called when the server refuses the redemption: its shares were pushed
    first, each checked on its own, and those that passed would otherwise
    stay spent on nothing. A redemption the server holds keeps its shares.
    """
    if writer.get(LoyaltyRedemption, redemption_id) is not None:
        return []
    shares = writer.select(
        sa.select(LoyaltyLedgerEntry).where(
            LoyaltyLedgerEntry.reference_type == POOLED,
            LoyaltyLedgerEntry.reference_id == redemption_id,
            LoyaltyLedgerEntry.kind == LedgerKind.REDEEM,
            LoyaltyLedgerEntry.deleted_at.is_(None),
        )
    )
    return record(writer, [returned_share(share) for share in shares])
