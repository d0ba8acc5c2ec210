"""A row the desk form refuses is refused on push too, and the desk says why in Sync health.

For each rule — a patient's phone, a patient's NIN, a feedback rating, a
booking's end, a payment's amount — the same bad row is tried twice: through
the desk's ``LocalWriter``, which runs the table's validator and refuses it
naming the field; and as an old or tampered desk would send it, the row and
its outbox mutation written straight into the desk's store. The server
refuses that push with ``invalid`` and the field, stores nothing, and the
desk's Sync health list names the field as the form labels it, in one
plain sentence.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.sync_health import sync_health
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Appointment, Patient, PatientFeedback, RevenueEntry
from shared.domain.access import Principal
from shared.domain.enums import PaymentMethod, Sex
from shared.errors import FieldValidationError
from shared.sync.codec import encode_mapping
from shared.sync.registry import TableSpec
from tests.integration.sync.conftest import Desk, HospitalWorld
from tests.integration.sync.rule_paths import dry_run
from tests.integration.sync.test_roundtrip import register

NINE = dt.datetime.combine(utcnow().date() + dt.timedelta(days=2), dt.time(9), dt.UTC)


@dataclass(frozen=True)
class Case:
    model: type[Any]
    field: str
    label: str
    sentence: str
    fields: Callable[[HospitalWorld, uuid.UUID], dict[str, Any]]


def _patient(world: HospitalWorld, _: uuid.UUID, **bad: Any) -> dict[str, Any]:
    return {
        "hospital_id": world.hospital_id,
        "patient_number": "IKJ1-000077",
        "first_name": "Chidi",
        "last_name": "Okafor",
        "sex": Sex.MALE,
        **bad,
    }


def _feedback(world: HospitalWorld, patient_id: uuid.UUID) -> dict[str, Any]:
    return {
        "hospital_id": world.hospital_id,
        "patient_id": patient_id,
        "rating": 7,
        "submitted_at": utcnow(),
    }


def _booking(world: HospitalWorld, patient_id: uuid.UUID) -> dict[str, Any]:
    return {
        "hospital_id": world.hospital_id,
        "patient_id": patient_id,
        "clinician_id": world.clinician_id,
        "starts_at": NINE,
        "ends_at": NINE - dt.timedelta(minutes=30),
    }


def _payment(world: HospitalWorld, patient_id: uuid.UUID) -> dict[str, Any]:
    return {
        "hospital_id": world.hospital_id,
        "patient_id": patient_id,
        "amount_minor": -500_000,
        "method": PaymentMethod.CASH,
        "received_at": utcnow(),
    }


CASES = {
    "phone abc": Case(
        Patient,
        "phone",
        "Phone",
        "Phone: 'abc' is not a phone number.",
        lambda world, pid: _patient(world, pid, phone="abc"),
    ),
    "nin of 1 digit": Case(
        Patient,
        "nin",
        "NIN",
        "NIN must be exactly 11 digits.",
        lambda world, pid: _patient(world, pid, nin="1"),
    ),
    "rating 7": Case(PatientFeedback, "rating", "Rating", "Rating must be at most 5.", _feedback),
    "ends before it starts": Case(
        Appointment, "ends_at", "End", "End must be after the start.", _booking
    ),
    "negative payment": Case(
        RevenueEntry, "amount_minor", "Amount", "Amount must not be negative.", _payment
    ),
}


class UncheckedWriter(LocalWriter):
    """The writer of a desk from before row validation: it queues whatever it is given."""

    def _validate(self, spec: TableSpec, row: Any, values: dict[str, Any]) -> None:
        return None


@contextmanager
def unchecked_write(desk: Desk) -> Iterator[LocalWriter]:
    """Like ``desk.write()``, through the old desk's writer: for pushes the server must refuse."""
    assert desk.principal.device_id is not None
    with desk.sessions.begin() as session:
        yield UncheckedWriter(session, device_id=desk.principal.device_id, clock=desk.clock)


def tampered_insert(desk: Desk, model: type[Any], fields: dict[str, Any]) -> uuid.UUID:
    """What a desk without the validator queues: the mutation alone, written into its outbox.

    The desk's own store has CHECKs for some of these rules, so the row
    itself is left out, as a tampered desk would leave it out.
    """
    row_id = uuid.uuid4()
    with desk.sessions.begin() as session:
        session.add(
            OutboxMutation(
                mutation_id=uuid.uuid4(),
                table_name=model.__table__.name,
                row_id=row_id,
                op="upsert",
                fields=encode_mapping(fields),
                base_clocks={},
                base_version=0,
                hlc=desk.clock.now(),
            )
        )
    return row_id


@pytest.fixture
def desk_and_patient(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> tuple[Desk, uuid.UUID]:
    desk = make_desk(world.principal(0))
    patient = register(desk, world, "IKJ1-000071")
    desk.sync.sync_once()
    return desk, patient.id


@pytest.mark.parametrize("name", list(CASES))
def test_a_row_the_desk_refuses_is_refused_on_push_and_shown_in_sync_health(
    name: str,
    world: HospitalWorld,
    desk_and_patient: tuple[Desk, uuid.UUID],
    pg_sessions: sessionmaker[Session],
) -> None:
    case = CASES[name]
    desk, patient_id = desk_and_patient
    fields = case.fields(world, patient_id)

    with dry_run(desk) as (_, writer), pytest.raises(FieldValidationError) as refused:
        writer.insert(case.model, **fields)
    assert refused.value.field == case.field

    row_id = tampered_insert(desk, case.model, fields)
    report = desk.sync.sync_once()

    assert report.rejected == 1
    with desk.sessions() as session:
        answer = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.row_id == row_id)
        ).one()
        assert (answer.outcome, answer.reason_code) == ("rejected", "invalid")
        assert answer.reason is not None and answer.reason.startswith(f"{case.label}: ")
        assert session.get(case.model, row_id) is None  # the refused row is undone here
        shown = [
            (r.row_id, r.field, r.field_label, r.reason) for r in sync_health(session).rejections
        ]
    assert shown == [(row_id, case.field, case.label, case.sentence)]
    with pg_sessions() as session:
        assert session.get(case.model, row_id) is None


def test_an_edit_the_desk_refuses_is_refused_on_push_with_the_field(
    desk_and_patient: tuple[Desk, uuid.UUID], pg_sessions: sessionmaker[Session]
) -> None:
    desk, patient_id = desk_and_patient
    with dry_run(desk) as (session, writer), pytest.raises(FieldValidationError) as refused:
        writer.update(session.get_one(Patient, patient_id), phone="abc")
    assert refused.value.field == "phone"

    with unchecked_write(desk) as writer:  # the same edit from a desk without the validator
        writer.update(writer.session.get_one(Patient, patient_id), phone="abc")
    assert desk.sync.sync_once().rejected == 1

    with desk.sessions() as session:
        [shown] = sync_health(session).rejections
        assert session.get_one(Patient, patient_id).phone is None  # the server's copy is back
    assert (shown.field, shown.reason) == ("phone", "Phone: 'abc' is not a phone number.")
    with pg_sessions() as session:
        assert session.get_one(Patient, patient_id).phone is None
