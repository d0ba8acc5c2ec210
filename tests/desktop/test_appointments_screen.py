"""Book, reschedule and cancel from the Appointments screen, with free-slot suggestions."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.appointments import AppointmentsScreen
from shared.clock import lagos_today
from shared.db.models import Appointment
from shared.domain.enums import AppointmentStatus


def _outbox_ops(app: DesktopApp) -> list[str]:
    with app.db.sessions() as session:
        rows = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.table_name == "appointments")
        )
        return [r.fields.get("status", "moved" if "starts_at" in r.fields else "") for r in rows]


@pytest.fixture
def screen(window: MainWindow, demo: DesktopApp, qtbot: QtBot) -> AppointmentsScreen:
    screen = window.appointments
    window.go_to(screen)
    qtbot.waitUntil(lambda: screen.provider.count() == 2)
    day = lagos_today() + dt.timedelta(days=1)
    screen.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: screen.slots.count() > 0 and not demo.tasks.busy)
    return screen


def test_book_then_move_then_cancel(
    screen: AppointmentsScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    assert screen.slots.item(0).text() == "08:00"
    screen.book_slot()
    qtbot.waitUntil(lambda: screen.message.text() != "")
    assert screen.message.text().startswith("patient_id")
    qtbot.keyClicks(screen.patient.search, "musa")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 3)
    screen.slots.setCurrentRow(0)
    screen.book_slot()
    qtbot.waitUntil(lambda: screen.bookings.rowCount() == 1)
    assert screen.message.text() == "Booked."
    assert screen.slots.item(0).text() == "08:30"  # one slot length (30 minutes) apart
    screen.bookings.selectRow(0)
    screen.slots.setCurrentRow(3)
    screen.move_booking()
    qtbot.waitUntil(lambda: screen.bookings.item(0, 0).text() == "10:00")
    screen.bookings.selectRow(0)
    screen.cancel_booking()
    qtbot.waitUntil(lambda: "cancelled_reason" in screen.message.text())
    qtbot.keyClicks(screen.reason, "Patient travelled")
    screen.cancel_booking()
    qtbot.waitUntil(lambda: screen.bookings.item(0, 2).text() == "Cancelled")
    assert _outbox_ops(demo) == ["scheduled", "moved", "cancelled"]
    with demo.db.sessions() as session:
        row = session.scalars(
            sa.select(Appointment).where(Appointment.cancelled_reason.is_not(None))
        ).one()
    assert row.status is AppointmentStatus.CANCELLED
