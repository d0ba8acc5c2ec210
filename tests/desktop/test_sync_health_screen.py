"""Sync health through the real widgets: pending work, and settling a refused change.

A rejection is made the way a sync round leaves one: a desk edit queued
through the local writer, then settled with the server's refusal, after
which the engine has put the server's value back on the row.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store import outbox
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from desktop.ui.screens.sync_health import SyncHealthScreen
from shared.db.models import Patient
from shared.sync.protocol import MutationResult

REFUSED_PHONE = "+2348035550000"
SERVER_PHONE = "+2348031234503"


def _refused_edit(app: DesktopApp) -> uuid.UUID:
    """Musa Bello's phone edit, refused by the server and undone locally; returns the patient id."""
    with app.db.sessions.begin() as session:
        patient = session.scalars(sa.select(Patient).where(Patient.last_name == "Bello")).first()
        assert patient is not None
        writer = LocalWriter(session, device_id=app.db.desk.device_id, clock=app.db.clock)
        writer.update(patient, phone=REFUSED_PHONE)
        mutation = session.scalars(
            sa.select(OutboxMutation).order_by(OutboxMutation.seq.desc())
        ).first()
        assert mutation is not None
        result = MutationResult(
            mutation_id=mutation.mutation_id,
            seq=mutation.seq,
            outcome="rejected",
            code="duplicate_phone",
            message="Another patient already has this phone number.",
        )
        outbox.settle(session, [result])
        patient.phone = SERVER_PHONE
        return patient.id


def _mutations(app: DesktopApp) -> list[OutboxMutation]:
    with app.db.sessions() as session:
        return list(session.scalars(sa.select(OutboxMutation).order_by(OutboxMutation.seq)))


@pytest.fixture
def screen(demo: DesktopApp, qtbot: QtBot) -> SyncHealthScreen:
    screen = SyncHealthScreen(demo.db)
    qtbot.addWidget(screen)
    return screen


def _shown(screen: SyncHealthScreen, qtbot: QtBot, rejections: int) -> None:
    screen.refresh()
    qtbot.waitUntil(lambda: screen.rejections.rowCount() == rejections)


def test_a_refused_change_is_listed_with_its_reason_and_values(
    screen: SyncHealthScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    _refused_edit(demo)
    _shown(screen, qtbot, 1)
    assert screen.rejections.item(0, 1).text() == "Patient · Musa Bello"  # whose record
    assert screen.rejections.item(0, 2).text() == "Another patient already has this phone number."
    assert screen.rejections.item(0, 3).text() == f"Phone: {REFUSED_PHONE}"
    screen.rejections.selectRow(0)
    assert screen.inputs["phone"].text() == REFUSED_PHONE


def test_edit_and_send_again_queues_the_corrected_value_and_clears_the_rejection(
    screen: SyncHealthScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    patient_id = _refused_edit(demo)
    _shown(screen, qtbot, 1)
    assert not screen.edit_button.isEnabled(), "nothing chosen, nothing to send"
    assert not screen.discard_button.isEnabled()
    assert screen.discard_button.toolTip() == "Choose a refused change in the list first."
    screen.rejections.selectRow(0)
    assert screen.edit_button.isEnabled() and screen.discard_button.isEnabled()
    screen.inputs["phone"].setText("+2348039998877")
    screen.send_edited()
    qtbot.waitUntil(lambda: screen.message.text() == "Corrected change queued to sync.")
    qtbot.waitUntil(lambda: screen.rejections.rowCount() == 0)
    newest = _mutations(demo)[-1]
    assert (newest.row_id, newest.fields, newest.acked_at) == (
        patient_id,
        {"phone": "+2348039998877"},
        None,
    )
    with demo.db.sessions() as session:
        assert session.get_one(Patient, patient_id).phone == "+2348039998877"
    again = SyncHealthScreen(demo.db)
    qtbot.addWidget(again)
    again.refresh()
    qtbot.waitUntil(lambda: again.pending.rowCount() == 1)
    assert again.rejections.rowCount() == 0


def test_send_again_unchanged_requeues_the_refused_value(
    screen: SyncHealthScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    patient_id = _refused_edit(demo)
    _shown(screen, qtbot, 1)
    screen.rejections.selectRow(0)
    screen.send_unchanged()
    qtbot.waitUntil(lambda: screen.rejections.rowCount() == 0)
    newest = _mutations(demo)[-1]
    assert (newest.row_id, newest.fields) == (patient_id, {"phone": REFUSED_PHONE})


def test_discard_clears_the_rejection_and_writes_nothing(
    screen: SyncHealthScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    patient_id = _refused_edit(demo)
    before = len(_mutations(demo))
    _shown(screen, qtbot, 1)
    screen.rejections.selectRow(0)
    screen.discard()
    qtbot.waitUntil(lambda: screen.message.text() == "Refused change discarded.")
    qtbot.waitUntil(lambda: screen.rejections.rowCount() == 0)
    assert len(_mutations(demo)) == before
    with demo.db.sessions() as session:
        assert session.get_one(Patient, patient_id).phone == SERVER_PHONE


def test_a_value_the_field_cannot_take_names_the_field_and_writes_nothing(
    screen: SyncHealthScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    with demo.db.sessions.begin() as session:
        patient = session.scalars(sa.select(Patient).where(Patient.last_name == "Bello")).one()
        writer = LocalWriter(session, device_id=demo.db.desk.device_id, clock=demo.db.clock)
        writer.update(patient, phone=REFUSED_PHONE, date_of_birth=dt.date(1990, 5, 1))
        mutation = session.scalars(
            sa.select(OutboxMutation).order_by(OutboxMutation.seq.desc())
        ).first()
        assert mutation is not None
        outbox.settle(
            session,
            [
                MutationResult(
                    mutation_id=mutation.mutation_id,
                    seq=mutation.seq,
                    outcome="rejected",
                    message="Refused.",
                )
            ],
        )
    before = len(_mutations(demo))
    _shown(screen, qtbot, 1)
    screen.rejections.selectRow(0)
    screen.inputs["phone"].setText("+2348039998877")
    screen.inputs["date_of_birth"].setText("31/02/1990")
    screen.send_edited()
    qtbot.waitUntil(lambda: "31/02/1990" in screen.message.text())
    assert screen.message.text() == "Date of birth cannot take the value “31/02/1990”."
    assert len(_mutations(demo)) == before
    assert screen.rejections.rowCount() == 1
    with demo.db.sessions() as session:
        assert session.get_one(Patient, patient.id).phone == REFUSED_PHONE


def test_pending_changes_are_listed_newest_first_with_the_total(
    screen: SyncHealthScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    with demo.db.sessions.begin() as session:
        writer = LocalWriter(session, device_id=demo.db.desk.device_id, clock=demo.db.clock)
        for patient in session.scalars(sa.select(Patient).order_by(Patient.first_name)).all()[:3]:
            writer.update(patient, email=f"{patient.id.hex[:6]}@example.ng")
    screen.refresh()
    qtbot.waitUntil(lambda: screen.pending.rowCount() == 3)
    assert screen.summary.text().startswith("3 change(s) waiting to sync")
    assert screen.pending_heading.text() == "Waiting to sync (newest 3 of 3)"
    assert {screen.pending.item(r, 2).text() for r in range(3)} == {"Email"}
    assert all(screen.pending.item(r, 1).text().startswith("Patient · ") for r in range(3))
    assert screen.rejections.rowCount() == 0
