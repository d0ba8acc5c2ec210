"""Each appointment shows its reminder status, on Today and on the Appointments screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.ui.screens.appointments import AppointmentsScreen
from desktop.ui.screens.today import TodayScreen
from shared.db.models import Appointment
from shared.domain.enums import MessageStatus, ReminderStatus
from shared.domain.messaging.policy import CALL_TODAY, NO_CHANNEL
from tests.desktop.reminder_rows import appointment_of, remind

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
R, M = ReminderStatus, MessageStatus

#: Demo patient -> what the desk must show for their reminders.
EXPECTED = {
    "Adaeze Nwosu": "Queued",
    "Babatunde Adeyemi": "Sent",
    "Chiamaka Okafor": "Delivered",
    "Musa Bello": "Failed — call",
    "Adaeze Nwosu4": "Opted out",
    "Babatunde Adeyemi5": "Opted out",
    "Chiamaka Okafor6": "Planned",
    "Musa Bello7": "Failed — call",
    "Adaeze Nwosu8": "Sent",
    "Babatunde Adeyemi9": "",
    "Chiamaka Okafor10": "",
}


@pytest.fixture
def reminded(demo: DesktopApp) -> DesktopApp:
    """The demo day with a reminder in every status the desk distinguishes."""
    with demo.db.sessions.begin() as session:

        def appt(name: str) -> Appointment:
            first, last = name.split()
            return appointment_of(session, first, last)

        remind(session, appt("Adaeze Nwosu"), R.QUEUED, message=M.QUEUED)
        remind(session, appt("Babatunde Adeyemi"), R.QUEUED, message=M.SENT)
        remind(session, appt("Chiamaka Okafor"), R.QUEUED, message=M.DELIVERED)
        remind(session, appt("Musa Bello"), R.FAILED, reason=CALL_TODAY)
        remind(session, appt("Adaeze Nwosu4"), R.SKIPPED, reason=NO_CHANNEL)
        remind(session, appt("Babatunde Adeyemi5"), R.QUEUED, message=M.SUPPRESSED)
        remind(session, appt("Chiamaka Okafor6"), R.PENDING)
        # An earlier failure stays visible while the next reminder is only planned ...
        remind(session, appt("Musa Bello7"), R.QUEUED, message=M.FAILED)
        remind(session, appt("Musa Bello7"), R.PENDING, offset_minutes=180)
        # ... and a later reminder that went replaces what the earlier one did.
        remind(session, appt("Adaeze Nwosu8"), R.QUEUED, message=M.DELIVERED)
        remind(session, appt("Adaeze Nwosu8"), R.QUEUED, message=M.SENT, offset_minutes=180)
        remind(session, appt("Babatunde Adeyemi9"), R.SKIPPED, reason="too late for this reminder")
        remind(session, appt("Chiamaka Okafor10"), R.CANCELLED)
    return demo


def test_today_shows_each_appointments_reminder_status(reminded: DesktopApp, qtbot: QtBot) -> None:
    screen = TodayScreen(reminded.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 12)
    column = screen.model.headers.index("Reminder")
    shown = {
        screen.model.index(r, 2).data(): screen.model.index(r, column).data()
        for r in range(screen.model.rowCount())
    }
    assert {name: shown[name] for name in EXPECTED} == EXPECTED
    assert shown["Musa Bello11"] == ""


def test_appointments_screen_shows_the_reminder_next_to_each_booking(
    reminded: DesktopApp, qtbot: QtBot
) -> None:
    screen = AppointmentsScreen(reminded.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.bookings.rowCount() == 6 and not reminded.tasks.busy)
    assert screen.provider.currentText() == "Dr Ibrahim Sani"
    header = screen.bookings.horizontalHeaderItem(3).text()
    shown = {
        screen.bookings.item(r, 1).text(): screen.bookings.item(r, 3).text()
        for r in range(screen.bookings.rowCount())
    }
    assert header == "Reminder"
    assert shown == {
        "Babatunde Adeyemi": "Sent",
        "Musa Bello": "Failed — call",
        "Babatunde Adeyemi5": "Opted out",
        "Musa Bello7": "Failed — call",
        "Babatunde Adeyemi9": "",
        "Musa Bello11": "",
    }


def test_a_selected_booking_lists_its_reminders_sent_and_to_come(
    reminded: DesktopApp, qtbot: QtBot
) -> None:
    screen = AppointmentsScreen(reminded.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.bookings.rowCount() == 6 and not reminded.tasks.busy)
    names = [screen.bookings.item(r, 1).text() for r in range(6)]
    screen.bookings.selectRow(names.index("Musa Bello7"))
    qtbot.waitUntil(lambda: screen.reminders.text().startswith("Reminders: "))
    due = screen.reminders.text().removeprefix("Reminders: ").split("; ")
    assert [line.split(": ")[-1] for line in due] == ["Failed — call", "Planned"]
    assert all(line.startswith("SMS ") for line in due)
    screen.bookings.selectRow(names.index("Musa Bello11"))
    qtbot.waitUntil(lambda: screen.reminders.text() == "No reminders planned for this booking yet.")
