"""Phone numbers in E.164, parsed the way Nigerians type them.

``0803 123 4567``, ``08031234567``, ``2348031234567`` and ``+234 803 123 4567``
all become ``+2348031234567``. Numbers are portable between networks, so
nothing here routes or labels by prefix.
"""

from __future__ import annotations

import phonenumbers

from shared.errors import FieldValidationError

DEFAULT_REGION = "NG"


def normalize_phone(raw: str, *, field: str = "phone", region: str = DEFAULT_REGION) -> str:
    text = (raw or "").strip()
    if not text:
        raise FieldValidationError(field, "phone number is required")
    digits = text.lstrip("+")
    if text.startswith("234") or (digits.startswith("234") and not text.startswith("+")):
        text = "+" + digits
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise FieldValidationError(field, f"{raw!r} is not a phone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise FieldValidationError(
            field, f"{raw!r} is not a valid phone number (e.g. 0803 123 4567)"
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalize_optional_phone(raw: str | None, *, field: str = "phone") -> str | None:
    if raw is None or not raw.strip():
        return None
    return normalize_phone(raw, field=field)


def display_phone(e164: str) -> str:
    """Nigerian national format for screens (0803 123 4567); others international."""
    parsed = phonenumbers.parse(e164, DEFAULT_REGION)
    if parsed.country_code == 234:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_search_key(raw: str) -> str | None:
    """E.164 for a search box's text if it reads as a phone number, else None."""
    try:
        return normalize_phone(raw)
    except FieldValidationError:
        return None
