"""Field groups: well formed in the registry, and written whole by the desk."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from desktop.sync.apply import apply_rows
from shared.clock import HybridLogicalClock, utcnow
from shared.db import models as m
from shared.db.base import new_id
from shared.domain.enums import AppointmentStatus, Sex
from shared.sync.codec import column_names, encode_row
from shared.sync.registry import SPECS, SYNC_COLUMNS, TableSpec

GROUPED = [spec for spec in SPECS if spec.field_groups]


@pytest.mark.parametrize("spec", GROUPED, ids=lambda spec: spec.name)
def test_groups_name_writable_columns_once(spec: TableSpec) -> None:
    assert spec.client_writable, "only desk edits are merged"
    columns = set(column_names(spec.name))
    seen: set[str] = set()
    for group in spec.field_groups:
        assert len(group) > 1
        assert group <= columns - SYNC_COLUMNS - spec.server_fields
        assert not group & seen, "a field belongs to one group at most"
        seen |= group


def test_a_field_outside_every_group_is_its_own_unit() -> None:
    appointments = next(spec for spec in SPECS if spec.name == "appointments")
    assert appointments.group_of("notes") == {"notes"}
    assert appointments.group_of("cancelled_reason") == {
        "status",
        "cancelled_reason",
        "checked_in_at",
    }


def test_an_edit_of_one_field_of_a_group_carries_the_whole_group(sqlite_session: Session) -> None:
    writer = LocalWriter(sqlite_session, device_id=uuid.uuid4(), clock=HybridLogicalClock("d1"))
    appointment = _appointment(writer)
    cancelled_clock = appointment.field_clocks["cancelled_reason"]
    writer.update(appointment, status=AppointmentStatus.NO_SHOW, notes="called twice")
    mutation = _outbox(sqlite_session)[-1]
    assert mutation.fields == {
        "status": "no_show",
        "cancelled_reason": None,
        "checked_in_at": None,
        "notes": "called twice",
    }
    assert mutation.base_clocks["cancelled_reason"] == cancelled_clock
    assert appointment.field_clocks["cancelled_reason"] == mutation.hlc


def test_a_pending_status_keeps_its_whole_group_over_a_pulled_row(sqlite_session: Session) -> None:
    """An edit queued before groups existed carries only ``status``; the desk still keeps
    the group local until the server has answered, rather than show half of each side's."""
    writer = LocalWriter(sqlite_session, device_id=uuid.uuid4(), clock=HybridLogicalClock("d1"))
    appointment = _appointment(writer)
    for queued in _outbox(sqlite_session):
        queued.acked_at = utcnow()
    appointment.status = AppointmentStatus.NO_SHOW
    sqlite_session.add(_old_style_edit(appointment.id, {"status": "no_show"}))
    sqlite_session.flush()
    server = encode_row(appointment)
    server.update(status="cancelled", cancelled_reason="the clinic closed", server_seq=7)
    apply_rows(sqlite_session, "appointments", [server])
    sqlite_session.expire_all()
    local = sqlite_session.get(m.Appointment, appointment.id)
    assert local is not None
    assert (local.status, local.cancelled_reason) == (AppointmentStatus.NO_SHOW, None)


def _old_style_edit(row_id: uuid.UUID, fields: dict[str, str]) -> OutboxMutation:
    return OutboxMutation(
        mutation_id=new_id(),
        table_name="appointments",
        row_id=row_id,
        op="upsert",
        fields=fields,
        base_clocks={},
        base_version=0,
        hlc="1795450799000-00000-d1",
    )


def _appointment(writer: LocalWriter) -> m.Appointment:
    session = writer.session
    hospital = m.Hospital(code="IKJ", name="Ikeja", state="Lagos")
    session.add(hospital)
    session.flush()
    clinician = writer.insert(m.Clinician, hospital_id=hospital.id, full_name="Dr Bola Ade")
    patient = writer.insert(
        m.Patient,
        hospital_id=hospital.id,
        patient_number="IKJ1-000001",
        first_name="Ngozi",
        last_name="Adeyemi",
        sex=Sex.FEMALE,
    )
    noon = dt.datetime(2026, 12, 14, 12, tzinfo=dt.UTC)
    return writer.insert(
        m.Appointment,
        hospital_id=hospital.id,
        patient_id=patient.id,
        clinician_id=clinician.id,
        starts_at=noon,
        ends_at=noon + dt.timedelta(minutes=30),
    )


def _outbox(session: Session) -> list[OutboxMutation]:
    return list(session.scalars(sa.select(OutboxMutation).order_by(OutboxMutation.seq)))
