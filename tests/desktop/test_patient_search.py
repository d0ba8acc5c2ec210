"""Type-ahead search finds patients by name, any Nigerian phone format, or number."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.search import match_expression, search_patients
from tests import factories


@pytest.fixture
def session(desk_engine: sa.Engine) -> Session:
    session = Session(desk_engine)
    hospital = factories.hospital(session)
    factories.patient(
        session,
        hospital_id=hospital.id,
        first_name="Adaeze",
        last_name="Nwosu",
        phone="+2348031234567",
        patient_number="GP1-000001",
    )
    factories.patient(
        session,
        hospital_id=hospital.id,
        first_name="Babatunde",
        last_name="Adeyemi",
        phone="+2348099998888",
        patient_number="GP1-000002",
    )
    session.commit()
    return session


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ada", ["Adaeze Nwosu"]),
        ("nwo ada", ["Adaeze Nwosu"]),
        ("0803 123 4567", ["Adaeze Nwosu"]),
        ("+234 803 123", ["Adaeze Nwosu"]),
        ("2348099998888", ["Babatunde Adeyemi"]),
        ("GP1-000002", ["Babatunde Adeyemi"]),
        ("zzz", []),
        ("  '\" ", []),
    ],
)
def test_search(session: Session, text: str, expected: list[str]) -> None:
    assert [hit.full_name for hit in search_patients(session, text)] == expected


def test_deleted_patients_drop_out_of_the_index(session: Session) -> None:
    session.execute(
        sa.text("UPDATE patients SET deleted_at = '2026-01-01' WHERE first_name='Adaeze'")
    )
    session.commit()
    assert search_patients(session, "ada") == []


def test_quotes_cannot_break_the_match_syntax() -> None:
    assert match_expression('a"b OR') == '"a"* AND "b"* AND "OR"*'


def _rows_written(session: Session, statement: str) -> int:
    """Rows the statement and its triggers wrote (the search index counts too)."""
    before = session.scalar(sa.text("SELECT total_changes()"))
    session.execute(sa.text(statement))
    return int(session.scalar(sa.text("SELECT total_changes()")) or 0) - int(before or 0)


def test_the_index_is_rewritten_only_when_a_searched_value_changes(session: Session) -> None:
    """A pulled row sets every column; the same names must not re-index the patient."""
    same_names = (
        "UPDATE patients SET first_name = first_name, last_name = last_name, "
        "phone = phone, address = '3 Broad Street' WHERE first_name = 'Adaeze'"
    )
    assert _rows_written(session, same_names) == 1
    new_name = "UPDATE patients SET first_name = 'Chiamaka' WHERE first_name = 'Adaeze'"
    assert _rows_written(session, new_name) > 1
    session.commit()
    assert [hit.full_name for hit in search_patients(session, "chiam")] == ["Chiamaka Nwosu"]
    assert search_patients(session, "adaeze") == []
