"""One reversal per payment: the desk refuses a second one, and so does the push from another desk.

Two desks each see an unreversed payment while offline and each reverse it.
After both sync, the server holds one reversal, the second desk's is refused
with the receipt that stands (shown in Sync health), and the patient's
payments add up to nothing refunded twice.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.payments import Receipt, record_payment, reverse_payment
from desktop.services.sync_health import sync_health
from shared.db.models import Patient, RevenueEntry
from shared.domain.access import Principal
from shared.errors import ConflictError
from tests.integration.sync.conftest import Desk, HospitalWorld
from tests.integration.sync.test_roundtrip import register


def pay(desk: Desk, patient: Patient) -> Receipt:
    with desk.write() as writer:
        return record_payment(
            writer.session,
            writer,
            patient_id=patient.id,
            data={"amount": "5,000", "method": "cash"},
        )


def reverse(desk: Desk, entry_id: uuid.UUID) -> Receipt:
    with desk.write() as writer:
        return reverse_payment(
            writer.session, writer, entry_id=entry_id, reason="Charged the wrong patient"
        )


def server_entries(sessions: sessionmaker[Session], patient_id: uuid.UUID) -> list[RevenueEntry]:
    with sessions() as session:
        query = sa.select(RevenueEntry).where(RevenueEntry.patient_id == patient_id)
        return list(session.scalars(query))


def test_a_payment_reversed_at_two_desks_offline_is_refunded_once(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000051")
    payment = pay(a, patient)
    a.sync.sync_once()
    b.sync.sync_once()

    kept = reverse(a, payment.entry_id)  # both desks offline: each sees the payment unreversed
    refused = reverse(b, payment.entry_id)
    a.sync.sync_once()
    report = b.sync.sync_once()

    assert report.rejected == 1
    with b.sessions() as session:
        rejections = sync_health(session).rejections
    reason = f"This payment was already reversed at another desk (receipt {kept.receipt_number})."
    assert [(r.row_id, r.reason) for r in rejections] == [(refused.entry_id, reason)]
    rows = server_entries(pg_sessions, patient.id)
    assert sorted(r.amount_minor for r in rows) == [-500_000, 500_000]
    assert [r.id for r in rows if r.reverses_id == payment.entry_id] == [kept.entry_id]
    with b.sessions() as session:  # the refused reversal is undone; the kept one arrived
        local = session.scalars(
            sa.select(RevenueEntry.id).where(RevenueEntry.reverses_id.is_not(None))
        )
        assert list(local) == [kept.entry_id]


def test_two_desks_pushing_their_reversals_at_once_refund_once(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000054")
    payment = pay(a, patient)
    a.sync.sync_once()
    b.sync.sync_once()
    reverse(a, payment.entry_id)
    reverse(b, payment.entry_id)
    start = threading.Barrier(2)

    def sync(desk: Desk) -> int:
        start.wait()
        return desk.sync.sync_once().rejected

    with ThreadPoolExecutor(2) as pool:
        rejected = list(pool.map(sync, (a, b)))

    assert sorted(rejected) == [0, 1]
    rows = server_entries(pg_sessions, patient.id)
    assert sorted(r.amount_minor for r in rows) == [-500_000, 500_000]
    loser = (a, b)[rejected.index(1)]
    with loser.sessions() as session:
        reasons = [r.reason for r in sync_health(session).rejections]
    assert len(reasons) == 1 and reasons[0].startswith("This payment was already reversed")


def test_the_desk_and_the_push_name_the_same_reversal_that_stands(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000052")
    payment = pay(a, patient)
    kept = reverse(a, payment.entry_id)
    a.sync.sync_once()
    b.sync.sync_once()

    with pytest.raises(ConflictError) as desk_answer:  # the desk path, once it has synced
        reverse(b, payment.entry_id)
    assert desk_answer.value.code == "already_reversed"
    assert f"(receipt {kept.receipt_number})" in desk_answer.value.message
    with pytest.raises(ConflictError, match="already reversed"):
        reverse(a, payment.entry_id)


def test_the_database_refuses_a_second_reversal_whatever_wrote_it(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    desk = make_desk(world.principal(0))
    patient = register(desk, world, "IKJ1-000053")
    payment = pay(desk, patient)
    reverse(desk, payment.entry_id)
    desk.sync.sync_once()
    with pg_sessions() as session, pytest.raises(sa.exc.IntegrityError, match="reverses_id"):
        original = session.get_one(RevenueEntry, payment.entry_id)
        session.add(
            RevenueEntry(
                hospital_id=original.hospital_id,
                patient_id=original.patient_id,
                amount_minor=-original.amount_minor,
                currency=original.currency,
                method=original.method,
                received_at=original.received_at,
                reverses_id=original.id,
            )
        )
        session.flush()
