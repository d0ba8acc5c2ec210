"""Receipt numbers made offline: two desks of one hospital never hand out the same one.

Each desk numbers with its own device prefix and a count for the Lagos year,
so both can take payments offline and push them; the server keeps every
number once per hospital and refuses, by name, a payment whose number
another payment already carries.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.desk import SESSION_KEY
from desktop.services.payments import Receipt, record_payment
from desktop.services.sync_health import sync_health
from desktop.store.tables import SyncStateEntry
from shared.clock import to_lagos, utcnow
from shared.db.models import Patient, RevenueEntry
from shared.domain.access import Principal
from shared.domain.enums import PaymentMethod
from shared.domain.receipts import format_receipt_number, parse_receipt_number
from shared.errors import FieldValidationError
from tests.integration.sync.conftest import Desk, HospitalWorld
from tests.integration.sync.test_roundtrip import register


def signed_in(desk: Desk, world: HospitalWorld, index: int) -> Desk:
    """The desk as a login leaves it: registered as device ``index``, with its prefix."""
    session_state = {
        "device_id": str(world.device_ids[index]),
        "device_prefix": world.prefixes[index],
    }
    with desk.sessions.begin() as session:
        session.merge(SyncStateEntry(key=SESSION_KEY, value=session_state))
    return desk


def pay(desk: Desk, patient: Patient, amount: str = "5,000") -> Receipt:
    with desk.write() as writer:
        data = {"amount": amount, "method": "cash", "description": "Consultation"}
        return record_payment(writer.session, writer, patient_id=patient.id, data=data)


def server_numbers(sessions: sessionmaker[Session]) -> list[str | None]:
    with sessions() as session:
        return sorted(session.scalars(sa.select(RevenueEntry.receipt_number)), key=str)


def test_two_desks_offline_issue_different_numbers(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a = signed_in(make_desk(world.principal(0)), world, 0)
    b = signed_in(make_desk(world.principal(1)), world, 1)
    patient = register(a, world, "IKJ1-000061")
    a.sync.sync_once()
    b.sync.sync_once()

    # Both offline from here: each numbers its own payments, asking no one.
    at_a = [pay(a, patient).receipt_number for _ in range(2)]
    at_b = [pay(b, patient).receipt_number for _ in range(2)]
    assert a.sync.sync_once().rejected == 0
    assert b.sync.sync_once().rejected == 0

    year = to_lagos(utcnow()).year
    pa, pb = world.prefixes[0], world.prefixes[1]
    assert at_a == [f"{pa}-{year}-000001", f"{pa}-{year}-000002"]
    assert at_b == [f"{pb}-{year}-000001", f"{pb}-{year}-000002"]
    assert server_numbers(pg_sessions) == sorted(at_a + at_b)


def test_a_desk_restored_from_an_old_copy_counts_on_after_what_it_pushed(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a = signed_in(make_desk(world.principal(0)), world, 0)
    patient = register(a, world, "IKJ1-000062")
    first = pay(a, patient).receipt_number
    a.sync.sync_once()

    again = signed_in(make_desk(world.principal(0)), world, 0)  # a fresh copy, synced once
    second = pay(again, patient).receipt_number
    assert again.sync.sync_once().rejected == 0
    assert first.endswith("-000001") and second.endswith("-000002")


def test_the_server_refuses_a_number_another_payment_carries(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a = signed_in(make_desk(world.principal(0)), world, 0)
    b = make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000063")
    a.sync.sync_once()
    b.sync.sync_once()
    kept = pay(a, patient)
    a.sync.sync_once()
    with b.write() as writer:  # b, offline, copies a's number past its own service
        copied = writer.insert(
            RevenueEntry,
            hospital_id=world.hospital_id,
            patient_id=patient.id,
            amount_minor=100_000,
            currency="NGN",
            method=PaymentMethod.CASH,
            received_at=utcnow(),
            receipt_number=kept.receipt_number,
        )
    report = b.sync.sync_once()

    assert report.rejected == 1
    with b.sessions() as session:
        [rejection] = sync_health(session).rejections
    assert rejection.row_id == copied.id
    assert rejection.reason == (
        f"Receipt no. {kept.receipt_number} is already used by another payment of this hospital."
    )
    assert server_numbers(pg_sessions) == [kept.receipt_number]


def test_a_number_that_is_not_one_is_refused_at_the_desk(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a = make_desk(world.principal(0))
    patient = register(a, world, "IKJ1-000064")
    with pytest.raises(FieldValidationError) as refused, a.write() as writer:
        writer.insert(
            RevenueEntry,
            hospital_id=world.hospital_id,
            patient_id=patient.id,
            amount_minor=100_000,
            currency="NGN",
            method=PaymentMethod.CASH,
            received_at=utcnow(),
            receipt_number="R01A23446-7F9DAD61",
        )
    assert refused.value.field == "receipt_number"
    assert "is not a receipt number" in refused.value.message


@pytest.mark.parametrize(
    ("prefix", "year", "count", "number"),
    [("lkk0", 2026, 123, "LKK0-2026-000123"), ("IKJ1", 2027, 999_999, "IKJ1-2027-999999")],
)
def test_numbers_are_written_and_read_back(prefix: str, year: int, count: int, number: str) -> None:
    assert format_receipt_number(prefix, year, count) == number
    assert parse_receipt_number(number) == (prefix.upper(), year, count)


@pytest.mark.parametrize(
    ("prefix", "year", "count"),
    [("LKK0", 2026, 0), ("LKK0", 2026, 1_000_000), ("LKK0", 26, 1), ("L", 2026, 1)],
)
def test_a_count_year_or_prefix_out_of_range_is_refused(prefix: str, year: int, count: int) -> None:
    with pytest.raises(FieldValidationError):
        format_receipt_number(prefix, year, count)
