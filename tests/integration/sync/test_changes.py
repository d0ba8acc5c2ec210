"""Every server write lands in the change log of the right scopes, with no call to make."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import Patient
from shared.domain.enums import Sex
from sync_server.sync.tables import SyncChange
from tests.integration.sync.conftest import HospitalWorld


def _patient(world: HospitalWorld, number: str) -> Patient:
    return Patient(
        hospital_id=world.hospital_id,
        patient_number=number,
        first_name="Chidi",
        last_name="Okeke",
        sex=Sex.MALE,
    )


def _patient_entries() -> sa.Select[tuple[SyncChange]]:
    """The world fixture's own rows are in the log too; these tests look at patients."""
    return sa.select(SyncChange).where(SyncChange.table_name == "patients")


def test_commit_writes_one_entry_per_scope_and_sets_server_seq(
    pg_sessions: sessionmaker[Session], world: HospitalWorld
) -> None:
    with pg_sessions.begin() as session:
        patient = _patient(world, "IKJ1-000001")
        session.add(patient)
    with pg_sessions() as session:
        entries = session.scalars(_patient_entries()).all()
        stored = session.get(Patient, patient.id)
    assert [(e.scope, e.table_name) for e in entries] == [(f"h:{world.hospital_id}", "patients")]
    assert stored is not None and stored.server_seq == entries[0].seq
    assert entries[0].payload["server_seq"] == entries[0].seq
    assert "first_name" in stored.field_clocks


def test_changing_a_row_twice_in_one_transaction_writes_the_final_state_once(
    pg_sessions: sessionmaker[Session], world: HospitalWorld
) -> None:
    with pg_sessions.begin() as session:
        patient = _patient(world, "IKJ1-000002")
        session.add(patient)
        session.flush()
        patient.phone = "+2348031234567"
    with pg_sessions() as session:
        entries = session.scalars(_patient_entries()).all()
    assert len(entries) == 1
    assert entries[0].payload["phone"] == "+2348031234567"


def test_a_rolled_back_transaction_leaves_no_entry(
    pg_sessions: sessionmaker[Session], world: HospitalWorld
) -> None:
    with pg_sessions() as session:
        patient = _patient(world, "IKJ1-000003")
        session.add(patient)
        session.rollback()
    with pg_sessions() as session:
        assert session.scalars(_patient_entries()).all() == []
