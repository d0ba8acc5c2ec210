"""Type-ahead patient search over the ``patient_search`` FTS5 index (revision d0002).

Front-desk staff type whatever they have: part of a name, a phone number in
any of the ways Nigerians write one (0803 123 4567, +234 803..., 234803...),
or a patient number. Every word becomes a prefix query; digits typed with
spaces, dashes or a country code collapse to the national form the index holds.

Results are not ranked by FTS5 (bm25 scores every match before the LIMIT
applies: a two-letter prefix at 100,000 patients costs ~20 ms instead of
under 1 ms); the first matches are sorted by name instead, and typing one
more letter narrows them.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PHONEISH = re.compile(r"^\+?[\d\s\-().]{3,}$")


@dataclass(frozen=True, slots=True)
class PatientHit:
    id: uuid.UUID
    patient_number: str
    full_name: str
    phone: str | None
    date_of_birth: dt.date | None


def national_digits(text: str) -> str | None:
    """The national-form digits of something typed like a phone number, else None."""
    if not _PHONEISH.match(text.strip()):
        return None
    digits = re.sub(r"\D", "", text)
    if digits.startswith("234") and len(digits) > 3:
        return "0" + digits[3:]
    return digits


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for a search box's text; None when there is nothing to find."""
    digits = national_digits(text)
    if digits:
        return f'numbers : "{digits}"*'
    words = _WORD.findall(text)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


_SEARCH = sa.text(
    "SELECT p.id, p.patient_number, p.first_name, p.middle_name, p.last_name, "
    "p.phone, p.date_of_birth FROM patient_search "
    "JOIN patients AS p ON p.rowid = patient_search.rowid "
    "WHERE patient_search MATCH :match AND p.deleted_at IS NULL "
    "LIMIT :limit"
).columns(
    sa.column("id", sa.Uuid()),
    sa.column("patient_number", sa.String()),
    sa.column("first_name", sa.String()),
    sa.column("middle_name", sa.String()),
    sa.column("last_name", sa.String()),
    sa.column("phone", sa.String()),
    sa.column("date_of_birth", sa.Date()),
)


def search_patients(session: Session, text: str, *, limit: int = 50) -> list[PatientHit]:
    """Up to ``limit`` matches sorted by name; empty for empty or punctuation-only text."""
    match = match_expression(text)
    if match is None:
        return []
    rows = session.execute(_SEARCH, {"match": match, "limit": limit})
    hits = [
        PatientHit(
            id=row.id,
            patient_number=row.patient_number,
            full_name=" ".join(n for n in (row.first_name, row.middle_name, row.last_name) if n),
            phone=row.phone,
            date_of_birth=row.date_of_birth,
        )
        for row in rows
    ]
    return sorted(hits, key=lambda hit: (hit.full_name.casefold(), hit.patient_number))
