"""Referrals at the desk, offline: recorded at registration, earned at the first completed visit.

The clerk types the referrer's patient number off their card; the new
patient's first completed visit earns the referrer the program's referral
points, once, whatever happens later.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.desk import DeskIdentity
from desktop.services.registration import register_patient
from desktop.services.visits import complete_visit
from desktop.store.writes import LocalWriter
from shared.clock import HybridLogicalClock, utcnow
from shared.db.models import LoyaltyLedgerEntry, Patient, PatientReferral
from shared.domain.earning import referral_key
from shared.domain.enums import AppointmentStatus
from shared.errors import FieldValidationError
from tests import factories

DESK = DeskIdentity(uuid.uuid4(), "IKJ01")


def _writer(session: Session) -> LocalWriter:
    return LocalWriter(session, device_id=DESK.device_id, clock=HybridLogicalClock("desk1"))


@pytest.fixture
def referrer(sqlite_session: Session) -> Patient:
    hospital = factories.hospital(sqlite_session)
    patient = factories.patient(
        sqlite_session, hospital_id=hospital.id, patient_number="IKJ01-000042"
    )
    sqlite_session.commit()
    return patient


def _register(session: Session, referred_by: str) -> uuid.UUID:
    data = {"first_name": "Ngozi", "last_name": "Obi", "sex": "female", "referred_by": referred_by}
    return register_patient(session, _writer(session), desk=DESK, data=data).id


def _visit(session: Session, referrer: Patient, patient_id: uuid.UUID, days_ago: int) -> None:
    arrived = utcnow().replace(microsecond=0) - dt.timedelta(days=days_ago, minutes=30)
    visit = factories.appointment(
        session,
        hospital_id=referrer.hospital_id,
        patient_id=patient_id,
        starts_at=arrived,
        status=AppointmentStatus.CHECKED_IN,
        checked_in_at=arrived,
    )
    session.flush()
    complete_visit(session, _writer(session), appointment_id=visit.id)


def _referral_points(session: Session, referrer: Patient) -> list[tuple[str | None, int]]:
    query = sa.select(LoyaltyLedgerEntry.source_key, LoyaltyLedgerEntry.points).where(
        LoyaltyLedgerEntry.patient_id == referrer.id
    )
    return list(session.execute(query).tuples())


def test_the_first_completed_visit_earns_the_referrer_once(
    sqlite_session: Session, referrer: Patient
) -> None:
    newcomer = _register(sqlite_session, " ikj01-42 ")  # as read off the card
    referral = sqlite_session.scalars(sa.select(PatientReferral)).one()
    assert (referral.patient_id, referral.referrer_id) == (newcomer, referrer.id)
    assert _referral_points(sqlite_session, referrer) == []
    _visit(sqlite_session, referrer, newcomer, days_ago=7)
    _visit(sqlite_session, referrer, newcomer, days_ago=0)
    assert _referral_points(sqlite_session, referrer) == [(referral_key(newcomer), 50)]


def test_an_unknown_referrer_number_is_named_and_nothing_is_saved(
    sqlite_session: Session, referrer: Patient
) -> None:
    with pytest.raises(FieldValidationError) as refused:
        _register(sqlite_session, "IKJ01-000999")
    sqlite_session.rollback()
    assert refused.value.field == "referred_by"
    assert refused.value.message == "no patient of this hospital has the number IKJ01-000999"
    assert sqlite_session.scalars(sa.select(Patient.patient_number)).all() == ["IKJ01-000042"]
    with pytest.raises(FieldValidationError) as unreadable:
        _register(sqlite_session, "Mrs Okafor")
    assert (unreadable.value.field, unreadable.value.message) == (
        "referred_by",
        "is not a patient number like IKJ01-000042",
    )
