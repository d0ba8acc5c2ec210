"""Import patients from a legacy register exported as CSV or Excel: map, check every row,
all or nothing.

Legacy registers write dates as 23/11/1990 and sex as M/F; those are read
the Nigerian way before the shared patient rules check each row. Any bad row
refuses the whole import, so a register is never left half imported.

An Excel workbook is read into the same table of text as a CSV file, so the
preview, mapping and checks are one code path: date cells become 23/11/1990,
and number cells lose their ".0" (a phone typed as a number has already lost
its leading 0, which the phone rules put back).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy.orm import Session

from desktop.services.desk import DeskIdentity, desk_hospital
from desktop.store.writes import LocalWriter
from shared.db.models import Patient
from shared.domain import patients as rules
from shared.domain.patients import PatientRegistration, parse
from shared.errors import ConflictError, DomainError, FieldValidationError

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
#: Phones per ``IN (...)`` read, well under SQLite's bound-parameter limit.
_CHUNK = 500
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@dataclass(frozen=True, slots=True)
class RegisterTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    field: str
    message: str


class ImportRefusedError(DomainError):
    """At least one row is bad; nothing was imported."""


def read_table(path: Path) -> RegisterTable:
    """The register as text, from ``.xlsx`` (first sheet) or CSV; an unreadable file is refused."""
    try:
        return read_xlsx(path) if path.suffix.casefold() == ".xlsx" else read_csv(path)
    except (InvalidFileException, zipfile.BadZipFile, KeyError):
        raise ImportRefusedError(f"{path.name} is not an Excel workbook.", field="file") from None
    except UnicodeDecodeError:
        raise ImportRefusedError(f"{path.name} is not a UTF-8 CSV file.", field="file") from None


def read_csv(path: Path) -> RegisterTable:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        headers = tuple(h.strip() for h in next(reader, []))
        rows = tuple(tuple(cell.strip() for cell in row) for row in reader if any(row))
    return RegisterTable(headers, rows)


def read_xlsx(path: Path) -> RegisterTable:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        lines = [tuple(_cell_text(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    lines = [line for line in lines if any(line)]
    headers = lines[0] if lines else ()
    return RegisterTable(headers, tuple(lines[1:]))


def _cell_text(value: object) -> str:
    """A cell as a clerk would have typed it into a CSV file."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


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


def check_rows(table: RegisterTable, mapping: dict[str, int | None]) -> list[RowProblem]:
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
    table: RegisterTable,
    mapping: dict[str, int | None],
) -> int:
    """Register every row or none: the caller's transaction rolls back on the first refusal.

    Rows are written in bulk: the register's patients sharing a phone with
    the file are read in one pass, and numbers are counted on from the desk's
    last one, so a long register costs a few reads, not several per row. A
    row that looks like a patient already registered, or like an earlier row
    of the same file, refuses the whole import, as a registration at the desk
    would.
    """
    problems = check_rows(table, mapping)
    if problems:
        raise ImportRefusedError(f"{len(problems)} row(s) have problems; nothing was imported.")
    hospital_id = desk_hospital(session)
    if hospital_id is None:
        raise ConflictError("This PC has no hospital yet: finish the first sync or setup.")
    forms = [parse(PatientRegistration, row_data(row, mapping)) for row in table.rows]
    seen = _same_phones(session, hospital_id, {f.phone for f in forms if f.phone})
    number = _last_number(session, hospital_id, desk.prefix)
    for line, form in enumerate(forms, start=2):
        matches = [
            label
            for other, label in seen.get(form.phone or "", [])
            if rules.is_likely_duplicate(form, other)
        ]
        if matches:
            names = ", ".join(matches)
            raise ImportRefusedError(
                f"line {line}: this patient may already be registered: {names};"
                " nothing was imported."
            )
        number += 1
        writer.insert(
            Patient,
            hospital_id=hospital_id,
            patient_number=rules.format_patient_number(desk.prefix, number),
            **form.patient_columns(),
        )
        if form.phone:
            seen.setdefault(form.phone, []).append((form, f"line {line} of the file"))
    return len(forms)


def _same_phones(
    session: Session, hospital_id: uuid.UUID, phones: set[str]
) -> dict[str, list[tuple[rules.Identity, str]]]:
    """Registered patients on any of these phones, keyed by phone, read a chunk at a time."""
    found: dict[str, list[tuple[rules.Identity, str]]] = {}
    ordered = sorted(phones)
    for start in range(0, len(ordered), _CHUNK):
        rows = session.execute(
            sa.select(
                Patient.first_name,
                Patient.last_name,
                Patient.phone,
                Patient.date_of_birth,
                Patient.patient_number,
            ).where(
                Patient.hospital_id == hospital_id,
                Patient.phone.in_(ordered[start : start + _CHUNK]),
                Patient.deleted_at.is_(None),
            )
        )
        for row in rows:
            label = f"{row.first_name} {row.last_name} ({row.patient_number})"
            found.setdefault(row.phone, []).append((row, label))
    return found


def _last_number(session: Session, hospital_id: uuid.UUID, prefix: str) -> int:
    """The desk's highest patient number so far (0 if none), read from the number index."""
    last = session.scalar(
        sa.select(sa.func.max(Patient.patient_number)).where(
            Patient.hospital_id == hospital_id,
            Patient.patient_number >= f"{prefix}-",
            Patient.patient_number < f"{prefix}.",  # "." sorts right after "-"
        )
    )
    return rules.parse_patient_number(last)[1] if last else 0
