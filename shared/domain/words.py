"""Amounts in words, the way a Nigerian receipt or cheque writes them.

A receipt carries the amount twice, in figures and in words, so a figure
changed by hand (₦5,000 made into ₦50,000) no longer matches its words.
British usage, as banks here write it: "and" after the hundreds and before a
last group under a hundred ("One thousand and five naira only"), groups
parted by commas, the minor unit after "and" ("Five thousand naira and
fifty kobo only").
"""

from __future__ import annotations

from shared.domain.money import CURRENCIES, Money

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ("", "thousand", "million", "billion", "trillion")

#: Major and minor unit names per currency: (singular, plural) each.
UNITS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "NGN": (("naira", "naira"), ("kobo", "kobo")),
    "GHS": (("cedi", "cedis"), ("pesewa", "pesewas")),
    "USD": (("dollar", "dollars"), ("cent", "cents")),
}


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    head = f"{_ONES[hundreds]} hundred"
    return f"{head} and {_below_hundred(rest)}" if rest else head


def number_in_words(n: int) -> str:
    """``1005`` is "one thousand and five"; whole numbers from 0 below 10**15."""
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < 1000 ** len(_SCALES):
        raise ValueError(f"cannot write {n!r} in words")
    if n == 0:
        return "zero"
    groups: list[tuple[int, int]] = []  # (scale index, value) from the highest
    scale = 0
    while n:
        n, value = divmod(n, 1000)
        if value:
            groups.insert(0, (scale, value))
        scale += 1
    parts = [f"{_below_thousand(v)} {_SCALES[s]}".strip() for s, v in groups]
    last_scale, last = groups[-1]
    if len(parts) > 1 and last_scale == 0 and last < 100:
        return ", ".join(parts[:-1]) + f" and {parts[-1]}"
    return ", ".join(parts)


def _unit(count: int, names: tuple[str, str]) -> str:
    return f"{number_in_words(count)} {names[0] if count == 1 else names[1]}"


def amount_in_words(amount: Money) -> str:
    """``Money(500050)`` is "Five thousand naira and fifty kobo only".

    A negative amount (a reversal) reads "Minus …"; no kobo, no kobo part.
    """
    major_names, minor_names = UNITS[amount.currency]
    exponent = CURRENCIES[amount.currency][0]
    major, minor = divmod(abs(amount.minor), 10**exponent)
    text = _unit(major, major_names)
    if minor:
        text += f" and {_unit(minor, minor_names)}"
    text = f"minus {text}" if amount.minor < 0 else text
    return f"{text[0].upper()}{text[1:]} only"
