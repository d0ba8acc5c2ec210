"""E-mail addresses, validated syntactically (no DNS look-up: desks are often offline)."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from shared.errors import FieldValidationError


def normalize_email(raw: str, *, field: str = "email") -> str:
    text = (raw or "").strip()
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise FieldValidationError(field, f"{raw!r} is not a valid e-mail address: {exc}") from None


def normalize_optional_email(raw: str | None, *, field: str = "email") -> str | None:
    if raw is None or not raw.strip():
        return None
    return normalize_email(raw, field=field)
