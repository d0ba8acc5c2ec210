"""Front-desk booking and loyalty services on a real local store, through the local writer."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.appointments import book_appointment, cancel_appointment, suggest_slots
from desktop.services.loyalty import available_rewards, loyalty_summary
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.clock import LAGOS, HybridLogicalClock, lagos_today, utcnow
from shared.db.models import LoyaltyLedgerEntry, LoyaltyReward
from shared.domain.enums import AppointmentStatus, LedgerKind, RewardKind
from shared.domain.loyalty import Tier
from shared.domain.rewards import redeem
from shared.errors import ConflictError, FieldValidationError
from tests import factories


@dataclass
class Desk:
    session: Session
    writer: LocalWriter
    hospital_id: uuid.UUID
    patient_id: uuid.UUID
    clinician_id: uuid.UUID


@pytest.fixture
def desk(sqlite_session: Session) -> Desk:
    hospital = factories.hospital(sqlite_session)
    patient = factories.patient(sqlite_session, hospital_id=hospital.id)
    doctor = factories.clinician(sqlite_session, hospital_id=hospital.id)
    sqlite_session.commit()
    writer = LocalWriter(sqlite_session, device_id=uuid.uuid4(), clock=HybridLogicalClock("desk1"))
    return Desk(sqlite_session, writer, hospital.id, patient.id, doctor.id)


def lagos(day: dt.date, hour: int, minute: int = 0) -> str:
    return dt.datetime.combine(day, dt.time(hour, minute), LAGOS).isoformat()


def outbox_tables(session: Session) -> list[str]:
    return list(session.scalars(sa.select(OutboxMutation.table_name)))


def test_booking_refuses_clashes_and_suggests_free_slots(desk: Desk) -> None:
    day = lagos_today() + dt.timedelta(days=2)
    base = {"patient_id": desk.patient_id, "clinician_id": desk.clinician_id}
    booked = book_appointment(
        desk.session, desk.writer, data=base | {"starts_at": lagos(day, 9), "duration_minutes": 30}
    )
    assert booked.status is AppointmentStatus.SCHEDULED
    assert outbox_tables(desk.session) == ["appointments"]
    with pytest.raises(ConflictError) as clash:
        book_appointment(desk.session, desk.writer, data=base | {"starts_at": lagos(day, 9, 15)})
    assert clash.value.field == "starts_at"
    slots = suggest_slots(
        desk.session, clinician_id=desk.clinician_id, day=day, duration_minutes=30
    )
    assert slots[0] == dt.datetime.combine(day, dt.time(8), LAGOS)
    assert dt.datetime.combine(day, dt.time(9), LAGOS) not in slots
    assert dt.datetime.combine(day, dt.time(9, 30), LAGOS) in slots
    with pytest.raises(FieldValidationError) as bad:
        book_appointment(desk.session, desk.writer, data=base | {"starts_at": "soon"})
    assert bad.value.field == "starts_at"


def test_cancel_needs_a_reason_and_frees_the_slot(desk: Desk) -> None:
    day = lagos_today() + dt.timedelta(days=2)
    base = {"patient_id": desk.patient_id, "clinician_id": desk.clinician_id}
    booked = book_appointment(desk.session, desk.writer, data=base | {"starts_at": lagos(day, 11)})
    with pytest.raises(FieldValidationError):
        cancel_appointment(desk.session, desk.writer, appointment_id=booked.id, reason="  ")
    cancel_appointment(desk.session, desk.writer, appointment_id=booked.id, reason="Travelled")
    assert booked.status is AppointmentStatus.CANCELLED
    book_appointment(desk.session, desk.writer, data=base | {"starts_at": lagos(day, 11)})
    done = factories.appointment(
        desk.session,
        hospital_id=desk.hospital_id,
        patient_id=desk.patient_id,
        status=AppointmentStatus.COMPLETED,
    )
    with pytest.raises(ConflictError) as finished:
        cancel_appointment(desk.session, desk.writer, appointment_id=done.id, reason="late")
    assert finished.value.field == "status"


def test_redeeming_keeps_the_balance_above_zero(desk: Desk) -> None:
    reward = LoyaltyReward(name="Free Blood Test", kind=RewardKind.FREE_SERVICE, points_cost=100)
    desk.session.add(reward)
    desk.session.flush()
    assert [r.name for r in available_rewards(desk.session, hospital_id=desk.hospital_id)] == [
        "Free Blood Test"
    ]
    with pytest.raises(ConflictError):
        redeem(desk.writer, patient_id=desk.patient_id, reward_id=reward.id)
    desk.session.add(
        LoyaltyLedgerEntry(
            hospital_id=desk.hospital_id,
            patient_id=desk.patient_id,
            kind=LedgerKind.EARN,
            points=105,
            reason="Visits",
            occurred_at=utcnow(),
        )
    )
    desk.session.flush()
    left = redeem(desk.writer, patient_id=desk.patient_id, reward_id=reward.id)
    assert left.balance == 5
    summary = loyalty_summary(desk.session, patient_id=desk.patient_id)
    assert (summary.points, summary.lifetime_points, summary.tier) == (5, 105, Tier.BRONZE)
    assert outbox_tables(desk.session).count("loyalty_ledger") == 1
