"""What a front-desk clerk types, read the way Nigerians write it, and every problem at once.

Dates are day first, as everywhere in Nigeria: ``12/05/1990``, ``12-05-1990``,
``12.05.1990`` and ``12 May 1990`` are all the twelfth of May; ISO
``1990-05-12`` (year first) is read too, so stored values and exports round
trip. A month-first reading is never tried: guessing would turn 05/12 into
December for some rows and May for others. Two-digit years are refused
rather than guessed.

A form checked by a pydantic model gets every field's problem, not only the
first (:func:`form_problems`), each in words a clerk understands and that
:func:`sentence` puts after the label the form shows. Amounts are parsed by
:meth:`shared.domain.money.Money.parse` ("5k", "5,000", "₦5,000.50").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from shared.errors import FieldValidationError

#: How a date reads on screens and in the form fields.
DATE_FORMAT = "%d/%m/%Y"
#: The example every date error gives.
DATE_EXAMPLE = "12/05/1990"

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_NAMED = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d+)$")
_NAMED_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d+)$")


def parse_date_ng(text: str, *, field: str = "date") -> dt.date:
    """The date ``text`` names, day before month; a plain error naming ``field`` if none."""
    cleaned = " ".join((text or "").replace(",", " ").split()).casefold()
    if not cleaned:
        raise FieldValidationError(field, "is required")
    parts = _parts(cleaned)
    if parts is None:
        raise FieldValidationError(field, f"must be a date like {DATE_EXAMPLE} (day/month/year)")
    return _date(field, *parts)


def parse_optional_date_ng(text: str | None, *, field: str = "date") -> dt.date | None:
    """As :func:`parse_date_ng`, but an empty field is no date rather than an error."""
    if text is None or not text.strip():
        return None
    return parse_date_ng(text, field=field)


def format_date_ng(value: dt.date) -> str:
    """A date as the form shows it and reads it back: 12/05/1990."""
    return value.strftime(DATE_FORMAT)


def _parts(text: str) -> tuple[int, int | str, str] | None:
    """(day, month number or name, year digits), or None if the shape is not a date."""
    if match := _ISO.match(text):
        return int(match[3]), int(match[2]), match[1]
    if match := _NUMERIC.match(text):
        return int(match[1]), int(match[2]), match[3]
    if match := _DAY_NAMED.match(text):
        return int(match[1]), match[2], match[3]
    if match := _NAMED_DAY.match(text):
        return int(match[2]), match[1], match[3]
    return None


def _date(field: str, day: int, month: int | str, year: str) -> dt.date:
    if isinstance(month, str):
        if month not in _MONTHS:
            raise FieldValidationError(field, f"{month!r} is not a month")
        month = _MONTHS[month]
    if len(year) != 4:
        raise FieldValidationError(field, f"needs the year in full, like {DATE_EXAMPLE}")
    if not 1 <= month <= 12:
        raise FieldValidationError(
            field, f"has no month {month}: write the day first, then the month"
        )
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        name = dt.date(2000, month, 1).strftime("%B")
        raise FieldValidationError(field, f"{name} has no day {day}") from None


# --- every problem of a form at once -------------------------------------------------------

#: Pydantic's error types in a clerk's words (those a rule of ours raised keep their own).
_PLAIN = {
    "missing": "is required",
    "enum": "must be chosen from the list",
    "literal_error": "must be chosen from the list",
    "extra_forbidden": "is not a field of this form",
    "string_too_long": "is longer than {max_length} characters",
    "string_too_short": "is shorter than {min_length} characters",
    "date_type": f"must be a date like {DATE_EXAMPLE}",
    "date_parsing": f"must be a date like {DATE_EXAMPLE}",
    "date_from_datetime_parsing": f"must be a date like {DATE_EXAMPLE}",
    "bool_type": "must be yes or no",
    "int_parsing": "must be a whole number",
    "less_than_equal": "must be at most {le}",
    "greater_than_equal": "must be at least {ge}",
}
#: Our rules' own "<thing> is required" reads "First name: name is required"; say it once.
_REQUIRED = re.compile(r"^[a-z ]+ is required$")
#: First words of a message that reads on straight after the field's label.
_PREDICATES = frozenset({"is", "must", "has", "needs", "should", "cannot"})


def form_problems(model: type[BaseModel], data: Mapping[str, Any]) -> dict[str, str]:
    """Every field of ``data`` that ``model`` refuses, each with its first problem in plain words.

    The key is the top-level field (``preferences.preferred_channel`` counts
    as ``preferences``); an empty dict means the form is fine as typed.
    """
    try:
        model.model_validate(dict(data))
    except ValidationError as exc:
        problems: dict[str, str] = {}
        for error in exc.errors(include_url=False):
            field = str(error["loc"][0]) if error.get("loc") else "input"
            problems.setdefault(field, _plain(error))
        return problems
    return {}


def _plain(error: Mapping[str, Any]) -> str:
    ctx = error.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, FieldValidationError):
        return _required_once(cause.message)
    template = _PLAIN.get(str(error.get("type")))
    if template is not None:
        return template.format(**{k: v for k, v in ctx.items() if isinstance(v, int | str)})
    message = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    return _required_once(message)


def _required_once(message: str) -> str:
    return "is required" if _REQUIRED.match(message) else message


def sentence(label: str, message: str) -> str:
    """A label and a message as one sentence: "Date of birth must not be in the future."

    A message that says what the field is or must be ("is required") follows
    the label directly; any other ("give the state first", a quoted value)
    follows it after a colon, and one that starts with the label stands alone.
    """
    message = message.strip().rstrip(".")
    if message.casefold().startswith(label.casefold()):
        text = message
    elif message.split(" ", 1)[0] in _PREDICATES:
        text = f"{label} {message}"
    else:
        text = f"{label}: {message}"
    return f"{text[:1].upper()}{text[1:]}."
