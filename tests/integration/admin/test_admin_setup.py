"""An administrator sets up a hospital, its owner, their contract and its manager over HTTP."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from shared.db.models.audit import AuditEntry
from shared.db.models.owners import OwnerAccount
from shared.errors import FieldValidationError
from sync_server.admin import secrets
from sync_server.admin.tables import OwnerBankSecret
from sync_server.cli import main
from sync_server.config import ServerSettings
from sync_server.sync.tables import SyncChange
from tests import factories
from tests.integration.admin.conftest import Caller, created, sign_in
from tests.integration.server.conftest import LiveServer

MANAGER_PASSWORD = "Lekki shoreline 2026!"


def test_admin_sets_up_a_hospital_owner_contract_and_manager(
    live_server: LiveServer, http: httpx.Client, admin: Caller
) -> None:
    hospital = created(
        admin.create("hospitals", {"code": "lkk", "name": "Lekki", "state": "Lagos"})
    )
    assert hospital["code"] == "LKK"
    owner = created(
        admin.create(
            "owners",
            {
                "kind": "person",
                "display_name": "Chief Adebayo",
                "phone": "0803 123 4567",
                "bank_name": "GTBank",
                "bank_account_number": "0123 456 789",
            },
        )
    )
    assert owner["phone"] == "+2348031234567"
    assert owner["bank_account_number"] == "******6789"
    contract = created(
        admin.create(
            "contracts",
            {
                "owner_account_id": owner["id"],
                "hospital_id": hospital["id"],
                "reference": "LKK-2026-01",
                "start_date": "2026-01-01",
                "renewal_date": "2027-01-01",
                "management_fee_bps": 1250,
                "owner_share_bps": 6000,
            },
        )
    )
    assert contract["renewal_date"] == "2027-01-01"
    manager = created(
        admin.create(
            "users",
            {
                "username": "Tola.Manager",
                "full_name": "Tola Bello",
                "role": "manager",
                "hospital_id": hospital["id"],
                "password": MANAGER_PASSWORD,
            },
        )
    )
    assert manager["username"] == "tola.manager" and "password" not in manager
    assert sign_in(http, "tola.manager", MANAGER_PASSWORD, uuid.uuid4()).token
    listed = admin.get("hospitals").json()["items"]
    assert [h["code"] for h in listed if h["id"] == hospital["id"]] == ["LKK"]

    with sessionmaker(live_server.engine)() as s:
        stored = s.get(OwnerAccount, uuid.UUID(owner["id"]))
        assert stored is not None and stored.bank_account_number == "******6789"
        secret = s.get(OwnerBankSecret, stored.id)
        assert secret is not None and "0123456789" not in secret.account_number_token
        assert secrets.decrypt(live_server.settings, secret.account_number_token) == "0123456789"
        audited = s.scalars(sa.select(AuditEntry.entity).where(AuditEntry.action == "create")).all()
        assert {"hospitals", "owner_accounts", "contracts", "users"} <= set(audited)


def test_a_second_co_owner_cannot_take_the_hospital_past_100_percent(
    admin: Caller, world: object
) -> None:
    hospital = created(admin.create("hospitals", {"code": "AJH", "name": "Ajah", "state": "Lagos"}))
    owners = [
        created(admin.create("owners", {"kind": "company", "display_name": name}))
        for name in ("Eko Partners", "Ibile Care")
    ]

    def contract(owner: dict[str, str], ref: str, share: int) -> httpx.Response:
        body = {
            "owner_account_id": owner["id"],
            "hospital_id": hospital["id"],
            "reference": ref,
            "start_date": "2026-01-01",
            "management_fee_bps": 1000,
            "owner_share_bps": share,
        }
        return admin.create("contracts", body)

    created(contract(owners[0], "AJH-1", 7000))
    refused = contract(owners[1], "AJH-2", 4000)
    assert refused.status_code == 422
    assert refused.json()["error"]["field"] == "owner_share_bps"
    assert "30%" in refused.json()["error"]["message"]


def test_numbers_stored_in_the_clear_are_sealed_by_the_command(
    monkeypatch: pytest.MonkeyPatch, pg_url: str, tmp_path: Path, pg_engine: sa.Engine
) -> None:
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))
    with sessionmaker(pg_engine).begin() as s:
        owner_id = factories.owner_account(s, bank_account_number="0123456789").id  # in the clear
    assert main(["seal-bank-details"]) == 0
    with sessionmaker(pg_engine)() as s:
        owner = s.get(OwnerAccount, owner_id)
        secret = s.get(OwnerBankSecret, owner_id)
        assert owner is not None and owner.bank_account_number == "******6789"
        assert secret is not None
        settings = ServerSettings(database_url=pg_url, data_dir=tmp_path)
        assert secrets.decrypt(settings, secret.account_number_token) == "0123456789"
        replicated = s.scalars(
            sa.select(SyncChange.payload).where(SyncChange.row_id == owner_id)
        ).all()
        assert replicated and all("0123456789" not in str(p) for p in replicated)
    assert main(["seal-bank-details"]) == 0  # nothing left in the clear: a no-op


def test_a_full_number_is_refused_from_any_writer_but_the_admin_api() -> None:
    import shared.db.models  # noqa: F401  (the validator reads the tables' defaults)
    from shared.sync.validators import MergedRow, validator_for

    check = validator_for("owner_accounts")
    assert check is not None
    row = {"kind": "person", "display_name": "Chief Adebayo"}
    check(MergedRow("owner_accounts", None, {**row, "bank_account_number": "******6789"}))
    with pytest.raises(FieldValidationError) as refused:
        check(MergedRow("owner_accounts", None, {**row, "bank_account_number": "0123456789"}))
    assert refused.value.field == "bank_account_number"


def test_channel_prices_are_one_per_channel_and_currency(admin: Caller) -> None:
    price = created(admin.create("channel-prices", {"channel": "sms", "price_minor": 400}))
    assert (price["currency"], price["price_minor"]) == ("NGN", 400)
    again = admin.create("channel-prices", {"channel": "sms", "price_minor": 500})
    assert again.status_code == 409 and again.json()["error"]["field"] == "channel"
    changed = admin.update("channel-prices", price["id"], {"price_minor": 450})
    assert changed.status_code == 200 and changed.json()["price_minor"] == 450
    emptied = admin.update("channel-prices", price["id"], {"price_minor": None})
    assert emptied.status_code == 422 and emptied.json()["error"]["field"] == "price_minor"


def test_a_new_bank_number_is_sealed_and_audited_even_with_the_same_last_digits(
    live_server: LiveServer, admin: Caller
) -> None:
    body = {"kind": "person", "display_name": "Chief Adebayo", "bank_account_number": "0123456789"}
    owner = created(admin.create("owners", body))
    changed = admin.update("owners", owner["id"], {"bank_account_number": "9999996789"})
    assert changed.status_code == 200 and changed.json()["bank_account_number"] == "******6789"
    with sessionmaker(live_server.engine)() as s:
        secret = s.get(OwnerBankSecret, uuid.UUID(owner["id"]))
        assert secret is not None
        assert secrets.decrypt(live_server.settings, secret.account_number_token) == "9999996789"
        actions = s.scalars(
            sa.select(AuditEntry.action).where(AuditEntry.entity_id == uuid.UUID(owner["id"]))
        ).all()
        assert "update_bank_details" in actions
    assert (
        admin.update("owners", owner["id"], {"bank_account_number": "12"}).json()["error"]["field"]
        == "bank_account_number"
    )
