"""Server-validated mutations: overlaps, loyalty balance, duplicates, scope, read-only, gaps."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.tables import OutboxMutation
from desktop.sync.client import HttpSyncClient, SyncGapError, UpgradeRequiredError
from shared.clock import HybridLogicalClock
from shared.db.models import (
    Appointment,
    LoyaltyLedgerEntry,
    Patient,
    PatientDuplicateFlag,
)
from shared.domain.access import Principal
from shared.sync.protocol import Mutation, PushRequest
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer, make_hospital
from tests.integration.sync.test_roundtrip import register
from tests.integration.sync.test_rule_paths_validation import unchecked_write

NINE = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def book(desk: Desk, world: HospitalWorld, patient: Patient, start: dt.datetime) -> Appointment:
    with desk.write() as writer:
        return writer.insert(
            Appointment,
            hospital_id=world.hospital_id,
            patient_id=patient.id,
            clinician_id=world.clinician_id,
            starts_at=start,
            ends_at=start + dt.timedelta(minutes=30),
        )


def outcomes(desk: Desk) -> list[tuple[str | None, str | None]]:
    with desk.sessions() as session:
        rows = session.scalars(sa.select(OutboxMutation).order_by(OutboxMutation.seq))
        return [(m.outcome, m.reason_code) for m in rows]


def test_overlapping_offline_bookings_keep_the_second_but_flag_it(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000010")
    a.sync.sync_once()
    b.sync.sync_once()
    with b.sessions() as session:
        patient_b = session.get(Patient, patient.id)
    assert patient_b is not None
    first = book(a, world, patient, NINE)
    second = book(b, world, patient_b, NINE + dt.timedelta(minutes=15))
    a.sync.sync_once()
    b.sync.sync_once()
    assert outcomes(b)[-1] == ("merged", "needs_reschedule")
    a.sync.sync_once()
    with a.sessions() as session:
        kept = session.get(Appointment, second.id)
        untouched = session.get(Appointment, first.id)
    assert kept is not None and kept.needs_reschedule and kept.reschedule_reason
    assert untouched is not None and not untouched.needs_reschedule


def test_redeeming_more_points_than_the_balance_is_rejected_and_undone_locally(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    desk = make_desk(world.principal(0))
    patient = register(desk, world, "IKJ1-000011")
    with desk.write() as writer:
        entry = writer.insert(
            LoyaltyLedgerEntry,
            hospital_id=world.hospital_id,
            patient_id=patient.id,
            kind="redeem",
            points=-500,
            reason="Free consultation",
            occurred_at=NINE,
        )
    report = desk.sync.sync_once()
    assert report.rejected == 1
    assert outcomes(desk)[-1] == ("rejected", "insufficient_points")
    with desk.sessions() as session:
        assert session.get(LoyaltyLedgerEntry, entry.id) is None
        assert session.get(Patient, patient.id) is not None


def test_same_person_at_two_desks_is_flagged_never_merged(
    world: HospitalWorld, make_desk: Callable[[Principal], Desk]
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    same = {"phone": "+2348031112222", "date_of_birth": dt.date(1990, 5, 17)}
    one = register(a, world, "IKJ1-000012", **same)
    two = register(b, world, "IKJ2-000001", **same)
    a.sync.sync_once()
    b.sync.sync_once()
    assert outcomes(b)[-1] == ("applied", "possible_duplicate")
    a.sync.sync_once()
    with a.sessions() as session:
        flag = session.scalars(sa.select(PatientDuplicateFlag)).one()
        assert session.get(Patient, one.id) and session.get(Patient, two.id)
    assert (flag.patient_id, flag.other_patient_id) == (two.id, one.id)


def _raw_push(server: SyncServer, principal: Principal, *mutations: Mutation) -> list[str]:
    client = HttpSyncClient(server.url, server.token(principal))
    try:
        response = client.push(PushRequest(mutations=list(mutations)))
    finally:
        client.close()
    return [f"{r.outcome}:{r.code}" for r in response.results]


def _mutation(seq: int, table: str, fields: dict[str, object]) -> Mutation:
    return Mutation(
        mutation_id=uuid.uuid4(),
        seq=seq,
        table=table,
        row_id=uuid.uuid4(),
        op="upsert",
        fields=fields,
        hlc=HybridLogicalClock("x").now(),
    )


def test_tampered_and_read_only_mutations_are_rejected_but_do_not_block_the_queue(
    world: HospitalWorld, sync_server: SyncServer, pg_sessions: sessionmaker[Session]
) -> None:
    with pg_sessions.begin() as session:
        other = make_hospital(session, code="GRK", devices=1)
    patient = {
        "hospital_id": str(other.hospital_id),
        "patient_number": "GRK1-000001",
        "first_name": "Musa",
        "last_name": "Bello",
        "sex": "male",
    }
    here = {**patient, "hospital_id": str(world.hospital_id)}
    answers = _raw_push(
        sync_server,
        world.principal(0),
        _mutation(1, "patients", patient),
        _mutation(2, "payouts", {"hospital_id": str(world.hospital_id)}),
        _mutation(3, "patients", here),
        _mutation(4, "patients", {**here, "patient_number": "IKJ1-000098", "nin": "1"}),
        _mutation(5, "patients", {**here, "patient_number": "IKJ1-000099"}),
    )
    assert answers == [
        "rejected:scope",
        "rejected:read_only",
        "applied:None",
        "rejected:invalid",  # breaks a database constraint: only this one is undone
        "applied:None",
    ]
    with pg_sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Patient)) == 2


def test_a_batch_with_a_gap_is_refused(world: HospitalWorld, sync_server: SyncServer) -> None:
    with pytest.raises(SyncGapError):
        _raw_push(sync_server, world.principal(0), _mutation(3, "patients", {}))


def test_a_client_older_than_the_server_is_told_to_upgrade(
    world: HospitalWorld, sync_server: SyncServer
) -> None:
    token = sync_server.token(world.principal(0))
    headers = {"X-Sync-Protocol": "0", "Authorization": f"Bearer {token}"}
    response = httpx.get(f"{sync_server.url}/api/sync/pull", headers=headers)
    assert response.status_code == 426
    assert response.json()["error"]["code"] == "upgrade_required"
    with pytest.raises(UpgradeRequiredError):
        HttpSyncClient._decode(response)


def test_a_constraint_failure_inside_a_set_based_update_rejects_only_its_mutation(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    """The batch's one-statement-per-table update fails on an over-long name; the
    push falls back to one savepoint per mutation, so only that edit is refused."""
    desk = make_desk(world.principal(0))
    ids = [register(desk, world, f"IKJ1-00003{n}").id for n in range(3)]
    desk.sync.sync_once()
    with unchecked_write(desk) as writer:
        a, b, c = (writer.session.get(Patient, i) for i in ids)
        assert a is not None and b is not None and c is not None
        writer.update(a, first_name="Adaeze")
        writer.update(b, first_name="N" * 200)
        writer.update(c, last_name="Okafor")
    desk.sync.sync_once()
    assert outcomes(desk)[-3:] == [("applied", None), ("rejected", "invalid"), ("applied", None)]
    with pg_sessions() as session:
        rows = {p.id: p for p in session.scalars(sa.select(Patient).where(Patient.id.in_(ids)))}
    assert rows[ids[0]].first_name == "Adaeze"
    assert rows[ids[1]].first_name == "Amaka"
    assert rows[ids[2]].last_name == "Okafor"
    assert rows[ids[0]].server_seq != rows[ids[2]].server_seq
    assert rows[ids[2]].server_seq > rows[ids[1]].server_seq
