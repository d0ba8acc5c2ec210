"""Co-owners' shares: the parts always add up to the whole, to the kobo, the same way every time."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.payouts import UNOWNED, split_by_shares
from shared.errors import FieldValidationError

kobo = st.integers(min_value=-(10**12), max_value=10**13)


@st.composite
def shares(draw: st.DrawFn) -> dict[str, int]:
    """Up to six co-owners whose shares add up to at most the whole."""
    count = draw(st.integers(1, 6))
    cuts = sorted(draw(st.lists(st.integers(0, 10_000), min_size=count, max_size=count)))
    bps = [b - a for a, b in zip([0, *cuts], cuts, strict=False)]
    if draw(st.booleans()):
        bps[-1] += 10_000 - sum(bps)
    keys = draw(st.lists(st.uuids().map(str), min_size=count, max_size=count, unique=True))
    return dict(zip(keys, bps, strict=True))


def _exact(total: int, bps: int) -> Fraction:
    return Fraction(total * bps, 10_000)


@given(total=kobo, owners=shares())
def test_the_parts_sum_to_the_whole_and_each_is_within_a_kobo(
    total: int, owners: dict[str, int]
) -> None:
    parts = split_by_shares(total, owners)
    assert parts.keys() == owners.keys()
    assert all(abs(parts[k] - _exact(total, bps)) < 1 for k, bps in owners.items())
    unowned = _exact(total, 10_000 - sum(owners.values()))
    assert abs(total - sum(parts.values()) - unowned) < 1
    if sum(owners.values()) == 10_000:
        assert sum(parts.values()) == total


@given(total=kobo, owners=shares())
def test_the_split_is_deterministic_whatever_order_the_owners_come_in(
    total: int, owners: dict[str, int]
) -> None:
    reordered = dict(reversed(owners.items()))
    assert split_by_shares(total, reordered) == split_by_shares(total, owners)


@given(total=kobo, owners=shares())
def test_a_refund_is_split_like_the_payment_it_undoes(total: int, owners: dict[str, int]) -> None:
    parts = split_by_shares(total, owners)
    assert split_by_shares(-total, owners) == {k: -v for k, v in parts.items()}


def test_three_equal_co_owners_share_a_naira_without_losing_a_kobo() -> None:
    owners = {"a": 3333, "b": 3333, "c": 3334}
    assert split_by_shares(100, owners) == {"a": 33, "b": 33, "c": 34}
    assert split_by_shares(200, owners) == {"a": 67, "b": 66, "c": 67}


def test_a_tie_goes_to_the_smaller_key_and_never_to_the_unowned_part() -> None:
    assert split_by_shares(1, {"b": 5000, "a": 5000}) == {"a": 1, "b": 0}
    assert split_by_shares(1, {"a": 5000}) == {"a": 1}


def test_a_sole_owner_gets_the_whole() -> None:
    assert split_by_shares(123_457, {"owner": 10_000}) == {"owner": 123_457}


@pytest.mark.parametrize(
    "owners",
    [{"a": 6000, "b": 5000}, {"a": -1}, {"a": 10_001}, {UNOWNED: 5000}],
)
def test_impossible_shares_are_refused_naming_the_field(owners: dict[str, int]) -> None:
    with pytest.raises(FieldValidationError) as err:
        split_by_shares(100, owners)
    assert err.value.field == "owner_share_bps"
