"""Fee and rounding arithmetic: parts always sum to the whole, no kobo is lost."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.payouts import (
    compute_payout,
    management_fee,
    percent_to_bps,
    round_half_even,
    simulate_fee,
)
from shared.errors import FieldValidationError

kobo = st.integers(min_value=-(10**12), max_value=10**13)
bps = st.integers(min_value=0, max_value=10_000)


@given(gross=kobo, adjustments=kobo, fee_bps=bps, deductions=st.integers(0, 10**10))
def test_net_is_exactly_the_parts(
    gross: int, adjustments: int, fee_bps: int, deductions: int
) -> None:
    f = compute_payout(
        gross_minor=gross,
        adjustments_minor=adjustments,
        fee_bps=fee_bps,
        deductions_minor=deductions,
    )
    assert f.net_minor + f.fee_minor + f.deductions_minor == f.gross_minor + f.adjustments_minor
    assert f.parts_sum() == f.net_minor


@given(base=kobo, fee_bps=bps)
def test_fee_is_within_half_a_kobo_of_the_exact_fee(base: int, fee_bps: int) -> None:
    fee = management_fee(base, fee_bps)
    exact = Fraction(base * fee_bps, 10_000)
    assert fee >= 0
    if base >= 0:
        assert abs(fee - exact) <= Fraction(1, 2)
        assert fee <= base


@given(base=st.integers(0, 10**13), fee_bps=bps)
def test_fee_and_owner_part_sum_to_the_base(base: int, fee_bps: int) -> None:
    fee = management_fee(base, fee_bps)
    owner_part = compute_payout(
        gross_minor=base, adjustments_minor=0, fee_bps=fee_bps, deductions_minor=0
    ).net_minor
    assert fee + owner_part == base


@pytest.mark.parametrize(
    ("base", "fee_bps", "expected"),
    [
        (4, 1250, 0),  # 0.5 kobo -> 0 (even)
        (12, 1250, 2),  # 1.5 kobo -> 2 (even)
        (20, 1250, 2),  # 2.5 kobo -> 2 (even)
        (28, 1250, 4),  # 3.5 kobo -> 4
        (1_000_000_00, 1250, 12_500_000),
        (-500, 1000, 0),  # refunds bear no fee
    ],
)
def test_the_rounding_rule_is_half_to_even(base: int, fee_bps: int, expected: int) -> None:
    assert management_fee(base, fee_bps) == expected


def test_round_half_even_on_negative_ties() -> None:
    assert round_half_even(Fraction(-5, 2)) == -2
    assert round_half_even(Fraction(-7, 2)) == -4


@given(gross=st.integers(0, 10**12), fee_bps=bps, other_bps=bps)
def test_the_simulator_keeps_everything_but_the_fee(
    gross: int, fee_bps: int, other_bps: int
) -> None:
    actual = compute_payout(
        gross_minor=gross, adjustments_minor=0, fee_bps=fee_bps, deductions_minor=0
    )
    what_if = simulate_fee(actual, other_bps)
    assert what_if.gross_minor == actual.gross_minor
    assert what_if.fee_bps == other_bps
    assert what_if.net_minor + what_if.fee_minor == actual.net_minor + actual.fee_minor


@pytest.mark.parametrize("bad", [-1, 10_001, 12.5, True])
def test_fee_rates_outside_zero_to_hundred_percent_are_refused(bad: object) -> None:
    with pytest.raises(FieldValidationError) as err:
        management_fee(100, bad)  # type: ignore[arg-type]
    assert err.value.field == "fee_bps"


def test_percent_to_bps_is_exact_and_strict() -> None:
    assert percent_to_bps("12.5") == 1250
    assert percent_to_bps(" 7.25 ") == 725
    for bad in ("12.125", "abc", "101"):
        with pytest.raises(FieldValidationError):
            percent_to_bps(bad)


def test_negative_deductions_are_refused() -> None:
    with pytest.raises(FieldValidationError) as err:
        compute_payout(gross_minor=1, adjustments_minor=0, fee_bps=0, deductions_minor=-1)
    assert err.value.field == "deductions_minor"
