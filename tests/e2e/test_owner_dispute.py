"""An owner disputes a statement on the desktop; GrandPro answers; the owner sees the answer.

Everything runs for real: the statements screen offscreen over the owner's
encrypted store and its outbox, the sync server on uvicorn over PostgreSQL,
and the CRM endpoints staff use to list and resolve disputes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desktop.app import DesktopApp
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import SyncEngine
from desktop.ui.screens.statements import StatementsScreen
from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import DisputeStatus, PayoutResponseKind, PayoutStatus, Role
from sync_server.sync.changes import record_change
from tests import factories
from tests.desktop.conftest import MemoryKeyring
from tests.e2e.conftest import open_signed_in
from tests.integration.sync.conftest import HospitalWorld, SyncServer

PERIOD = "2026-10"
REASON = "POS takings of 14 October are missing"
ANSWER = "The POS batch was settled late; it is in November as an adjustment."


def _owner_with_a_payout(session: Session, world: HospitalWorld) -> tuple[Principal, Principal]:
    """An owner (with a laptop) whose hospital's October payout is approved, and an admin."""
    owner = factories.owner_account(session, display_name="Eko Health Holdings")
    user = factories.user(session, role=Role.OWNER, owner_account_id=owner.id)
    device = m.Device(name="Owner laptop", prefix="OWN1", owner_account_id=owner.id)
    contract = factories.contract(session, owner_account_id=owner.id, hospital_id=world.hospital_id)
    payout = m.Payout(
        contract_id=contract.id,
        owner_account_id=owner.id,
        hospital_id=world.hospital_id,
        period=PERIOD,
        currency="NGN",
        gross_minor=10_000_000,
        fee_minor=1_250_000,
        net_minor=8_750_000,
        fee_bps=1250,
        status=PayoutStatus.APPROVED,
    )
    admin = factories.user(session, role=Role.ADMIN)
    session.add_all([device, payout])
    session.flush()
    for row in (contract, payout):
        record_change(session, row)
    owner_principal = Principal(user.id, Role.OWNER, owner_account_id=owner.id, device_id=device.id)
    return owner_principal, Principal(admin.id, Role.ADMIN)


def _owner_laptop(
    data_dir: Path, backend: MemoryKeyring, server: SyncServer, principal: Principal
) -> DesktopApp:
    return open_signed_in(data_dir, backend, server, principal, "OWN1")


def _resolve_as_staff(server: SyncServer, admin: Principal) -> None:
    headers = {"Authorization": f"Bearer {server.token(admin)}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=30) as staff:
        (dispute,) = staff.get("/api/crm/owners/disputes").json()
        assert (dispute["reason"], dispute["status"]) == (REASON, None)
        answer = {"status": "resolved", "resolution": ANSWER}
        resolved = staff.patch(f"/api/crm/owners/disputes/{dispute['id']}", json=answer)
        assert resolved.status_code == 200, resolved.text


def test_a_dispute_reaches_grandpro_and_the_answer_reaches_the_owner(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    qtbot: QtBot,
) -> None:
    with pg_sessions.begin() as session:
        owner, admin = _owner_with_a_payout(session, world)
    app = _owner_laptop(tmp_path / "data", memory_keyring, sync_server, owner)
    client = HttpSyncClient(sync_server.url, sync_server.token(owner))
    try:
        laptop = SyncEngine(app.engine, client, clock=app.db.clock)
        laptop.sync_once()
        screen = StatementsScreen(app.db)
        qtbot.addWidget(screen)
        screen.refresh()
        qtbot.waitUntil(lambda: screen.statement is not None)
        assert screen.net.text() == "Net payout: ₦87,500.00"
        screen.reason.setText(REASON)
        screen.respond(PayoutResponseKind.DISPUTED)
        qtbot.waitUntil(lambda: "waiting for GrandPro" in screen.responses.text())

        assert laptop.push_all() == (1, 0)
        _resolve_as_staff(sync_server, admin)
        laptop.pull_all()
        screen.refresh()
        qtbot.waitUntil(lambda: "resolved on" in screen.responses.text(), timeout=10_000)
        assert screen.responses.text().endswith(ANSWER)
        with pg_sessions() as session:
            row = session.scalars(sa.select(m.PayoutResponse)).one()
            assert (row.kind, row.status) == (PayoutResponseKind.DISPUTED, DisputeStatus.RESOLVED)
            assert row.resolved_at is not None and row.resolved_at <= dt.datetime.now(dt.UTC)
    finally:
        client.close()
        app.close()
