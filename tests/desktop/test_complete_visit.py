"""Completing a visit from Today and the profile, and closing a follow-up on Feedback."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.format import appointment_status
from desktop.ui.screens.feedback import FeedbackScreen
from desktop.ui.screens.patient_profile import PatientProfile
from desktop.ui.screens.today import TodayScreen
from shared.clock import utcnow
from shared.db.models import Appointment, Patient, PatientFeedback
from shared.domain.enums import AppointmentStatus, FollowUpStatus

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def today(demo: DesktopApp, qtbot: QtBot) -> TodayScreen:
    screen = TodayScreen(demo.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 12)
    return screen


def _select(screen: TodayScreen, status: AppointmentStatus) -> Appointment:
    row = next(i for i in range(screen.model.rowCount()) if screen.model.row_at(i).status is status)
    screen.table.selectRow(row)
    selected = screen.selected()
    assert selected is not None
    with screen._db.sessions() as session:
        return session.get_one(Appointment, selected.id)


def test_a_checked_in_visit_is_completed_with_its_note(
    today: TodayScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    assert today.queue.count() == 1
    visit = _select(today, AppointmentStatus.CHECKED_IN)
    qtbot.keyClicks(today.visit_note, "Blood pressure normal")
    today.complete_button.click()
    qtbot.waitUntil(lambda: today.queue.count() == 0)

    assert today.visit_note.text() == ""
    with demo.db.sessions() as session:
        done = session.get_one(Appointment, visit.id)
        patient = session.get_one(Patient, visit.patient_id)
        queued = session.scalars(
            sa.select(OutboxMutation.table_name).where(
                OutboxMutation.row_id.in_([visit.id, patient.id])
            )
        ).all()
    assert (done.status, done.notes) == (
        AppointmentStatus.COMPLETED,
        "Visit note: Blood pressure normal",
    )
    assert patient.last_visit_at == visit.checked_in_at
    assert sorted(queued) == ["appointments", "patients"]


def test_a_visit_not_checked_in_cannot_be_completed(
    today: TodayScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    visit = _select(today, AppointmentStatus.SCHEDULED)
    today.complete_button.click()
    qtbot.waitUntil(lambda: today.message.text() != "")
    assert today.message.text() == "status: Check the patient in before completing the visit."
    with demo.db.sessions() as session:
        assert session.get_one(Appointment, visit.id).status is AppointmentStatus.SCHEDULED


def test_a_follow_up_is_closed_with_its_outcome(demo: DesktopApp, qtbot: QtBot) -> None:
    with demo.db.sessions.begin() as session:
        patient = session.scalars(sa.select(Patient).limit(1)).one()
        feedback = PatientFeedback(
            hospital_id=patient.hospital_id,
            patient_id=patient.id,
            rating=1,
            comments="Waited three hours",
            follow_up_status=FollowUpStatus.OPEN,
            submitted_at=utcnow(),
        )
        session.add(feedback)
    screen = FeedbackScreen(demo.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.follow_ups.rowCount() == 1)

    screen.follow_ups.selectRow(0)
    screen.close_button.click()
    qtbot.waitUntil(lambda: screen.follow_up_message.text() != "")
    assert screen.follow_up_message.text().startswith("outcome: ")
    qtbot.keyClicks(screen.outcome, "Called back; apologised, booked an early slot")
    screen.close_button.click()
    qtbot.waitUntil(lambda: screen.follow_ups.rowCount() == 0)

    assert screen.follow_up_message.text() == "Follow-up closed."
    with demo.db.sessions() as session:
        closed = session.get_one(PatientFeedback, feedback.id)
    assert (closed.follow_up_status, closed.follow_up_note) == (
        FollowUpStatus.CLOSED,
        "Called back; apologised, booked an early slot",
    )


def test_the_profile_completes_the_patients_checked_in_visit(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    with demo.db.sessions() as session:
        visit = session.scalars(
            sa.select(Appointment).where(Appointment.status == AppointmentStatus.CHECKED_IN)
        ).one()
    profile = PatientProfile(demo.db, visit.patient_id, "Patient")
    qtbot.addWidget(profile)
    profile.show()
    profile.refresh()
    tab = profile.appointments
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    qtbot.keyClicks(tab.visit_note, "Review in two weeks")
    tab.complete_button.click()
    qtbot.waitUntil(lambda: tab.message.text() == "Visit completed.")

    with demo.db.sessions() as session:
        done = session.get_one(Appointment, visit.id)
        patient = session.get_one(Patient, visit.patient_id)
    assert (done.status, done.notes) == (
        AppointmentStatus.COMPLETED,
        "Visit note: Review in two weeks",
    )
    assert patient.last_visit_at == visit.checked_in_at
    qtbot.waitUntil(lambda: tab.cell(0, 2) == appointment_status(AppointmentStatus.COMPLETED))
