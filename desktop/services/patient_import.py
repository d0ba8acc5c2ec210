"""Import patients from a legacy register exported as CSV: map, check every row, all or nothing.

Legacy registers write dates as 23/11/1990 and sex as M/F; those are read
the Nigerian way before the shared patient rules check each row. Any bad row
refuses the whole import, so a register is never left half imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.desk import DeskIdentity
from desktop.services.registration import LikelyDuplicateError, register_patient
from desktop.store.writes import LocalWriter
from shared.domain.patients import PatientRegistration, parse
from shared.errors import DomainError, FieldValidationError

FIELDS = (
    "first_name",
    "middle_name",
    "last_name",
    "sex",
    "date_of_birth",
    "phone",
    "email",
    "address",
    "state",
    "lga",
    "nin",
)
_ALIASES = {
    "first_name": {"first name", "firstname", "given name", "forename"},
    "middle_name": {"middle name", "other name", "other names"},
    "last_name": {"last name", "surname", "family name", "lastname"},
    "sex": {"sex", "gender"},
    "date_of_birth": {"dob", "date of birth", "birth date", "birthday"},
    "phone": {"phone", "phone number", "mobile", "gsm", "telephone", "tel"},
    "email": {"email", "e-mail", "email address"},
    "address": {"address", "home address"},
    "state": {"state", "state of residence"},
    "lga": {"lga", "local government"},
    "nin": {"nin", "national id"},
}
_SEX = {"m": "male", "male": "male", "f": "female", "female": "female"}
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@dataclass(frozen=True, slots=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    field: str
    message: str


class ImportRefusedError(DomainError):
    """At least one row is bad; nothing was imported."""


def read_csv(path: Path) -> CsvTable:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        headers = tuple(h.strip() for h in next(reader, []))
        rows = tuple(tuple(cell.strip() for cell in row) for row in reader if any(row))
    return CsvTable(headers, rows)


def guess_mapping(headers: tuple[str, ...]) -> dict[str, int | None]:
    """Which column holds each field, from common legacy header names."""
    folded = [" ".join(h.replace("_", " ").split()).casefold() for h in headers]
    return {
        field: next((i for i, h in enumerate(folded) if h in _ALIASES[field]), None)
        for field in FIELDS
    }


def row_data(row: tuple[str, ...], mapping: dict[str, int | None]) -> dict[str, Any]:
    data: dict[str, Any] = {
        f: (row[i] if i is not None and i < len(row) and row[i] else None)
        for f, i in mapping.items()
    }
    if data.get("sex"):
        data["sex"] = _SEX.get(data["sex"].casefold(), data["sex"])
    if data.get("date_of_birth") and (match := _DMY.match(data["date_of_birth"])):
        day, month, year = (int(g) for g in match.groups())
        data["date_of_birth"] = _date_or_text(year, month, day, data["date_of_birth"])
    return data


def _date_or_text(year: int, month: int, day: int, text: str) -> dt.date | str:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return text


def check_rows(table: CsvTable, mapping: dict[str, int | None]) -> list[RowProblem]:
    """Every row's first problem, numbered as in the file (line 2 is the first data row)."""
    problems = []
    for line, row in enumerate(table.rows, start=2):
        try:
            parse(PatientRegistration, row_data(row, mapping))
        except FieldValidationError as exc:
            problems.append(RowProblem(line, exc.field or "", exc.message))
    return problems


def import_patients(
    session: Session,
    writer: LocalWriter,
    *,
    desk: DeskIdentity,
    table: CsvTable,
    mapping: dict[str, int | None],
) -> int:
    """Register every row or none: the caller's transaction rolls back on the first refusal."""
    problems = check_rows(table, mapping)
    if problems:
        raise ImportRefusedError(f"{len(problems)} row(s) have problems; nothing was imported.")
    for line, row in enumerate(table.rows, start=2):
        try:
            register_patient(session, writer, desk=desk, data=row_data(row, mapping))
        except LikelyDuplicateError as exc:
            raise ImportRefusedError(f"line {line}: {exc.message}; nothing was imported.") from None
    return len(table.rows)
