"""The patient profile, opened from the Patients list with Enter, on real widgets.

Every tab must show this patient's own records; an edit must reach the row and
the outbox; loyalty must award points and refuse a redemption the balance
cannot cover, writing nothing.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.feedback import submit_feedback
from desktop.services.payments import record_payment
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.patient_profile import PatientProfile
from desktop.ui.style import stylesheet
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyRedemption,
    LoyaltyReward,
    Message,
    Patient,
)
from shared.domain.enums import Channel, MessageStatus, RewardKind, Role
from tests import factories

#: The offscreen platform cannot resize to hints or raise windows; it says so, harmlessly.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _first_patient_id(app: DesktopApp) -> uuid.UUID:
    with app.db.sessions() as session:
        query = sa.select(Patient.id).order_by(Patient.last_name, Patient.first_name, Patient.id)
        patient_id = session.scalars(query).first()
        assert patient_id is not None
        return patient_id


def _records(app: DesktopApp, patient_id: uuid.UUID) -> None:
    """A payment, a low rating, a delivered SMS and a reward the patient cannot yet afford."""
    with app.db.sessions.begin() as session:
        writer = LocalWriter(session, device_id=app.db.desk.device_id, clock=app.db.clock)
        record_payment(
            session, writer, patient_id=patient_id, data={"amount": "250", "method": "pos"}
        )
        data = {"rating": 2, "comments": "Waited two hours"}
        submit_feedback(session, writer, patient_id=patient_id, data=data)
        patient = session.get_one(Patient, patient_id)
        session.add_all(
            [
                Message(
                    hospital_id=patient.hospital_id,
                    patient_id=patient_id,
                    channel=Channel.SMS,
                    address=patient.phone,
                    body="Your appointment is tomorrow at 8:20.",
                    status=MessageStatus.DELIVERED,
                ),
                LoyaltyReward(
                    hospital_id=patient.hospital_id,
                    name="Free consultation",
                    kind=RewardKind.FREE_SERVICE,
                    points_cost=500,
                ),
            ]
        )


@pytest.fixture
def profile(window: MainWindow, demo: DesktopApp, qtbot: QtBot) -> PatientProfile:
    patient_id = _first_patient_id(demo)
    _records(demo, patient_id)
    window.go_to(window.patients)
    table = window.patients.table
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() not in (None, "…"))
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    [opened] = window.patients.findChildren(PatientProfile)
    assert opened.patient_id == patient_id
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    return opened


def test_every_tab_shows_the_patients_records(
    profile: PatientProfile, demo: DesktopApp, qtmodeltester: ModelTester
) -> None:
    with demo.db.sessions() as session:
        patient = session.get_one(Patient, profile.patient_id)
    assert profile.heading.text().endswith(patient.patient_number)
    assert profile.details.texts["last_name"].text() == patient.last_name
    assert profile.details.texts["phone"].text().startswith("0803")
    assert profile.appointments.model.rowCount() == 1
    assert profile.appointments.cell(0, 1) == "Dr Ibrahim Sani"
    assert profile.appointments.cell(0, 2) == "Checked in"
    assert profile.payments.cell(0, 2) == "₦250.00"
    assert profile.payments.cell(0, 3) == "POS (card)"
    profile.payments.table.selectRow(0)
    chosen = profile.payments.selected()
    assert chosen is not None and chosen.amount.format() == "₦250.00"
    assert profile.feedback.cell(0, 1) == "★★" and profile.feedback.cell(0, 5) == "call back"
    assert profile.messages.cell(0, 1) == "SMS" and profile.messages.cell(0, 2) == "delivered"
    assert "22 points" in profile.loyalty.summary.text()  # ₦250 paid (2, held) and feedback (20)
    assert "2 on hold from recent payments" in profile.loyalty.outlook.text()
    assert profile.loyalty.rewards.currentText() == "Free consultation (500 points)"
    history = {profile.history.cell(r, 1) for r in range(profile.history.model.rowCount())}
    assert history == {"Payment added", "Feedback added", "Points added"}
    assert "this desk" in profile.history.note.text()
    for tab in profile.lists():
        qtmodeltester.check(tab.model)


def test_an_edit_is_saved_and_a_bad_one_names_the_field(
    profile: PatientProfile, demo: DesktopApp, qtbot: QtBot
) -> None:
    details = profile.details
    details.texts["nin"].setText("1234")
    details.submit()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert details.errors.shown() == {"nin": "NIN must be exactly 11 digits."}
    assert details.texts["nin"].property("invalid") is True
    details.texts["nin"].setText("12345678901")
    details.texts["phone"].setText("0809 555 0101")
    details.texts["allergies"].setText("Penicillin, groundnuts")
    with qtbot.waitSignal(details.saved):
        details.submit()
    with demo.db.sessions() as session:
        patient = session.get_one(Patient, profile.patient_id)
        assert (patient.nin, patient.phone) == ("12345678901", "+2348095550101")
        assert patient.allergies == ["Penicillin", "groundnuts"]
        query = sa.select(OutboxMutation).where(OutboxMutation.row_id == profile.patient_id)
        [mutation] = session.scalars(query)
    assert set(mutation.fields) == {"nin", "phone", "allergies"}
    assert details.texts["nin"].property("invalid") is False
    qtbot.waitUntil(lambda: profile.history.model.rowCount() == 5)
    assert profile.history.cell(0, 1) == "Record changed"
    assert profile.history.cell(0, 2) == "allergies, nin, phone"
    assert profile.history.cell(0, 3) == "waiting to sync"


def test_the_desk_cannot_type_points_in_and_held_points_cannot_be_spent(
    profile: PatientProfile, demo: DesktopApp, qtbot: QtBot
) -> None:
    loyalty = profile.loyalty
    qtbot.waitUntil(lambda: "22 points" in loyalty.summary.text())
    assert not loyalty.form.isRowVisible(loyalty.adjust_row), "front desk sees no adjustment"
    assert "1,978 more to Silver" in loyalty.outlook.text()
    loyalty.redeem_button.click()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert "needs 500 points but only 20 are available" in loyalty.message.text()
    with demo.db.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(LoyaltyRedemption)) == 0
        points = sorted(session.scalars(sa.select(LoyaltyLedgerEntry.points)).all())
    assert points == [2, 20]


def test_a_manager_adjusts_points_on_the_tab_and_a_redemption_shows_its_code(
    profile: PatientProfile, demo: DesktopApp, qtbot: QtBot
) -> None:
    with demo.db.sessions.begin() as session:
        hospital_id = session.get_one(Patient, profile.patient_id).hospital_id
        manager = factories.user(session, role=Role.MANAGER, hospital_id=hospital_id)
    demo.db.actor = manager.id
    loyalty = profile.loyalty
    loyalty.refresh()
    qtbot.waitUntil(lambda: loyalty.form.isRowVisible(loyalty.adjust_row))
    loyalty.points.setValue(480)
    qtbot.keyClicks(loyalty.reason, "Points lost when the desk was offline")
    loyalty.adjust_button.click()
    qtbot.waitUntil(lambda: "502 points" in loyalty.summary.text())
    assert "Adjusted by +480 points." in loyalty.message.text()
    loyalty.redeem_button.click()  # Free consultation, 500 points; 500 are spendable now
    qtbot.waitUntil(lambda: "Code " in loyalty.message.text())
    with demo.db.sessions() as session:
        code = session.scalars(sa.select(LoyaltyRedemption.code)).one()
    assert f"Code {code}: the cashier types it on the payment." in loyalty.message.text()


def test_search_then_enter_twice_opens_the_profile_and_reopening_reuses_it(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    patient_id = _first_patient_id(demo)
    with demo.db.sessions() as session:
        number = session.get_one(Patient, patient_id).patient_number
    window.go_to(window.patients)
    screen = window.patients
    qtbot.keyClicks(screen.search_box, number)
    qtbot.waitUntil(lambda: screen.hits_model.rowCount() == 1)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    [profile] = screen.findChildren(PatientProfile)
    assert profile.patient_id == patient_id and profile.isVisible()
    qtbot.waitUntil(lambda: profile.heading.text().endswith(number))
    profile.close()
    assert profile.isHidden()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.findChildren(PatientProfile) == [profile] and profile.isVisible()


def test_screenshots_of_each_profile_tab(
    profile: PatientProfile, demo: DesktopApp, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """One PNG per tab at 1366×768 under the test's output directory, to review the look."""
    qapp.setStyleSheet(stylesheet())
    profile.resize(1366, 768)
    for index in range(profile.tabs.count()):
        profile.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not demo.tasks.busy)
        path = tmp_path / f"profile-{index}.png"
        assert profile.grab().save(str(path))
        assert path.stat().st_size > 10_000
    qapp.setStyleSheet("")
