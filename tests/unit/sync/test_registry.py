"""The table registry: every synced table is classified, and scopes follow the rules."""

from __future__ import annotations

import datetime as dt
import uuid

from shared.db.base import Base, SyncedMixin
from shared.domain.enums import Role
from shared.sync.codec import decode_row, encode_value
from shared.sync.registry import (
    REGISTRY,
    Policy,
    project_for_scope,
    scopes_for,
    subscribed_scopes,
)

HOSP, OWNER = uuid.uuid4(), uuid.uuid4()


def test_every_synced_table_has_a_policy() -> None:
    synced = {
        m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, SyncedMixin)
    }
    assert synced == set(REGISTRY)


def test_patients_stay_in_their_hospital() -> None:
    assert scopes_for(REGISTRY["patients"], {"hospital_id": str(HOSP)}) == [f"h:{HOSP}"]


def test_financial_rows_go_to_managers_and_the_owner() -> None:
    row = {"hospital_id": HOSP, "owner_account_id": OWNER}
    assert scopes_for(REGISTRY["payouts"], row) == [f"hf:{HOSP}", f"o:{OWNER}"]
    summary = scopes_for(REGISTRY["revenue_summaries"], {"hospital_id": HOSP}, lambda _: [OWNER])
    assert summary == [f"hf:{HOSP}", f"o:{OWNER}"]


def test_rows_without_a_hospital_are_global_only_where_the_table_says_so() -> None:
    assert scopes_for(REGISTRY["loyalty_rewards"], {"hospital_id": None}) == ["g"]
    assert scopes_for(REGISTRY["channel_prices"], {}) == ["g"]
    assert scopes_for(REGISTRY["users"], {"hospital_id": None}) == []


def test_server_only_tables_go_nowhere() -> None:
    assert REGISTRY["message_attempts"].policy is Policy.SERVER_ONLY
    assert scopes_for(REGISTRY["message_attempts"], {"message_id": uuid.uuid4()}) == []


def test_subscriptions_follow_the_role() -> None:
    assert subscribed_scopes(Role.FRONT_DESK, HOSP, None) == ["g", f"h:{HOSP}"]
    assert subscribed_scopes(Role.MANAGER, HOSP, None) == ["g", f"h:{HOSP}", f"hf:{HOSP}"]
    assert subscribed_scopes(Role.OWNER, None, OWNER) == [f"o:{OWNER}"]


def test_owner_scopes_never_carry_patient_ids() -> None:
    row = {"id": "x", "patient_id": "p", "amount_minor": 5}
    assert "patient_id" not in project_for_scope(f"o:{OWNER}", row)
    assert project_for_scope(f"h:{HOSP}", row) == row


def test_codec_round_trips_typed_values() -> None:
    when = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    wire = {"id": str(HOSP), "starts_at": encode_value(when), "status": "scheduled", "bogus": 1}
    decoded = decode_row("appointments", wire)
    assert decoded == {"id": HOSP, "starts_at": when, "status": "scheduled"}
