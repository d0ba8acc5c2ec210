"""LocalWriter: the row and its outbox mutation are written together, with clocks."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.clock import HybridLogicalClock
from shared.db.models import AppointmentReminder, Hospital, LoyaltyLedgerEntry, Patient
from shared.domain.enums import Sex
from shared.errors import FieldValidationError, PermissionDeniedError


@pytest.fixture
def writer(sqlite_session: Session) -> LocalWriter:
    return LocalWriter(sqlite_session, device_id=uuid.uuid4(), clock=HybridLogicalClock("d1"))


def _hospital(session: Session) -> Hospital:
    hospital = Hospital(code="IKJ", name="Ikeja", state="Lagos")
    session.add(hospital)
    session.flush()
    return hospital


def _register(writer: LocalWriter) -> Patient:
    hospital = _hospital(writer.session)
    return writer.insert(
        Patient,
        hospital_id=hospital.id,
        patient_number="IKJ1-000001",
        first_name="Ngozi",
        last_name="Adeyemi",
        sex=Sex.FEMALE,
    )


def _outbox(session: Session) -> list[OutboxMutation]:
    return list(session.scalars(sa.select(OutboxMutation).order_by(OutboxMutation.seq)))


def test_insert_queues_every_field_with_defaults_and_one_clock(writer: LocalWriter) -> None:
    patient = _register(writer)
    [mutation] = _outbox(writer.session)
    assert mutation.row_id == patient.id and mutation.op == "upsert"
    assert mutation.fields["first_name"] == "Ngozi"
    assert mutation.fields["payer_type"] == "self_pay"  # a column default travels too
    assert set(patient.field_clocks.values()) == {mutation.hlc}


def test_update_queues_only_changed_fields_with_the_replaced_clock(writer: LocalWriter) -> None:
    patient = _register(writer)
    first_clock = patient.field_clocks["phone"]
    writer.update(patient, phone="+2348031234567", first_name="Ngozi")
    writer.update(patient, phone="+2348031234567")  # no change, nothing queued
    insert, update = _outbox(writer.session)
    assert update.fields == {"phone": "+2348031234567"}
    assert update.base_clocks == {"phone": first_clock}
    assert update.seq == insert.seq + 1
    assert patient.field_clocks["phone"] == update.hlc > first_clock


def test_delete_is_a_tombstone(writer: LocalWriter) -> None:
    patient = _register(writer)
    writer.delete(patient)
    mutation = _outbox(writer.session)[-1]
    assert mutation.op == "delete" and mutation.fields["deleted_at"] is not None
    assert writer.session.get(Patient, patient.id) is not None


def test_server_owned_tables_and_fields_are_refused(writer: LocalWriter) -> None:
    patient = _register(writer)
    with pytest.raises(PermissionDeniedError):
        writer.insert(AppointmentReminder, hospital_id=patient.hospital_id)
    with pytest.raises(FieldValidationError) as error:
        writer.update(patient, server_seq=7)
    assert error.value.field == "server_seq"


def test_append_only_rows_cannot_be_edited(writer: LocalWriter) -> None:
    patient = _register(writer)
    entry = writer.insert(
        LoyaltyLedgerEntry,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind="earn",
        points=10,
        reason="Visit",
        occurred_at=patient.created_at,
    )
    with pytest.raises(PermissionDeniedError):
        writer.update(entry, points=20)
