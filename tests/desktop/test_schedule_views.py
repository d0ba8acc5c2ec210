"""The Appointments screen's week and department views, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.schedule import week_start
from desktop.ui.screens.appointments import AppointmentsScreen
from shared.clock import LAGOS, lagos_today
from shared.db.models import Appointment, Clinician, Hospital, Patient
from tests import factories

#: The offscreen platform plugin warns when a top-level widget is shown; harmless here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
#: Next week, so every booking made in these tests is in the future.
MONDAY = week_start(lagos_today()) + dt.timedelta(days=7)


def _at(day_offset: int, hour: int, minute: int = 0) -> dt.datetime:
    day = MONDAY + dt.timedelta(days=day_offset)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=LAGOS).astimezone(dt.UTC)


def _book(app: DesktopApp, first_name: str, starts_at: dt.datetime, **provider: uuid.UUID) -> None:
    with app.db.sessions.begin() as session:
        hospital_id = session.scalars(sa.select(Hospital.id)).one()
        patient = factories.patient(session, hospital_id=hospital_id, first_name=first_name)
        factories.appointment(
            session, hospital_id=hospital_id, patient_id=patient.id, starts_at=starts_at, **provider
        )


def _clinician(app: DesktopApp, name: str) -> uuid.UUID:
    with app.db.sessions() as session:
        return session.scalars(sa.select(Clinician.id).where(Clinician.full_name == name)).one()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def screen(demo: DesktopApp, qtbot: QtBot) -> AppointmentsScreen:
    screen = AppointmentsScreen(demo.db)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.provider.count() == 2 and not demo.tasks.busy)
    return screen


def _settle(app: DesktopApp, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not app.tasks.busy)


def _lines(screen: AppointmentsScreen, row: int, column: int) -> list[str]:
    item = screen.week_grid.item(row, column)
    return item.text().split("\n") if item is not None else [""]


def _cell(screen: AppointmentsScreen, row: int, column: int) -> str:
    """The bookings a week cell lists, below its count line."""
    return "\n".join(_lines(screen, row, column)[1:])


def _count(screen: AppointmentsScreen, row: int, column: int) -> str:
    return _lines(screen, row, column)[0]


def test_week_view_puts_bookings_in_their_day_columns_and_pages_by_week(
    screen: AppointmentsScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    ngozi, ibrahim = _clinician(demo, "Dr Ngozi Okafor"), _clinician(demo, "Dr Ibrahim Sani")
    _book(demo, "Tolu", _at(1, 9), clinician_id=ngozi)
    _book(demo, "Emeka", _at(3, 10, 30), clinician_id=ngozi)
    _book(demo, "Halima", _at(4, 14), clinician_id=ibrahim)
    screen.day.setDate(_qdate(MONDAY + dt.timedelta(days=2)))
    screen.view.setCurrentIndex(screen.view.findData("week"))
    qtbot.waitUntil(lambda: screen.week_grid.rowCount() == 2)
    _settle(demo, qtbot)
    assert screen.week_grid.isVisible()
    header = screen.week_grid.horizontalHeaderItem(0).text()
    assert header == f"Mon\n{MONDAY.day} {MONDAY:%b}"
    rows = [screen.week_grid.verticalHeaderItem(r).text() for r in range(2)]
    assert rows == ["Dr Ibrahim Sani", "Dr Ngozi Okafor"]
    assert _cell(screen, 1, 1).startswith("09:00 Tolu ")
    assert _cell(screen, 1, 3).startswith("10:30 Emeka ")
    assert _cell(screen, 1, 2) == _cell(screen, 0, 1) == ""
    assert _cell(screen, 0, 4).startswith("14:00 Halima ")
    assert _count(screen, 1, 1) == "1 booked · 34 free"  # 09:00-09:20 holds two 15-min starts
    assert _count(screen, 0, 1) == "0 booked · 36 free"

    qtbot.keyClick(screen.week_grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _cell(screen, 1, 1) == "")
    assert screen.selected_day() == MONDAY + dt.timedelta(days=9)
    qtbot.keyClick(screen.week_grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _cell(screen, 1, 1) != "")
    assert screen.selected_day() == MONDAY + dt.timedelta(days=2)
    screen.day.setDate(_qdate(MONDAY - dt.timedelta(days=14)))
    qtbot.waitUntil(lambda: _count(screen, 1, 1) == "0 booked")  # a past day has no free slots


def test_booking_from_a_week_cell_lands_in_that_cell(
    screen: AppointmentsScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    screen.day.setDate(_qdate(MONDAY))
    screen.view.setCurrentIndex(screen.view.findData("week"))
    qtbot.waitUntil(lambda: screen.week_grid.rowCount() == 2)
    screen.open_cell(1, 3)
    qtbot.waitUntil(lambda: screen.slots.count() > 0 and not demo.tasks.busy)
    assert (screen.provider.currentText(), screen.selected_day()) == (
        "Dr Ngozi Okafor",
        MONDAY + dt.timedelta(days=3),
    )
    qtbot.keyClicks(screen.patient.search, "musa")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 3)
    screen.slots.setCurrentRow(4)
    screen.book_slot()
    qtbot.waitUntil(lambda: screen.bookings.rowCount() == 1 and not demo.tasks.busy)
    assert _cell(screen, 1, 3).startswith("10:00 Musa Bello")  # the fifth 30-minute slot
    assert screen.message.text() == "Booked."


def test_department_view_shows_only_that_departments_bookings(
    screen: AppointmentsScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    with demo.db.sessions.begin() as session:
        hospital_id = session.scalars(sa.select(Hospital.id)).one()
        antenatal = factories.department(session, hospital_id=hospital_id, name="Antenatal")
        factories.department(session, hospital_id=hospital_id, name="Outpatients")
        midwife = factories.clinician(
            session, hospital_id=hospital_id, full_name="Dr Funmi Ade", department_id=antenatal.id
        )
        antenatal_id, midwife_id = antenatal.id, midwife.id
    _book(demo, "Bisi", _at(1, 9), clinician_id=midwife_id)
    _book(demo, "Kemi", _at(1, 11), department_id=antenatal_id)
    _book(demo, "Yusuf", _at(1, 10), clinician_id=_clinician(demo, "Dr Ngozi Okafor"))
    screen.day.setDate(_qdate(MONDAY + dt.timedelta(days=1)))
    screen.grouping.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.provider.itemText(0) == "Antenatal")
    qtbot.waitUntil(lambda: screen.bookings.rowCount() == 2 and not demo.tasks.busy)
    booked = [
        (screen.bookings.item(r, 1).text().split()[0], screen.bookings.item(r, 4).text())
        for r in range(2)
    ]
    assert booked == [("Bisi", "Dr Funmi Ade"), ("Kemi", "Antenatal")]
    free = [screen.slots.item(r).text() for r in range(screen.slots.count())]
    assert "09:00" in free and "11:00" not in free  # the queue is the department's own

    screen.view.setCurrentIndex(screen.view.findData("week"))
    qtbot.waitUntil(lambda: screen.week_grid.rowCount() == 2 and not demo.tasks.busy)
    assert screen.week_grid.verticalHeaderItem(0).text() == "Antenatal"
    tuesday = _cell(screen, 0, 1)
    assert "Bisi" in tuesday and "Kemi" in tuesday and "Yusuf" not in tuesday
    assert _cell(screen, 1, 1) == ""
    assert (_count(screen, 0, 1), _count(screen, 1, 1)) == (
        "2 booked · 34 free",  # only the queue booking holds the department's time
        "0 booked · 36 free",
    )

    qtbot.keyClicks(screen.patient.search, "adaeze")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 3)
    screen.slots.setCurrentRow(0)
    screen.book_slot()
    qtbot.waitUntil(lambda: screen.bookings.rowCount() == 3)
    with demo.db.sessions() as session:
        booked_row = session.scalars(
            sa.select(Appointment)
            .join(Patient, Patient.id == Appointment.patient_id)
            .where(Patient.first_name == "Adaeze", Appointment.department_id.is_not(None))
        ).one()
    assert (booked_row.department_id, booked_row.clinician_id) == (antenatal_id, None)


def test_a_booking_to_move_says_so_until_it_is_moved(
    screen: AppointmentsScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    ngozi = _clinician(demo, "Dr Ngozi Okafor")
    _book(demo, "Tolu", _at(1, 9), clinician_id=ngozi)
    with demo.db.sessions.begin() as session:
        tolu = session.scalars(
            sa.select(Appointment)
            .join(Patient, Patient.id == Appointment.patient_id)
            .where(Patient.first_name == "Tolu")
        ).one()
        tolu.needs_reschedule = True
    screen.provider.setCurrentIndex(1)
    screen.day.setDate(_qdate(MONDAY + dt.timedelta(days=1)))
    qtbot.waitUntil(lambda: screen.bookings.rowCount() == 1 and not demo.tasks.busy)
    assert screen.bookings.item(0, 2).text() == "Scheduled — needs a new time"
    screen.bookings.selectRow(0)
    screen.slots.setCurrentRow(0)
    screen.move_booking()
    qtbot.waitUntil(lambda: screen.bookings.item(0, 0).text() == "08:00")
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert screen.bookings.item(0, 2).text() == "Scheduled"
