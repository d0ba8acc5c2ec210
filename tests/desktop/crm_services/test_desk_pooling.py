"""Family pooling at the desk, offline: consent rules, and a pooled redemption paid in shares.

A household is patients of one hospital on one phone; the guardian (18 or
over) consents for each member, and a reward for one of them may then be
paid from the pool: the redeeming patient first, then the guardian, then the
others, one spend entry each, all or nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.pooling import add_to_pool, pool_card, redeem_from_pool
from desktop.store.writes import LocalWriter
from shared.clock import HybridLogicalClock
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyPoolMember,
    LoyaltyProgram,
    LoyaltyRedemption,
    LoyaltyReward,
    Patient,
)
from shared.db.queries.loyalty import ledger_entries
from shared.domain.enums import RewardKind, Role
from shared.domain.loyalty import balance
from shared.domain.pooling import POOLED, leave_pool
from shared.errors import ConflictError, FieldValidationError
from tests import factories

PHONE = "+2348035550101"
DEVICE = uuid.uuid4()


@dataclass(frozen=True)
class Family:
    mother: Patient
    son: Patient
    daughter: Patient
    stranger: Patient
    reward_id: uuid.UUID
    clerk_id: uuid.UUID


def _writer(session: Session, actor: uuid.UUID | None) -> LocalWriter:
    return LocalWriter(session, device_id=DEVICE, clock=HybridLogicalClock("desk1"), actor=actor)


@pytest.fixture
def family(sqlite_session: Session) -> Family:
    s = sqlite_session
    hospital = factories.hospital(s)
    clerk = factories.user(s, role=Role.FRONT_DESK, hospital_id=hospital.id)
    s.add(LoyaltyProgram(hospital_id=hospital.id, name="Care points", pooling_allowed=True))
    reward = LoyaltyReward(
        hospital_id=hospital.id, name="Free Blood Test", kind=RewardKind.DISCOUNT, points_cost=300
    )
    s.add(reward)

    def person(first: str, born: dt.date, points: int, phone: str = PHONE) -> Patient:
        patient = factories.patient(
            s, hospital_id=hospital.id, first_name=first, date_of_birth=born, phone=phone
        )
        factories.points(s, hospital_id=hospital.id, patient_id=patient.id, amount=points)
        return patient

    family = Family(
        person("Ngozi", dt.date(1985, 3, 2), 100),
        person("Obinna", dt.date(2014, 7, 9), 120),
        person("Adaeze", dt.date(2016, 1, 20), 150),
        person("Musa", dt.date(1980, 1, 1), 900, phone="+2348039990000"),
        reward.id,
        clerk.id,
    )
    s.commit()
    return family


def _join(session: Session, family: Family, guardian: Patient, member: Patient) -> None:
    add_to_pool(_writer(session, family.clerk_id), guardian_id=guardian.id, member_id=member.id)
    session.commit()


def _balance(session: Session, patient: Patient) -> int:
    return balance(ledger_entries(session, patient.id))


def test_a_pooled_redemption_is_paid_by_the_redeemer_first_then_the_guardian_then_members(
    sqlite_session: Session, family: Family
) -> None:
    _join(sqlite_session, family, family.mother, family.son)
    _join(sqlite_session, family, family.mother, family.daughter)
    card = pool_card(sqlite_session, patient_id=family.daughter.id)
    assert card is not None
    assert [(p.name.split()[0], p.guardian) for p in card.members] == [
        ("Ngozi", True),
        ("Obinna", False),
        ("Adaeze", False),
    ]
    assert card.combined == 370

    done = redeem_from_pool(
        _writer(sqlite_session, family.clerk_id),
        patient_id=family.son.id,
        reward_id=family.reward_id,
    )
    sqlite_session.commit()

    assert [(s.patient_id, s.points) for s in done.shares] == [
        (family.son.id, 120),
        (family.mother.id, 100),
        (family.daughter.id, 80),
    ]
    assert (
        _balance(sqlite_session, family.son),
        _balance(sqlite_session, family.mother),
        _balance(sqlite_session, family.daughter),
    ) == (0, 0, 70)
    redemption = sqlite_session.scalars(sa.select(LoyaltyRedemption)).one()
    assert (redemption.patient_id, redemption.points) == (family.son.id, 300)
    spends = sqlite_session.scalars(
        sa.select(LoyaltyLedgerEntry).where(LoyaltyLedgerEntry.reference_type == POOLED)
    ).all()
    assert {e.reference_id for e in spends} == {redemption.id}
    assert done.redeemed.code == redemption.code


def test_a_pool_too_small_is_refused_with_the_shortfall_and_nothing_is_spent(
    sqlite_session: Session, family: Family
) -> None:
    _join(sqlite_session, family, family.mother, family.son)
    with pytest.raises(ConflictError) as refused:
        redeem_from_pool(
            _writer(sqlite_session, family.clerk_id),
            patient_id=family.son.id,
            reward_id=family.reward_id,
        )
    sqlite_session.rollback()
    assert refused.value.message == (
        "the family pool needs 300 points but only 220 are available (80 short)"
    )
    assert sqlite_session.scalars(sa.select(LoyaltyRedemption)).all() == []
    assert (_balance(sqlite_session, family.son), _balance(sqlite_session, family.mother)) == (
        120,
        100,
    )


def test_a_withdrawn_consent_takes_the_member_out_of_the_pool(
    sqlite_session: Session, family: Family
) -> None:
    _join(sqlite_session, family, family.mother, family.son)
    _join(sqlite_session, family, family.mother, family.daughter)
    leave_pool(_writer(sqlite_session, family.clerk_id), patient_id=family.daughter.id)
    sqlite_session.commit()
    with pytest.raises(ConflictError) as refused:
        redeem_from_pool(
            _writer(sqlite_session, family.clerk_id),
            patient_id=family.son.id,
            reward_id=family.reward_id,
        )
    assert "(80 short)" in refused.value.message


def test_consent_is_recorded_with_who_recorded_it(sqlite_session: Session, family: Family) -> None:
    _join(sqlite_session, family, family.mother, family.son)
    row = sqlite_session.scalars(sa.select(LoyaltyPoolMember)).one()
    assert (row.guardian_id, row.member_id, row.recorded_by_id, row.withdrawn_at) == (
        family.mother.id,
        family.son.id,
        family.clerk_id,
        None,
    )


@pytest.mark.parametrize(
    ("guardian", "member", "message"),
    [
        ("son", "daughter", "Obinna Okeke"),
        ("mother", "stranger", "does not share"),
    ],
)
def test_only_an_adult_of_the_household_brings_a_member_in(
    sqlite_session: Session, family: Family, guardian: str, member: str, message: str
) -> None:
    with pytest.raises(FieldValidationError) as refused:
        _join(sqlite_session, family, getattr(family, guardian), getattr(family, member))
    assert message in refused.value.message
    sqlite_session.rollback()
    assert sqlite_session.scalars(sa.select(LoyaltyPoolMember)).all() == []


def test_nobody_pools_where_the_program_does_not_allow_it(
    sqlite_session: Session, family: Family
) -> None:
    program = sqlite_session.scalars(sa.select(LoyaltyProgram)).one()
    program.pooling_allowed = False
    sqlite_session.commit()
    assert pool_card(sqlite_session, patient_id=family.son.id) is None
    with pytest.raises(ConflictError) as refused:
        _join(sqlite_session, family, family.mother, family.son)
    assert refused.value.message == (
        "this hospital's loyalty program does not allow family pooling"
    )


def test_a_patient_is_in_one_pool_at_a_time(sqlite_session: Session, family: Family) -> None:
    _join(sqlite_session, family, family.mother, family.son)
    with pytest.raises(FieldValidationError) as refused:
        _join(sqlite_session, family, family.daughter, family.son)
    assert "Adaeze" in refused.value.message or "Obinna" in refused.value.message
