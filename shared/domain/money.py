"""Money as integer minor units with an ISO 4217 currency.

Floats never carry money: 0.1 + 0.2 kobo errors add up across a month of
payouts. Amounts parse from what staff type ("₦5,000", "5000.50", "NGN 1,250",
"5k" for five thousand, "1.2m" for 1.2 million) and format the Nigerian way
(₦1,250,000.00) for screens, or "NGN 5,000" for SMS, where ₦ would force the
costlier UCS-2 encoding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from shared.errors import FieldValidationError

#: Currencies the product handles, with their minor-unit exponent and symbol.
CURRENCIES: dict[str, tuple[int, str]] = {
    "NGN": (2, "₦"),
    "GHS": (2, "GH₵"),
    "USD": (2, "$"),
}

_CLEAN = re.compile(r"[\s,₦]|^(NGN|GHS|USD|GH₵|N)", re.IGNORECASE)
#: Desk shorthand: "5k" is five thousand, "1.2m" 1.2 million.
_MULTIPLIERS = {"k": 3, "m": 6}


def check_currency(code: str, *, field: str = "currency") -> str:
    upper = (code or "").strip().upper()
    if upper not in CURRENCIES:
        allowed = ", ".join(sorted(CURRENCIES))
        raise FieldValidationError(field, f"currency {code!r} is not supported (use {allowed})")
    return upper


def check_minor(
    amount: object, *, field: str = "amount_minor", allow_negative: bool = False
) -> int:
    """Accept only whole minor units; bools and floats are refused outright."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise FieldValidationError(field, "must be a whole number of kobo (minor units)")
    if amount < 0 and not allow_negative:
        raise FieldValidationError(field, "must not be negative")
    return amount


def _not_money(text: str) -> str:
    return f"{text!r} is not an amount of money (type e.g. 5,000, 5k or ₦5,000.50)"


@dataclass(frozen=True, slots=True)
class Money:
    minor: int
    currency: str = "NGN"

    def __post_init__(self) -> None:
        check_minor(self.minor, field="amount", allow_negative=True)
        object.__setattr__(self, "currency", check_currency(self.currency))

    @classmethod
    def parse(cls, text: str, currency: str = "NGN", *, field: str = "amount") -> Money:
        """Parse a typed amount in major units ("5,000.50", "5k") into minor units exactly."""
        cleaned = _CLEAN.sub("", (text or "").strip())
        if not cleaned:
            raise FieldValidationError(field, "is required")
        shift = _MULTIPLIERS.get(cleaned[-1:].casefold(), 0)
        try:
            value = Decimal(cleaned[:-1] if shift else cleaned).scaleb(shift)
        except InvalidOperation:
            raise FieldValidationError(field, _not_money(text)) from None
        if not value.is_finite():
            raise FieldValidationError(field, _not_money(text))
        exponent = CURRENCIES[check_currency(currency)][0]
        scaled = value.scaleb(exponent)
        if scaled != scaled.to_integral_value():
            raise FieldValidationError(field, f"has more than {exponent} decimal places")
        if scaled < 0:
            raise FieldValidationError(field, "must not be negative")
        return cls(int(scaled), currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def format(self) -> str:
        """Screen format: ₦1,250,000.00 (a minus sign before the symbol)."""
        exponent, symbol = CURRENCIES[self.currency]
        sign = "-" if self.minor < 0 else ""
        major, minor = divmod(abs(self.minor), 10**exponent)
        return f"{sign}{symbol}{major:,}.{minor:0{exponent}d}"

    def format_whole(self) -> str:
        """A chart's axis: ₦16,500, the minor units dropped."""
        exponent, symbol = CURRENCIES[self.currency]
        sign = "-" if self.minor < 0 else ""
        return f"{sign}{symbol}{abs(self.minor) // 10**exponent:,}"

    def format_sms(self) -> str:
        """GSM-7 safe: "NGN 5,000" (kobo shown only when there are any)."""
        exponent, _ = CURRENCIES[self.currency]
        sign = "-" if self.minor < 0 else ""
        major, minor = divmod(abs(self.minor), 10**exponent)
        tail = f".{minor:0{exponent}d}" if minor else ""
        return f"{self.currency} {sign}{major:,}{tail}"
