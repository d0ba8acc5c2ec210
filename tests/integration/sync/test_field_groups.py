"""Field groups merge as one unit: two offline desks' status changes never mix.

For every field group the registry declares on a desk-writable table, two
desks start from the same row; desk A changes the group one way, desk B
(later) changes only part of it another way. Field by field, B's status
used to land next to A's reason (an appointment ``no_show`` carrying a
cancellation reason, a booking ending before it starts). Now the later
group wins whole, the losing group is recorded whole (one conflict per
differing field, sharing the two groups' clocks), every desk converges to
the server, and restoring from the Conflicts inbox brings the group back whole.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.conflicts import open_conflicts, restore_lost_value
from shared.db import models as m
from shared.db.base import new_id
from shared.domain import enums as e
from shared.domain.access import Principal
from shared.domain.enums import Role
from shared.sync.codec import model_of
from shared.sync.registry import SPECS
from sync_server.sync.changes import record_change
from tests.integration.sync.conftest import Desk, HospitalWorld, make_hospital

NOON = dt.datetime(2026, 12, 14, 12, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Case:
    """A row of ``table`` as the server holds it, A's change and B's later, partial one."""

    table: str
    base: dict[str, Any]
    a: dict[str, Any]
    b: dict[str, Any]
    #: The group as B left it: B's change on top of the base row.
    expected: dict[str, Any]


CASES = {
    "appointment status": Case(
        "appointments",
        {"status": e.AppointmentStatus.SCHEDULED},
        {"status": e.AppointmentStatus.CANCELLED, "cancelled_reason": "the patient travelled"},
        {"status": e.AppointmentStatus.NO_SHOW},
        {"status": e.AppointmentStatus.NO_SHOW, "cancelled_reason": None, "checked_in_at": None},
    ),
    "appointment check-in against a cancellation": Case(
        "appointments",
        {"status": e.AppointmentStatus.SCHEDULED},
        {"status": e.AppointmentStatus.CHECKED_IN, "checked_in_at": NOON},
        {"status": e.AppointmentStatus.CANCELLED, "cancelled_reason": "the clinic closed"},
        {
            "status": e.AppointmentStatus.CANCELLED,
            "cancelled_reason": "the clinic closed",
            "checked_in_at": None,
        },
    ),
    "appointment reschedule mark": Case(
        "appointments",
        {"needs_reschedule": True, "reschedule_reason": "clash with Dr Ade"},
        {"needs_reschedule": False},
        {"reschedule_reason": "the patient asked for an evening"},
        {"needs_reschedule": True, "reschedule_reason": "the patient asked for an evening"},
    ),
    "appointment slot": Case(
        "appointments",
        {},
        {"starts_at": NOON + dt.timedelta(hours=4), "ends_at": NOON + dt.timedelta(hours=5)},
        {"ends_at": NOON + dt.timedelta(hours=2)},
        {"starts_at": NOON, "ends_at": NOON + dt.timedelta(hours=2)},
    ),
    # A closed callback stays closed (shared.domain.service_recovery.check_task), so the
    # race is between two desks working on an open one.
    "feedback follow-up": Case(
        "patient_feedback",
        {"follow_up_status": e.FollowUpStatus.IN_PROGRESS},
        {"follow_up_status": e.FollowUpStatus.IN_PROGRESS, "follow_up_note": "left a message"},
        {"follow_up_status": e.FollowUpStatus.OPEN},
        {
            "follow_up_status": e.FollowUpStatus.OPEN,
            "follow_up_note": None,
            "follow_up_outcome": None,
            "follow_up_closed_at": None,
            "follow_up_closed_by_id": None,
        },
    ),
    "redemption status": Case(
        "loyalty_redemptions",
        {"status": e.RedemptionStatus.COMPLETED},
        {"status": e.RedemptionStatus.CANCELLED, "status_reason": "the patient changed their mind"},
        {"status": e.RedemptionStatus.REJECTED},
        {"status": e.RedemptionStatus.REJECTED, "status_reason": None},
    ),
}


def test_every_group_a_desk_can_write_has_a_case() -> None:
    declared = {
        (spec.name, group)
        for spec in SPECS
        if spec.client_writable
        for group in spec.field_groups
        # An owner's, and a campaign's lifecycle: each has a test of its own below.
        if spec.name not in ("payout_responses", "campaigns")
    }
    covered = {(case.table, _group(case)) for case in CASES.values()}
    assert declared == covered


@pytest.mark.parametrize("later_syncs_last", [True, False], ids=["later-last", "later-first"])
@pytest.mark.parametrize("name", CASES)
def test_the_later_group_wins_whole_and_the_loser_is_kept_whole(
    name: str,
    later_syncs_last: bool,
    make_desk: Callable[..., Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    case = CASES[name]
    with pg_sessions.begin() as session:
        world = make_hospital(session, code="GRP", role=Role.MANAGER)
        row_id = _server_row(session, world, case)
    a, b = make_desk(_manager(world, 0)), make_desk(_manager(world, 1))
    _edit(a, case.table, row_id, case.a)
    _edit(b, case.table, row_id, case.b)  # later: B's clock sorts after A's
    first, last = (a, b) if later_syncs_last else (b, a)
    first.sync.sync_once()
    last.sync.sync_once()
    group = _group(case)
    with pg_sessions() as session:
        server = _values(session.get(model_of(case.table), row_id), group)
        conflicts = _conflicts(session, row_id)
    assert server == case.expected
    for desk in (a, b):
        desk.sync.sync_once()
        assert _local(desk, case.table, row_id, group) == case.expected
    lost = _a_side(case)
    assert {c.field for c in conflicts} == {f for f in group if case.expected[f] != lost[f]}
    assert len({(c.winning_clock, c.losing_clock) for c in conflicts}) == 1
    _restore_on(a, conflicts[0].id)
    a.sync.sync_once()
    with pg_sessions() as session:
        restored = _values(session.get(model_of(case.table), row_id), group)
    assert restored == lost


def test_payout_response_group(
    world: HospitalWorld, make_desk: Callable[..., Desk], pg_sessions: sessionmaker[Session]
) -> None:
    """An owner's two PCs: one withdraws a dispute, the other (later) rewords it."""
    with pg_sessions.begin() as session:
        laptop, office, response_id = _owner_with_a_dispute(session, world)
    a, b = make_desk(laptop), make_desk(office)
    _edit(
        a,
        "payout_responses",
        response_id,
        {"kind": e.PayoutResponseKind.ACKNOWLEDGED, "reason": None},
    )
    _edit(b, "payout_responses", response_id, {"reason": "the fee and the deductions are too high"})
    a.sync.sync_once()
    b.sync.sync_once()
    expected = {
        "kind": e.PayoutResponseKind.DISPUTED,
        "reason": "the fee and the deductions are too high",
    }
    group = frozenset(expected)
    with pg_sessions() as session:
        assert _values(session.get(m.PayoutResponse, response_id), group) == expected
        assert {c.field for c in _conflicts(session, response_id)} == set(group)
    a.sync.sync_once()
    assert _local(a, "payout_responses", response_id, group) == expected


