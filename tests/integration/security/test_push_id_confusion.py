"""An id named under two tables in one batch, or copied from another table: refused, never merged.

Each attack is the one reproduced on the old push, which looked rows up by id
alone and merged the second mutation's fields into the first table's row
under the second table's rules.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.domain.access import Principal
from shared.domain.enums import Role
from tests.integration.security.conftest import (
    Estate,
    Wire,
    outcomes,
    rows_in,
    server_rows,
)

NOW = utcnow().isoformat()


def _confused(
    wire: Wire,
    principal: Principal,
    real: tuple[str, uuid.UUID],
    lever: str,
    fields: dict[str, Any],
) -> list[str]:
    """Name ``real``'s row first under its own table, then under ``lever`` with ``fields``."""
    table, row_id = real
    return outcomes(
        wire.push(principal, wire.mutation(table, row_id, {}), wire.mutation(lever, row_id, fields))
    )


def _unchanged(
    pg_sessions: sessionmaker[Session], before: dict[tuple[str, str], dict[str, Any]]
) -> None:
    with pg_sessions() as session:
        assert server_rows(session) == before


def _snapshot(pg_sessions: sessionmaker[Session]) -> dict[tuple[str, str], dict[str, Any]]:
    with pg_sessions() as session:
        return server_rows(session)


def test_an_owner_cannot_carry_a_foreign_message_into_their_scope(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    owner = estate.a.owner
    answers = _confused(
        wire,
        owner,
        ("messages", estate.b.message_id),
        "payout_responses",
        {"owner_account_id": str(estate.a.owner_account_id)},
    )
    assert answers[1] == "rejected:id_conflict"
    _unchanged(pg_sessions, before)
    pulled = wire.pull(owner)
    assert rows_in(pulled, "messages") == []
    assert estate.b.patient_phone not in str(pulled)


def test_an_owner_cannot_soft_delete_the_admins_user_or_a_payout(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    owner, account = estate.a.owner, str(estate.a.owner_account_id)
    lever = {"owner_account_id": account, "deleted_at": NOW}
    user = _confused(wire, owner, ("users", estate.admin.user_id), "payout_responses", lever)
    payout = _confused(wire, owner, ("payouts", estate.a.payout_id), "payout_responses", lever)
    assert [user[1], payout[1]] == ["rejected:id_conflict"] * 2
    _unchanged(pg_sessions, before)
    assert all(row["deleted_at"] is None for row in wire.pull(owner) if "deleted_at" in row)


def test_a_manager_cannot_approve_a_payout(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    manager = estate.a.of(Role.MANAGER)
    answers = _confused(
        wire,
        manager,
        ("payouts", estate.a.payout_id),
        "campaigns",
        {"status": "approved", "approved_at": NOW, "approved_by_id": str(manager.user_id)},
    )
    assert answers[1] == "rejected:id_conflict"
    _unchanged(pg_sessions, before)
    payouts = rows_in(wire.pull(manager), "payouts")
    assert [p["status"] for p in payouts] == ["pending"]


def test_a_desk_cannot_soft_delete_an_append_only_payment(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    desk = estate.a.desk
    answers = _confused(
        wire, desk, ("revenue_entries", estate.a.payment_id), "patients", {"deleted_at": NOW}
    )
    assert answers[1] == "rejected:id_conflict"
    direct = wire.push(
        desk, wire.mutation("revenue_entries", estate.a.payment_id, {"deleted_at": NOW})
    )
    assert outcomes(direct) == ["rejected:append_only"]
    _unchanged(pg_sessions, before)
    payments = rows_in(wire.pull(desk), "revenue_entries")
    assert [p["deleted_at"] for p in payments] == [None]


def test_a_desk_cannot_turn_a_ledger_entry_into_777777_points(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    desk = estate.a.desk
    answers = _confused(
        wire,
        desk,
        ("loyalty_ledger", estate.a.ledger_id),
        "loyalty_redemptions",
        {"points": 777_777},
    )
    assert answers[1] == "rejected:id_conflict"
    _unchanged(pg_sessions, before)
    assert [r["points"] for r in rows_in(wire.pull(desk), "loyalty_ledger")] == [1234]


def test_a_desk_cannot_cancel_a_message(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    desk = estate.a.desk
    answers = _confused(
        wire, desk, ("messages", estate.a.message_id), "appointments", {"status": "cancelled"}
    )
    assert answers[1] == "rejected:id_conflict"
    _unchanged(pg_sessions, before)
    assert [r["status"] for r in rows_in(wire.pull(desk), "messages")] == ["queued"]


def test_a_desk_cannot_delete_a_managers_account(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    manager = estate.a.of(Role.MANAGER)
    answers = _confused(
        wire, estate.a.desk, ("users", manager.user_id), "patients", {"deleted_at": NOW}
    )
    assert answers[1] == "rejected:id_conflict"
    _unchanged(pg_sessions, before)
    users = [u for u in rows_in(wire.pull(manager), "users") if u["id"] == str(manager.user_id)]
    assert [u["deleted_at"] for u in users] == [None]


def test_one_id_under_two_tables_with_different_columns_is_answered_not_a_500(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    desk = estate.a.desk
    response = wire.push_raw(
        desk,
        wire.mutation("patients", estate.a.patient_id, {}),
        wire.mutation("appointments", estate.a.patient_id, {"notes": "Bring lab results"}),
    )
    assert response.status_code == 200, response.text
    assert outcomes(response.json()["results"])[1] == "rejected:id_conflict"
    _unchanged(pg_sessions, before)


def test_an_insert_cannot_reuse_the_id_of_another_tables_row(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    desk = estate.a.desk
    feedback = {
        "hospital_id": str(estate.a.hospital_id),
        "patient_id": str(estate.a.patient_id),
        "rating": 5,
        "submitted_at": NOW,
    }
    answers = outcomes(
        wire.push(desk, wire.mutation("patient_feedback", estate.a.payment_id, feedback))
    )
    assert answers == ["rejected:id_conflict"]
    _unchanged(pg_sessions, before)
    assert rows_in(wire.pull(desk), "patient_feedback") == []


def test_a_refused_mutation_sent_again_under_a_new_seq_is_answered_not_a_500(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    desk = estate.a.desk
    refused = wire.mutation("patient_feedback", estate.a.payment_id, {"rating": 5})
    assert outcomes(wire.push(desk, refused)) == ["rejected:id_conflict"]
    response = wire.push_raw(desk, refused)  # the same mutation id, numbered as a new one
    assert response.status_code == 200, response.text
    assert outcomes(response.json()["results"]) == ["rejected:id_conflict"]
    _unchanged(pg_sessions, before)
