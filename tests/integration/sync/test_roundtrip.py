"""Desks and server over real HTTP: registration, download, field merge, conflicts."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from shared.db.models import Patient, SyncConflict
from shared.domain.access import Principal
from shared.domain.enums import Sex
from tests.integration.sync.conftest import Desk, HospitalWorld


def register(desk: Desk, world: HospitalWorld, number: str, **extra: object) -> Patient:
    with desk.write() as writer:
        return writer.insert(
            Patient,
            hospital_id=world.hospital_id,
            patient_number=number,
            first_name="Amaka",
            last_name="Eze",
            sex=Sex.FEMALE,
            **extra,
        )


def local(desk: Desk, patient_id: object) -> Patient:
    with desk.sessions() as session:
        row = session.get(Patient, patient_id)
        assert row is not None
        return row


def test_a_patient_registered_at_one_desk_reaches_another(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000001")
    report = a.sync.sync_once()
    assert report.pushed == 1 and report.rejected == 0
    b.sync.sync_once()
    copy = local(b, patient.id)
    assert copy.first_name == "Amaka" and copy.server_seq > 0
    assert a.sync.status().pending == 0


def test_concurrent_edits_to_different_fields_both_survive(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000002")
    a.sync.sync_once()
    b.sync.sync_once()
    with a.write() as writer:
        writer.update(local(a, patient.id), phone="+2348031234567")
    with b.write() as writer:
        writer.update(local(b, patient.id), address="12 Allen Avenue, Ikeja")
    a.sync.sync_once()
    b.sync.sync_once()
    a.sync.sync_once()
    for desk in (a, b):
        row = local(desk, patient.id)
        assert (row.phone, row.address) == ("+2348031234567", "12 Allen Avenue, Ikeja")
    with b.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(SyncConflict)) == 0


def test_same_field_later_edit_wins_and_the_loser_is_kept(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000003")
    a.sync.sync_once()
    b.sync.sync_once()
    with a.write() as writer:
        writer.update(local(a, patient.id), phone="+2348030000001")
    with b.write() as writer:
        writer.update(local(b, patient.id), phone="+2348030000002")
    b.sync.sync_once()
    a.sync.sync_once()
    b.sync.sync_once()
    assert local(a, patient.id).phone == local(b, patient.id).phone == "+2348030000002"
    with a.sessions() as session:
        conflict = session.scalars(sa.select(SyncConflict)).one()
    assert (conflict.field, conflict.losing_value) == ("phone", "+2348030000001")
    assert conflict.winning_value == "+2348030000002"
