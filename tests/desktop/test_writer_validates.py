"""The desk's writer runs the push's row validator, so nothing it queues is refused for a rule.

On the encrypted store the app opens: a new row is checked whole before it
is added, an edit is checked on the fields it changes (with the row's other
values as stored), and a refusal names the field and leaves the row and the
outbox as they were.
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.clock import HybridLogicalClock
from shared.db.models import Hospital, Patient
from shared.domain.enums import Sex
from shared.errors import FieldValidationError


@pytest.fixture
def session(desk_engine: sa.Engine) -> Session:
    session = sessionmaker(desk_engine, expire_on_commit=False)()
    hospital = Hospital(code="IKJ", name="Ikeja", state="Lagos")
    session.add(hospital)
    session.flush()
    session.info["hospital_id"] = hospital.id
    return session


@pytest.fixture
def writer(session: Session) -> LocalWriter:
    return LocalWriter(session, device_id=uuid.uuid4(), clock=HybridLogicalClock("d1"))


def _register(writer: LocalWriter, **extra: object) -> Patient:
    return writer.insert(
        Patient,
        hospital_id=writer.session.info["hospital_id"],
        patient_number="IKJ1-000001",
        first_name="Ngozi",
        last_name="Adeyemi",
        sex=Sex.FEMALE,
        **extra,
    )


def _queued(session: Session) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(OutboxMutation)) or 0


def test_a_new_row_breaking_a_rule_is_refused_with_its_field_and_never_added(
    writer: LocalWriter,
) -> None:
    with pytest.raises(FieldValidationError) as refused:
        _register(writer, phone="abc")
    assert refused.value.field == "phone"
    assert not writer.session.new
    assert _queued(writer.session) == 0
    assert writer.changes().tables == frozenset()


def test_an_edit_breaking_a_rule_is_refused_and_the_row_keeps_its_value(
    writer: LocalWriter,
) -> None:
    patient = _register(writer, phone="+2348031234567")
    with pytest.raises(FieldValidationError) as refused:
        writer.update(patient, nin="1")
    assert refused.value.field == "nin"
    assert patient.nin is None
    assert _queued(writer.session) == 1


def test_an_edit_is_checked_on_what_it_changes_as_the_push_checks_it(
    writer: LocalWriter,
) -> None:
    """A value saved before a rule existed does not block an edit of another field."""
    patient = _register(writer)
    writer.session.execute(
        sa.update(Patient).where(Patient.id == patient.id).values(phone="0803 123 4567")
    )
    writer.session.refresh(patient)
    writer.update(patient, last_name="Okafor")
    assert patient.last_name == "Okafor" and _queued(writer.session) == 2
    with pytest.raises(FieldValidationError, match="international form"):
        writer.update(patient, phone="0803 123 4568")


def test_a_rule_reading_two_fields_is_checked_against_the_stored_other(
    writer: LocalWriter,
) -> None:
    """The state and its LGA are one rule: an LGA is checked against the row's state."""
    patient = _register(writer, state="Lagos", lga="Ikeja")
    with pytest.raises(FieldValidationError) as refused:
        writer.update(patient, lga="Nsukka")
    assert refused.value.field == "lga"
    writer.update(patient, lga="Surulere")
    assert patient.lga == "Surulere"
