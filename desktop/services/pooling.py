"""Family pooling at the front desk, offline: the household's pool, consents, pooled redemptions.

The loyalty tab shows this for a patient with a household (another patient
of the hospital on the same phone) when the program allows pooling. Every
rule is :mod:`shared.domain.pooling`'s, which the REST API runs too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Patient
from shared.db.queries.loyalty import ledger_entries
from shared.domain import pooling
from shared.domain.loyalty import spendable
from shared.domain.writer import SessionReader
from shared.errors import NotFoundError


@dataclass(frozen=True, slots=True)
class PoolPerson:
    patient_id: uuid.UUID
    name: str
    spendable: int
    guardian: bool = False


@dataclass(frozen=True, slots=True)
class PoolCard:
    """What the tab shows: the pool's people and points, and who could join."""

    #: Who pools with the patient, the guardian first (empty: no pool yet).
    members: tuple[PoolPerson, ...]
    #: The household's other patients not in the pool, who could join it.
    household: tuple[PoolPerson, ...]
    #: Whose consent adds someone: the pool's guardian, or this patient if no pool yet.
    guardian_id: uuid.UUID

    @property
    def combined(self) -> int:
        return sum(person.spendable for person in self.members)

    @property
    def pooled(self) -> bool:
        return bool(self.members)

    def pools(self, patient_id: uuid.UUID) -> bool:
        """Whether ``patient_id`` is in this pool (and so may leave it)."""
        return any(person.patient_id == patient_id for person in self.members)


def _person(session: Session, patient: Patient, now: dt.datetime, guardian: bool) -> PoolPerson:
    points = spendable(ledger_entries(session, patient.id), now)
    return PoolPerson(patient.id, f"{patient.first_name} {patient.last_name}", points, guardian)


def pool_card(
    session: Session, *, patient_id: uuid.UUID, now: dt.datetime | None = None
) -> PoolCard | None:
    """The pool section of the tab, or None when there is none to show.

    None when the program does not allow pooling or the patient has no
    household (nobody else of the hospital on their phone).
    """
    reader = SessionReader(session)
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient no longer exists.")
    if not pooling.pooling_allowed(reader, patient.hospital_id):
        return None
    others = pooling.household(reader, patient)
    if not others:
        return None
    when = now or utcnow()
    pool = pooling.pool_of(reader, patient.id)
    guardian_id = pool.guardian_id if pool is not None else patient.id
    in_pool = pool.patient_ids if pool is not None else ()
    everyone = {p.id: p for p in (patient, *others)}
    for pid in in_pool:  # a member whose phone changed since still pools
        everyone.setdefault(pid, session.get_one(Patient, pid))
    members = tuple(_person(session, everyone[pid], when, pid == guardian_id) for pid in in_pool)
    household = tuple(
        _person(session, p, when, False)
        for p in (patient, *others)
        if p.id not in in_pool and p.id != guardian_id
    )
    return PoolCard(members, household, guardian_id)


def add_to_pool(
    writer: LocalWriter, *, guardian_id: uuid.UUID, member_id: uuid.UUID
) -> pooling.Pool:
    """Record the guardian's consent (as the signed-in person) that ``member`` pools with them."""
    pooling.join_pool(
        writer, guardian_id=guardian_id, member_id=member_id, recorded_by_id=writer.actor
    )
    pool = pooling.pool_of(writer, member_id)
    assert pool is not None  # just joined
    return pool


def leave_pool(writer: LocalWriter, *, patient_id: uuid.UUID) -> bool:
    """Withdraw the patient's consent; True when they were the guardian, which ends the pool."""
    pool = pooling.pool_of(writer, patient_id)
    pooling.leave_pool(writer, patient_id=patient_id)
    return pool is not None and pool.guardian_id == patient_id


def redeem_from_pool(
    writer: LocalWriter, *, patient_id: uuid.UUID, reward_id: uuid.UUID
) -> pooling.PooledRedeemed:
    return pooling.redeem_from_pool(writer, patient_id=patient_id, reward_id=reward_id)
