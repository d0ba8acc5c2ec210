"""Scopes: an owner's device gets the owner's financial rows and never a patient row."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import (
    Contract,
    Device,
    Hospital,
    OwnerAccount,
    Patient,
    RevenueSummary,
    User,
)
from shared.domain.access import Principal
from shared.domain.enums import OwnerKind, PaymentMethod, Role, Sex
from sync_server.sync.changes import record_change
from tests.integration.sync.conftest import Desk, HospitalWorld


def _owner_principal(session: Session, world: HospitalWorld) -> Principal:
    owner = OwnerAccount(kind=OwnerKind.COMPANY, display_name="Eko Health Holdings")
    session.add(owner)
    session.flush()
    user = User(username="owner1", full_name="Owner", role=Role.OWNER, owner_account_id=owner.id)
    device = Device(name="Owner laptop", prefix="OWN1", owner_account_id=owner.id)
    contract = Contract(
        owner_account_id=owner.id,
        hospital_id=world.hospital_id,
        reference="EKO-IKJ-001",
        start_date=dt.date(2026, 1, 1),
        management_fee_bps=1500,
    )
    session.add_all([user, device, contract])
    session.flush()
    record_change(session, contract)
    return Principal(user.id, Role.OWNER, owner_account_id=owner.id, device_id=device.id)


def _server_writes(session: Session, world: HospitalWorld) -> None:
    patient = Patient(
        hospital_id=world.hospital_id,
        patient_number="IKJ1-000500",
        first_name="Kemi",
        last_name="Afolabi",
        sex=Sex.FEMALE,
    )
    summary = RevenueSummary(
        hospital_id=world.hospital_id,
        day=dt.date(2026, 11, 1),
        method=PaymentMethod.CASH,
        currency="NGN",
        entry_count=3,
        total_minor=4_500_000,
    )
    session.add_all([patient, summary])
    session.flush()
    record_change(session, patient)
    record_change(session, summary)


def _ids(desk: Desk, model: type) -> set[uuid.UUID]:
    with desk.sessions() as session:
        return set(session.scalars(sa.select(model.id)))


def test_owner_device_gets_financials_and_hospitals_but_no_patients(
    world: HospitalWorld,
    make_desk: Callable[..., Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    with pg_sessions.begin() as session:
        principal = _owner_principal(session, world)
    with pg_sessions.begin() as session:
        _server_writes(session, world)  # before the owner's first download
    owner = make_desk(principal)
    front = make_desk(world.principal(0))
    with pg_sessions.begin() as session:
        late = Patient(
            hospital_id=world.hospital_id,
            patient_number="IKJ1-000501",
            first_name="Sani",
            last_name="Lawal",
            sex=Sex.MALE,
        )
        session.add(late)
        record_change(session, late)  # arrives by pull, not snapshot
    owner.sync.sync_once()
    front.sync.sync_once()
    assert _ids(owner, Patient) == set()
    assert len(_ids(front, Patient)) == 2
    assert len(_ids(owner, Contract)) == 1 and len(_ids(owner, RevenueSummary)) == 1
    assert _ids(owner, Hospital) == {world.hospital_id}
    assert _ids(front, Contract) == set()  # financial scope: managers only