@pytest.mark.parametrize("cancel_syncs_last", [True, False], ids=["cancel-last", "cancel-first"])
def test_a_campaign_one_manager_approves_and_another_cancels_ends_cancelled(
    cancel_syncs_last: bool, make_desk: Callable[..., Desk], pg_sessions: sessionmaker[Session]
) -> None:
    """The approval group moves whole; a cancelled campaign is never approved back to life.

    Cancel after the approval: the later group wins whole, approver and time
    cleared. Cancel first: the approval that arrives after it is refused, as
    the REST API refuses approving a campaign no longer waiting.
    """
    with pg_sessions.begin() as session:
        world = make_hospital(session, code="GRP", role=Role.MANAGER)
        row_id = _server_row(
            session,
            world,
            Case("campaigns", {"status": e.CampaignStatus.PENDING_APPROVAL}, {}, {}, {}),
        )
    a, b = make_desk(_manager(world, 0)), make_desk(_manager(world, 1))
    _edit(a, "campaigns", row_id, {"status": e.CampaignStatus.APPROVED, "approved_at": NOON})
    _edit(b, "campaigns", row_id, {"status": e.CampaignStatus.CANCELLED})
    first, last = (a, b) if cancel_syncs_last else (b, a)
    first.sync.sync_once()
    last.sync.sync_once()
    group = frozenset({"status", "approved_by_id", "approved_at"})
    expected = {"status": e.CampaignStatus.CANCELLED, "approved_by_id": None, "approved_at": None}
    with pg_sessions() as session:
        assert _values(session.get_one(m.Campaign, row_id), group) == expected
    for desk in (a, b):
        desk.sync.sync_once()
        assert _local(desk, "campaigns", row_id, group) == expected


def _owner_with_a_dispute(
    session: Session, world: HospitalWorld
) -> tuple[Principal, Principal, uuid.UUID]:
    owner = m.OwnerAccount(kind=e.OwnerKind.COMPANY, display_name="Eko Health Holdings")
    session.add(owner)
    session.flush()
    user = m.User(username="owner1", full_name="Owner", role=Role.OWNER, owner_account_id=owner.id)
    devices = [
        m.Device(name=f"Owner PC {n}", prefix=f"OWN{n}", owner_account_id=owner.id) for n in (1, 2)
    ]
    contract = m.Contract(
        owner_account_id=owner.id,
        hospital_id=world.hospital_id,
        reference="EKO-IKJ-001",
        start_date=dt.date(2026, 1, 1),
        management_fee_bps=1500,
    )
    session.add_all([user, *devices, contract])
    session.flush()
    payout = m.Payout(
        contract_id=contract.id,
        owner_account_id=owner.id,
        hospital_id=world.hospital_id,
        period="2026-11",
        currency="NGN",
        gross_minor=1_000_000,
        fee_minor=150_000,
        net_minor=850_000,
        fee_bps=1500,
    )
    session.add(payout)
    session.flush()
    response = m.PayoutResponse(
        payout_id=payout.id,
        owner_account_id=owner.id,
        kind=e.PayoutResponseKind.DISPUTED,
        reason="the fee is too high",
    )
    session.add(response)
    session.flush()
    for row in (contract, payout, response):
        record_change(session, row)
    principals = [
        Principal(user.id, Role.OWNER, owner_account_id=owner.id, device_id=d.id) for d in devices
    ]
    return principals[0], principals[1], response.id


