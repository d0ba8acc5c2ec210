"""Amounts in words as a Nigerian receipt writes them, from nothing to just under a billion."""

from __future__ import annotations

import pytest

from shared.domain.money import Money
from shared.domain.words import amount_in_words, number_in_words


@pytest.mark.parametrize(
    ("kobo", "words"),
    [
        (0, "Zero naira only"),
        (100, "One naira only"),
        (1_100, "Eleven naira only"),
        (10_000, "One hundred naira only"),
        (100_000_000, "One million naira only"),
        (500_050, "Five thousand naira and fifty kobo only"),
        (1, "Zero naira and one kobo only"),
        (100_500, "One thousand and five naira only"),
        (
            12_345_678,
            "One hundred and twenty-three thousand, four hundred and fifty-six naira"
            " and seventy-eight kobo only",
        ),
        (
            99_999_999_999,
            "Nine hundred and ninety-nine million, nine hundred and ninety-nine thousand, "
            "nine hundred and ninety-nine naira and ninety-nine kobo only",
        ),
        (-500_000, "Minus five thousand naira only"),
    ],
)
def test_naira_and_kobo_in_words(kobo: int, words: str) -> None:
    assert amount_in_words(Money(kobo)) == words


def test_other_currencies_take_their_own_units_and_plurals() -> None:
    assert amount_in_words(Money(101, "GHS")) == "One cedi and one pesewa only"
    words = "Two hundred and two dollars and fifty cents only"
    assert amount_in_words(Money(20_250, "USD")) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (20, "twenty"),
        (1_000, "one thousand"),
        (1_000_001, "one million and one"),
        (2_000_300, "two million, three hundred"),
        (1_000_000_000, "one billion"),
    ],
)
def test_whole_numbers(n: int, words: str) -> None:
    assert number_in_words(n) == words


@pytest.mark.parametrize("bad", [-1, 10**15, True, 1.5])
def test_what_cannot_be_written_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="in words"):
        number_in_words(bad)  # type: ignore[arg-type]
