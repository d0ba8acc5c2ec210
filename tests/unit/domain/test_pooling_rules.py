"""Family pooling's pure rules: who pays what, in which order, and who is an adult."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from shared.db.models import LoyaltyPoolMember
from shared.domain.pooling import Pool, Share, age_on, payers, split
from shared.errors import ConflictError

A, B, C = (uuid.UUID(int=n) for n in (1, 2, 3))


def test_the_redeeming_patient_pays_first_then_the_pool_in_order() -> None:
    assert split(100, [(A, 30), (B, 50), (C, 80)]) == (Share(A, 30), Share(B, 50), Share(C, 20))
    assert split(20, [(A, 30), (B, 50)]) == (Share(A, 20),)


def test_nobody_with_nothing_to_spend_writes_a_share() -> None:
    assert split(40, [(A, 0), (B, -5), (C, 40)]) == (Share(C, 40),)


def test_a_pool_that_cannot_afford_it_is_refused_naming_the_shortfall() -> None:
    with pytest.raises(ConflictError) as refused:
        split(300, [(A, 100), (B, 140)])
    assert refused.value.message == (
        "the family pool needs 300 points but only 240 are available (60 short)"
    )
    assert refused.value.code == "insufficient_points"


def test_payers_are_the_redeemer_then_the_guardian_then_members_as_they_joined() -> None:
    hospital = uuid.uuid4()
    assert payers(Pool(hospital, A, ()), A) == (A,)
    joined = Pool(hospital, A, (LoyaltyPoolMember(member_id=B), LoyaltyPoolMember(member_id=C)))
    assert payers(joined, C) == (C, A, B)
    assert payers(joined, A) == (A, B, C)


@pytest.mark.parametrize(
    ("born", "day", "years"),
    [
        (dt.date(2008, 6, 1), dt.date(2026, 5, 31), 17),
        (dt.date(2008, 6, 1), dt.date(2026, 6, 1), 18),
        (dt.date(2008, 2, 29), dt.date(2026, 2, 28), 17),
        (dt.date(2008, 2, 29), dt.date(2026, 3, 1), 18),
    ],
)
def test_age_is_whole_years_on_the_day(born: dt.date, day: dt.date, years: int) -> None:
    assert age_on(born, day) == years