def _a_side(case: Case) -> dict[str, Any]:
    """The group as A left it (A's change on top of the base row)."""
    base = {**_defaults(case.table), **case.base}
    return {f: case.a.get(f, base.get(f)) for f in _group(case)}


def _group(case: Case) -> frozenset[str]:
    spec = next(spec for spec in SPECS if spec.name == case.table)
    return spec.group_of(next(iter(case.b)))


def _defaults(table: str) -> dict[str, Any]:
    if table == "appointments":
        return {"starts_at": NOON, "ends_at": NOON + dt.timedelta(minutes=30)}
    return {}


def _manager(world: HospitalWorld, desk: int) -> Principal:
    """A manager on one of the hospital's desks (campaigns are theirs to approve)."""
    return Principal(
        world.user_id, Role.MANAGER, hospital_id=world.hospital_id, device_id=world.device_ids[desk]
    )


def _server_row(session: Session, world: HospitalWorld, case: Case) -> uuid.UUID:
    """The row both desks start from, written by the server as every server write is."""
    patient = m.Patient(
        hospital_id=world.hospital_id,
        patient_number="GRP1-000001",
        first_name="Kemi",
        last_name="Afolabi",
        sex=e.Sex.FEMALE,
    )
    session.add(patient)
    session.flush()
    record_change(session, patient)
    row = _ROWS[case.table](session, world, patient.id)
    for field, value in {**_defaults(case.table), **case.base}.items():
        setattr(row, field, value)
    session.add(row)
    session.flush()
    record_change(session, row)
    row_id: uuid.UUID = row.id
    return row_id


def _appointment(session: Session, world: HospitalWorld, patient_id: uuid.UUID) -> Any:
    return m.Appointment(
        hospital_id=world.hospital_id,
        patient_id=patient_id,
        clinician_id=world.clinician_id,
        starts_at=NOON,
        ends_at=NOON + dt.timedelta(minutes=30),
    )


def _feedback(session: Session, world: HospitalWorld, patient_id: uuid.UUID) -> Any:
    return m.PatientFeedback(
        hospital_id=world.hospital_id, patient_id=patient_id, rating=2, submitted_at=NOON
    )


def _redemption(session: Session, world: HospitalWorld, patient_id: uuid.UUID) -> Any:
    reward = m.LoyaltyReward(
        hospital_id=world.hospital_id,
        name="Free check-up",
        kind=e.RewardKind.FREE_SERVICE,
        points_cost=50,
    )
    session.add(reward)
    session.flush()
    record_change(session, reward)
    return m.LoyaltyRedemption(
        hospital_id=world.hospital_id,
        patient_id=patient_id,
        reward_id=reward.id,
        points=50,
        redeemed_at=NOON,
    )


def _campaign(session: Session, world: HospitalWorld, patient_id: uuid.UUID) -> Any:
    template = m.MessageTemplate(
        key=f"flu-{new_id().hex[:6]}", channel=e.Channel.SMS, name="Flu jab", body="Flu jabs now."
    )
    session.add(template)
    session.flush()
    record_change(session, template)
    return m.Campaign(
        hospital_id=world.hospital_id,
        name="Flu season",
        template_id=template.id,
        channel=e.Channel.SMS,
    )


_ROWS = {
    "appointments": _appointment,
    "patient_feedback": _feedback,
    "loyalty_redemptions": _redemption,
    "campaigns": _campaign,
}


def _edit(desk: Desk, table: str, row_id: uuid.UUID, fields: dict[str, Any]) -> None:
    with desk.write() as writer:
        row = writer.session.get(model_of(table), row_id)
        assert row is not None
        writer.update(row, **fields)


def _values(row: Any, group: frozenset[str]) -> dict[str, Any]:
    return {field: _utc(getattr(row, field)) for field in group}


def _utc(value: Any) -> Any:
    return value.astimezone(dt.UTC) if isinstance(value, dt.datetime) else value


def _local(desk: Desk, table: str, row_id: uuid.UUID, group: frozenset[str]) -> dict[str, Any]:
    with desk.sessions() as session:
        return _values(session.get(model_of(table), row_id), group)


def _conflicts(session: Session, row_id: uuid.UUID) -> list[m.SyncConflict]:
    query = sa.select(m.SyncConflict).where(m.SyncConflict.row_id == row_id)
    return list(session.scalars(query.order_by(m.SyncConflict.field)))


def _restore_on(desk: Desk, conflict_id: uuid.UUID) -> None:
    with desk.write() as writer:
        assert conflict_id in {c.id for c in open_conflicts(writer.session)}
        restore_lost_value(writer.session, writer, conflict_id=conflict_id)
