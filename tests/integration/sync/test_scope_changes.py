"""When what a PC may see changes, it gets the newly visible older rows without a manual reset."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import Contract, Device, OwnerAccount, Patient, RevenueSummary, User
from shared.domain.access import Principal
from shared.domain.enums import OwnerKind, PaymentMethod, Role
from sync_server.sync.changes import record_change
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer, make_hospital
from tests.integration.sync.test_roundtrip import register


def _summary(session: Session, hospital_id: uuid.UUID) -> uuid.UUID:
    summary = RevenueSummary(
        hospital_id=hospital_id,
        day=dt.date(2026, 10, 1),
        method=PaymentMethod.CASH,
        currency="NGN",
        entry_count=2,
        total_minor=1_250_000_00,
    )
    session.add(summary)
    session.flush()
    record_change(session, summary)
    return summary.id


def _owner(session: Session) -> tuple[OwnerAccount, Principal]:
    owner = OwnerAccount(kind=OwnerKind.COMPANY, display_name="Eko Health Holdings")
    session.add(owner)
    session.flush()
    user = User(username="owner9", full_name="Owner", role=Role.OWNER, owner_account_id=owner.id)
    device = Device(name="Owner laptop", prefix="OWN9", owner_account_id=owner.id)
    session.add_all([user, device])
    session.flush()
    return owner, Principal(user.id, Role.OWNER, owner_account_id=owner.id, device_id=device.id)


def _manager(world: HospitalWorld, sessions: sessionmaker[Session]) -> Principal:
    """A manager of the hospital signed in on its first desk (a token names a real account)."""
    with sessions.begin() as session:
        user = User(
            username="manager",
            full_name="Manager",
            role=Role.MANAGER,
            hospital_id=world.hospital_id,
        )
        session.add(user)
        session.flush()
        return Principal(
            user.id, Role.MANAGER, hospital_id=world.hospital_id, device_id=world.device_ids[0]
        )


def _ids(desk: Desk, model: type) -> set[uuid.UUID]:
    with desk.sessions() as session:
        return set(session.scalars(sa.select(model.id)))


def test_a_front_desk_pc_signed_in_by_a_manager_gets_the_hospitals_older_financials(
    world: HospitalWorld,
    make_desk: Callable[..., Desk],
    pg_sessions: sessionmaker[Session],
    sync_server: SyncServer,
) -> None:
    with pg_sessions.begin() as session:
        summary_id = _summary(session, world.hospital_id)
    desk = make_desk(world.principal(0))
    assert _ids(desk, RevenueSummary) == set()  # financials: managers only
    patient = register(desk, world, "IKJ1-000900")  # not yet pushed when the role changes
    desk.api.set_token(sync_server.token(_manager(world, pg_sessions)))
    desk.sync.sync_once()
    assert _ids(desk, RevenueSummary) == {summary_id}
    assert patient.id in _ids(desk, Patient)
    assert desk.sync.status().pending == 0
    assert desk.sync.sync_once().snapshot_rows == 0  # the new scopes are known: no second download


def test_a_new_contract_brings_the_hospitals_older_rows_to_the_owners_device(
    world: HospitalWorld,
    make_desk: Callable[..., Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    with pg_sessions.begin() as session:
        owner, principal = _owner(session)
        summary_id = _summary(session, world.hospital_id)  # filed before the owner's contract
    laptop = make_desk(principal)
    assert _ids(laptop, RevenueSummary) == set()
    with pg_sessions.begin() as session:
        contract = Contract(
            owner_account_id=owner.id,
            hospital_id=world.hospital_id,
            reference="EKO-IKJ-009",
            start_date=dt.date(2026, 11, 1),
            management_fee_bps=1500,
        )
        session.add(contract)
        session.flush()
        record_change(session, contract)
    laptop.sync.sync_once()
    assert _ids(laptop, Contract) == {contract.id}
    assert _ids(laptop, RevenueSummary) == {summary_id}
    assert _ids(laptop, Patient) == set()  # still never a patient row


def test_a_pc_no_longer_used_by_a_manager_drops_the_hospitals_financials(
    world: HospitalWorld,
    make_desk: Callable[..., Desk],
    pg_sessions: sessionmaker[Session],
    sync_server: SyncServer,
) -> None:
    with pg_sessions.begin() as session:
        summary_id = _summary(session, world.hospital_id)
    desk = make_desk(_manager(world, pg_sessions))
    kept = register(desk, world, "IKJ1-000910")
    desk.sync.sync_once()
    assert _ids(desk, RevenueSummary) == {summary_id}
    unsent = register(desk, world, "IKJ1-000911")  # written as the role changes
    desk.api.set_token(sync_server.token(world.principal(0)))  # front desk from now on
    desk.sync.sync_once()
    assert _ids(desk, RevenueSummary) == set()
    assert {kept.id, unsent.id} <= _ids(desk, Patient)
    assert desk.sync.status().pending == 0


@pytest.mark.parametrize("page", [500, 1])  # one page per table, and one per row
def test_an_ended_contract_takes_that_hospitals_rows_off_the_owners_device(
    world: HospitalWorld,
    make_desk: Callable[..., Desk],
    pg_sessions: sessionmaker[Session],
    page: int,
) -> None:
    with pg_sessions.begin() as session:
        owner, principal = _owner(session)
        other = make_hospital(session, code="ABJ", devices=1)
        contracts = []
        for hospital_id, reference in ((world.hospital_id, "EKO-1"), (other.hospital_id, "EKO-2")):
            contract = Contract(
                owner_account_id=owner.id,
                hospital_id=hospital_id,
                reference=reference,
                start_date=dt.date(2026, 1, 1),
                management_fee_bps=1500,
            )
            session.add(contract)
            contracts.append(contract)
        session.flush()
        summaries = {h: _summary(session, h) for h in (world.hospital_id, other.hospital_id)}
    laptop = make_desk(principal)
    assert _ids(laptop, RevenueSummary) == set(summaries.values())
    with pg_sessions.begin() as session:
        ended = session.get(Contract, contracts[1].id)
        assert ended is not None
        ended.deleted_at = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
        record_change(session, ended)
    laptop.sync.page = page
    laptop.sync.sync_once()
    assert _ids(laptop, RevenueSummary) == {summaries[world.hospital_id]}
    assert _ids(laptop, Contract) >= {contracts[0].id}
