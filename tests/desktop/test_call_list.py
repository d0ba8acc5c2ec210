"""The "call today" list: who lands on it, and recording outcomes that take them off it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.screens.call_list import CallListScreen
from shared.clock import utcnow
from shared.db.models import Appointment, PatientCommunication
from shared.domain.enums import (
    AppointmentStatus,
    CallOutcome,
    LogChannel,
    MessageStatus,
    ReminderStatus,
)
from shared.domain.messaging.policy import CALL_TODAY, NO_CHANNEL
from tests.desktop.reminder_rows import appointment_of, remind

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
R = ReminderStatus


def _called_yesterday(session: Session, appt: Appointment, outcome: CallOutcome) -> None:
    session.add(
        PatientCommunication(
            hospital_id=appt.hospital_id,
            patient_id=appt.patient_id,
            channel=LogChannel.CALL,
            summary="called",
            occurred_at=utcnow() - dt.timedelta(days=1),
            appointment_id=appt.id,
            call_outcome=outcome,
        )
    )


@pytest.fixture
def calls(demo: DesktopApp) -> DesktopApp:
    with demo.db.sessions.begin() as session:

        def appt(name: str) -> Appointment:
            first, last = name.split()
            return appointment_of(session, first, last)

        remind(session, appt("Musa Bello"), R.FAILED, reason=CALL_TODAY)
        remind(session, appt("Adaeze Nwosu4"), R.SKIPPED, reason=NO_CHANNEL)
        moved = appt("Babatunde Adeyemi5")
        moved.needs_reschedule, moved.reschedule_reason = True, "Clashes with another booking"
        remind(session, appt("Musa Bello7"), R.FAILED, reason=CALL_TODAY)
        _called_yesterday(session, appt("Musa Bello7"), CallOutcome.NO_ANSWER)
        # Not for the list: delivered, skipped as too late, already here, already reached.
        remind(session, appt("Chiamaka Okafor"), R.QUEUED, message=MessageStatus.DELIVERED)
        remind(session, appt("Babatunde Adeyemi9"), R.SKIPPED, reason="too late for this reminder")
        remind(session, appt("Babatunde Adeyemi"), R.FAILED, reason=CALL_TODAY)
        remind(session, appt("Chiamaka Okafor6"), R.FAILED, reason=CALL_TODAY)
        _called_yesterday(session, appt("Chiamaka Okafor6"), CallOutcome.WRONG_NUMBER)
    return demo


@pytest.fixture
def screen(calls: DesktopApp, qtbot: QtBot) -> CallListScreen:
    screen = CallListScreen(calls.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 4)
    return screen


def _column(screen: CallListScreen, column: int) -> list[str]:
    return [screen.table.item(r, column).text() for r in range(screen.table.rowCount())]


def _record(screen: CallListScreen, qtbot: QtBot, name: str, outcome: CallOutcome) -> None:
    before = screen.table.rowCount()
    screen.table.selectRow(_column(screen, 0).index(name))
    screen.outcome_buttons[outcome].click()
    qtbot.waitUntil(lambda: screen.table.rowCount() == before - 1)
    assert name not in _column(screen, 0)


def _outbox(app: DesktopApp, table: str) -> list[OutboxMutation]:
    with app.db.sessions() as session:
        query = sa.select(OutboxMutation).where(OutboxMutation.table_name == table)
        return list(session.scalars(query))


def test_failed_reminders_fill_the_list_with_phone_and_appointment(
    screen: CallListScreen,
) -> None:
    assert _column(screen, 0) == [
        "Musa Bello",
        "Adaeze Nwosu4",
        "Babatunde Adeyemi5",
        "Musa Bello7",
    ]
    assert _column(screen, 2)[0] == "0803 123 4503"
    assert _column(screen, 3)[0].endswith(" 09:00")
    assert _column(screen, 4)[0] == "Dr Ibrahim Sani"
    assert _column(screen, 5) == [
        "Reminder not delivered",
        "No channel with consent",
        "Booking needs a new time",
        "Reminder not delivered",
    ]
    assert screen.table.item(2, 5).toolTip() == "Clashes with another booking"
    assert screen.heading.text() == "Call today (4)"


def test_outcomes_are_saved_through_the_outbox_and_leave_the_list(
    screen: CallListScreen, calls: DesktopApp, qtbot: QtBot
) -> None:
    screen.outcome_buttons[CallOutcome.NO_ANSWER].click()
    assert screen.message.text() == "Select the patient you called first."
    qtbot.keyClicks(screen.note, "rang twice")
    _record(screen, qtbot, "Musa Bello", CallOutcome.NO_ANSWER)
    _record(screen, qtbot, "Adaeze Nwosu4", CallOutcome.CONFIRMED)
    screen.table.selectRow(_column(screen, 0).index("Babatunde Adeyemi5"))
    qtbot.keyClick(screen.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    assert screen.message.text() == "Saved the call to Babatunde Adeyemi5."

    logged = _outbox(calls, "patient_communications")
    assert [m.fields["call_outcome"] for m in logged] == [
        "no_answer",
        "confirmed",
        "will_reschedule",
    ]
    assert logged[0].fields["summary"] == "No answer: rang twice"
    assert logged[0].fields["channel"] == "call"
    with calls.db.sessions() as session:
        musa = appointment_of(session, "Musa", "Bello")
        adaeze = appointment_of(session, "Adaeze", "Nwosu4")
        assert logged[0].fields["appointment_id"] == str(musa.id)
        assert adaeze.status is AppointmentStatus.CONFIRMED
    [confirmed] = [m for m in _outbox(calls, "appointments") if m.row_id == adaeze.id]
    group = {"status": "confirmed", "cancelled_reason": None, "checked_in_at": None}
    assert confirmed.fields == group  # a status travels with the rest of its field group

    again = CallListScreen(calls.db)
    qtbot.addWidget(again)
    again.refresh()
    qtbot.waitUntil(lambda: again.table.rowCount() == 1)
    assert _column(again, 0) == ["Musa Bello7"]


def test_a_reward_refused_at_sync_is_called_about_and_sorted_out(
    calls: DesktopApp, qtbot: QtBot
) -> None:
    with calls.db.sessions.begin() as session:  # what a sync round leaves for a refused redemption
        patient = appointment_of(session, "Musa", "Bello").patient_id
        session.add(
            OutboxMutation(
                mutation_id=uuid.uuid4(),
                table_name="loyalty_ledger",
                row_id=uuid.uuid4(),
                op="upsert",
                fields={"kind": "redeem", "patient_id": str(patient), "points": -50},
                hlc="1-0-desk",
                acked_at=utcnow(),
                outcome="rejected",
                reason="needs 50 points but only 20 are available",
            )
        )
    screen = CallListScreen(calls.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 5)
    first = [screen.table.item(0, c).text() for c in range(6)]
    assert first[0] == "Musa Bello" and first[3:] == ["—", "—", "Reward refused at sync"]
    assert screen.table.item(0, 5).toolTip() == "needs 50 points but only 20 are available"
    screen.table.selectRow(0)
    assert screen.outcome_buttons[CallOutcome.CONFIRMED].text() == "Reached — sorted out"
    assert not screen.outcome_buttons[CallOutcome.WILL_RESCHEDULE].isEnabled()
    screen.outcome_buttons[CallOutcome.CONFIRMED].click()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 4)
    [logged] = _outbox(calls, "patient_communications")
    assert logged.fields["subject"] == "Reward refused at sync"
    assert logged.fields["summary"] == "Reached; the refused reward was sorted out with the patient"
    screen.table.selectRow(0)
    assert screen.outcome_buttons[CallOutcome.CONFIRMED].text() == "Reached — confirmed"
