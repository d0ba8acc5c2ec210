"""An owner on a hospital PC: a separate owner profile, never the hospital's store.

The hospital PC's store holds patient records and is registered to the
hospital, so the owner's sign-in is refused there. Ticking "Open an owner
profile on this PC" sends it to a second store with its own key, which the
server registers as the owner's device and fills with the owner's rows only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from desktop import keys
from desktop.app import DesktopApp, signed_in_profile
from desktop.services.desk import SESSION_KEY
from desktop.shell import DeskShell
from desktop.sync.engine import read_state
from desktop.ui.login import LoginDialog
from shared.db.models import Device, Patient, Payout
from tests import factories
from tests.integration.server.conftest import PASSWORD, LiveServer, World

from .conftest import MemoryKeyring
from .test_shared_pc_sign_in import _manager_signed_in, first_sync

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _owner_and_patient_on_server(server: LiveServer, world: World) -> None:
    """The owner's contract and payout at Ikeja, and one Ikeja patient."""
    ikj = world.hospitals["IKJ"]
    assert world.owner_account_id is not None
    with sessionmaker(server.engine).begin() as session:
        contract = factories.contract(
            session, owner_account_id=world.owner_account_id, hospital_id=ikj
        )
        factories.payout(session, contract=contract)
        factories.patient(session, hospital_id=ikj, last_name="Okonkwo")


def _patients(app: DesktopApp) -> int:
    with app.db.sessions() as session:
        return len(session.scalars(sa.select(Patient.id)).all())


def _log_in(dialog: LoginDialog, qtbot: QtBot, *, owner_profile: bool) -> None:
    dialog.owner_profile.setChecked(owner_profile)
    dialog.username.setText("owner")
    dialog.password.setText(PASSWORD)
    dialog.error.clear()
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.staff is not None or bool(dialog.error.text()), timeout=20_000)


def test_an_owner_on_a_hospital_pc_opens_an_owner_profile(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    _owner_and_patient_on_server(live_server, world)
    hospital, _ = _manager_signed_in(tmp_path, memory_keyring, live_server)
    first_sync(hospital)
    assert _patients(hospital) == 1
    dialog = hospital.login_dialog(memory_keyring, offer_owner=True)
    qtbot.addWidget(dialog)
    _log_in(dialog, qtbot, owner_profile=False)
    assert dialog.staff is None, "the hospital PC's store is not the owner's"
    assert "Hospital owners: this PC holds patient records" in dialog.error.text()

    _log_in(dialog, qtbot, owner_profile=True)
    assert dialog.staff is not None and dialog.staff.role == "owner"
    owner = signed_in_profile(hospital, dialog)
    try:
        assert owner.settings.profile == "owner"
        assert owner.settings.data_dir.parent == hospital.settings.data_dir
        owner.adopt_registration()
        with sessionmaker(live_server.engine)() as session:
            device = session.get(Device, owner.db.desk.device_id)
            assert device is not None and device.owner_account_id == world.owner_account_id
            assert device.hospital_id is None
        desk_key = keys.database_key(memory_keyring, create=False)
        owner_key = keys.database_key(
            memory_keyring, create=False, name=owner.settings.database_key_name
        )
        assert desk_key != owner_key, "each profile's store has its own key"

        shell = DeskShell(owner, dialog.staff)
        qtbot.addWidget(shell.window)
        owner.start_sync(shell.window)
        shell.window.show()
        dashboard = shell.window.owner_dashboard
        qtbot.waitUntil(
            lambda: owner.worker is not None and owner.worker.rounds > 0, timeout=20_000
        )
        dashboard.refresh()
        qtbot.waitUntil(lambda: "Eko Health Holdings" in dashboard.title.text(), timeout=10_000)
        with owner.db.sessions() as session:
            assert len(session.scalars(sa.select(Payout.id)).all()) == 1
        assert _patients(owner) == 0, "no patient record reached the owner profile"
    finally:
        owner.close()


def test_a_non_owner_is_refused_by_the_owner_profile(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    live_server: LiveServer,
    world: World,
    qtbot: QtBot,
) -> None:
    hospital, _ = _manager_signed_in(tmp_path, memory_keyring, live_server)
    try:
        dialog = hospital.login_dialog(memory_keyring, offer_owner=True)
        qtbot.addWidget(dialog)
        dialog.owner_profile.setChecked(True)
        dialog.username.setText("manager")
        dialog.password.setText(PASSWORD)
        dialog.submit()
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
        assert dialog.error.text().startswith("Owner profile: only hospital owners")
        assert hospital.owner_app is not None
        with hospital.owner_app.db.sessions() as session:
            assert read_state(session, SESSION_KEY) is None, "nothing of the sign-in was kept"
    finally:
        hospital.close()


def test_a_login_without_a_server_offers_no_owner_profile(desk: DesktopApp, qtbot: QtBot) -> None:
    dialog = desk.login_dialog(desk.backend, offer_owner=True)
    qtbot.addWidget(dialog)
    assert dialog.owner_profile.parent() is None or not dialog.owner_profile.isVisibleTo(dialog)
