"""Front-desk actions through the real widgets: register a patient, check in, no-show.

Each write must leave both the row and its outbox mutation behind, because
the outbox is what reaches the server later.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.registration import RegistrationDialog
from shared.db.models import Appointment, Patient
from shared.domain.enums import AppointmentStatus, Sex

#: The offscreen platform plugin warns when a top-level dialog is shown; harmless here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _outbox(app: DesktopApp, table: str) -> list[OutboxMutation]:
    with app.db.sessions() as session:
        query = sa.select(OutboxMutation).where(OutboxMutation.table_name == table)
        return list(session.scalars(query))


def _fill(qtbot: QtBot, dialog: RegistrationDialog, **values: str) -> None:
    for name, text in values.items():
        dialog.inputs[name].clear()
        qtbot.keyClicks(dialog.inputs[name], text)


def _save(qtbot: QtBot, app: DesktopApp, dialog: RegistrationDialog) -> None:
    dialog.submit()
    qtbot.waitUntil(lambda: not app.tasks.busy)


def test_registration_names_the_problem_then_saves(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    dialog = window.patients.open_registration()
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    _fill(qtbot, dialog, first_name="Funke", last_name="Akindele", phone="0803 12")
    _save(qtbot, demo, dialog)
    assert "Phone: '0803 12' is not a valid phone number" in dialog.errors.shown()["phone"]
    assert dialog.inputs["phone"].property("invalid") is True
    assert _outbox(demo, "patients") == []
    _fill(qtbot, dialog, phone="0803 123 4500", date_of_birth="2031-01-01")
    _save(qtbot, demo, dialog)
    assert dialog.errors.shown() == {"date_of_birth": "Date of birth must not be in the future."}
    assert dialog.inputs["date_of_birth"].property("invalid") is True
    with qtbot.waitSignal(dialog.registered) as signal:
        _fill(qtbot, dialog, date_of_birth="1988-02-29")
        dialog.submit()
    registered = signal.args[0]
    assert registered.household == (f"Adaeze Nwosu ({_number_of(demo, 'Adaeze', 'Nwosu')})",)
    assert "household" in window.patients.household.text()
    [mutation] = _outbox(demo, "patients")
    assert mutation.row_id == registered.id
    assert mutation.fields["first_name"] == "Funke"


def _number_of(app: DesktopApp, first: str, last: str) -> str:
    with app.db.sessions() as session:
        return session.scalars(
            sa.select(Patient.patient_number).where(
                Patient.first_name == first, Patient.last_name == last
            )
        ).one()


def test_likely_duplicate_needs_confirmation(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    dialog = window.patients.open_registration()
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    _fill(
        qtbot,
        dialog,
        first_name="adaeze",
        last_name="NWOSU",
        phone="+234 803 123 4500",
        date_of_birth="1990-05-17",
    )
    _save(qtbot, demo, dialog)
    assert "may already be registered: Adaeze Nwosu" in dialog.error.text()
    assert dialog.save_anyway.isVisible()
    with qtbot.waitSignal(dialog.registered):
        dialog.save_anyway.click()
    assert len(_outbox(demo, "patients")) == 1


def test_check_in_and_no_show_from_today(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    today = window.today
    today.table.selectRow(1)
    chosen = today.selected()
    assert chosen is not None and chosen.status is AppointmentStatus.SCHEDULED
    today.check_in_button.click()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert today.message.text() == ""
    qtbot.waitUntil(lambda: today.queue.count() == 2)
    assert today.model.row_at(1).status is AppointmentStatus.CHECKED_IN  # type: ignore[union-attr]
    today.check_in_button.click()  # already checked in: nothing changes, nothing queued
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    today.table.selectRow(2)
    no_show = today.selected()
    today.no_show_button.click()
    qtbot.waitUntil(lambda: today.model.row_at(2).status is AppointmentStatus.NO_SHOW)  # type: ignore[union-attr]
    mutations = _outbox(demo, "appointments")
    assert [m.row_id for m in mutations] == [chosen.id, no_show.id]  # type: ignore[union-attr]
    assert mutations[0].fields["status"] == "checked_in"
    with demo.db.sessions() as session:
        assert session.get(Appointment, chosen.id).checked_in_at is not None  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.status.pending.text() == "2 change(s) to sync")


def test_feedback_saves_and_low_scores_open_a_follow_up(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    screen = window.feedback
    window.go_to(screen)
    screen.submit()
    assert screen.message.text() == "Choose the patient the feedback is from first."
    qtbot.keyClicks(screen.patient.search, "musa bello")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 3)
    screen.rating.setValue(2)
    screen.nps.setValue(3)
    qtbot.keyClicks(screen.comments, "Waited three hours")
    screen.category.setCurrentIndex(screen.category.findData("waiting_time"))
    screen.submit()
    qtbot.waitUntil(lambda: screen.follow_ups.rowCount() == 1)
    assert screen.message.text() == "Saved. A follow-up call is now open."
    assert screen.follow_ups.item(0, 6).text() == "Waited three hours"
    screen.rating.setValue(5)
    screen.nps.setValue(10)
    screen.submit()
    qtbot.waitUntil(lambda: screen.message.text() == "Saved. Thank you!")
    assert screen.follow_ups.rowCount() == 1
    [first, second] = _outbox(demo, "patient_feedback")
    assert (first.fields["follow_up_status"], second.fields["follow_up_status"]) == ("open", "none")
