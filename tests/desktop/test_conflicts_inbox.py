"""The Conflicts inbox through the real widgets: restore a lost value, or keep the winner.

Conflict rows arrive by sync; here they are written straight into the store as
a pull would leave them. Resolving must queue outbox mutations, because the
restored value and the conflict's new status both have to reach the server.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.main_window import MainWindow
from shared.db.models import Patient, SyncConflict
from shared.domain.enums import ConflictStatus


def _conflict(app: DesktopApp, first_name: str, field: str, kept: str, lost: str) -> uuid.UUID:
    with app.db.sessions.begin() as session:
        patient = session.scalars(
            sa.select(Patient).where(Patient.first_name == first_name)
        ).first()
        assert patient is not None
        conflict = SyncConflict(
            hospital_id=patient.hospital_id,
            table_name="patients",
            row_id=patient.id,
            field=field,
            winning_value=kept,
            losing_value=lost,
            winning_clock="0000000002:0000:srv",
            losing_clock="0000000001:0000:dsk",
        )
        session.add(conflict)
        session.flush()
        return conflict.id


def _outbox(app: DesktopApp) -> dict[str, OutboxMutation]:
    with app.db.sessions() as session:
        return {m.table_name: m for m in session.scalars(sa.select(OutboxMutation))}


def test_restore_writes_the_lost_value_back_and_closes_the_conflict(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    conflict_id = _conflict(demo, "Musa", "phone", "+2348031234503", "+2348035550000")
    screen = window.conflicts
    window.go_to(screen)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    assert screen.table.item(0, 3).text() == "+2348031234503"
    assert screen.table.item(0, 4).text() == "+2348035550000"
    screen.restore()
    assert screen.message.text() == "conflict: choose a conflict in the list"
    screen.table.selectRow(0)
    screen.restore()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 0)
    assert screen.message.text() == "Lost value restored."
    with demo.db.sessions() as session:
        conflict = session.get_one(SyncConflict, conflict_id)
        patient = session.get_one(Patient, conflict.row_id)
        assert conflict.status is ConflictStatus.RESTORED
        assert patient.phone == "+2348035550000"
    outbox = _outbox(demo)
    assert outbox["patients"].row_id == patient.id
    assert outbox["patients"].fields == {"phone": "+2348035550000"}
    assert outbox["sync_conflicts"].fields == {"status": "restored"}


def test_keep_current_dismisses_without_touching_the_record(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    conflict_id = _conflict(demo, "Musa", "last_name", "Bello", "Belo")
    screen = window.conflicts
    window.go_to(screen)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    screen.table.selectRow(0)
    screen.keep()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 0)
    with demo.db.sessions() as session:
        conflict = session.get_one(SyncConflict, conflict_id)
        assert conflict.status is ConflictStatus.DISMISSED
        patient = session.get_one(Patient, conflict.row_id)
        assert patient.last_name == "Bello"
    assert set(_outbox(demo)) == {"sync_conflicts"}
