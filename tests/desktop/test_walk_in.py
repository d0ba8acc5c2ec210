"""A walk-in at the Today screen: checked in at once, in the waiting queue, in the outbox."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.screens.today import TodayScreen
from shared.db.models import Appointment, Department, Hospital
from shared.domain.enums import AppointmentKind, AppointmentStatus
from tests import factories

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def screen(demo: DesktopApp, qtbot: QtBot) -> TodayScreen:
    with demo.db.sessions.begin() as session:
        hospital_id = session.scalars(sa.select(Hospital.id)).one()
        factories.department(session, hospital_id=hospital_id, name="Antenatal")
    screen = TodayScreen(demo.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 12)
    return screen


def _walk_ins(app: DesktopApp) -> list[Appointment]:
    with app.db.sessions() as session:
        query = sa.select(Appointment).where(Appointment.kind == AppointmentKind.WALK_IN)
        return list(session.scalars(query))


def _open_form(screen: TodayScreen, qtbot: QtBot) -> None:
    screen.walk_in_button.click()
    qtbot.waitUntil(lambda: screen.walk_in.provider.count() == 3)
    assert screen.walk_in.isVisible()


def _pick(screen: TodayScreen, qtbot: QtBot, text: str, provider: str) -> None:
    qtbot.keyClicks(screen.walk_in.patient.search, text)
    qtbot.waitUntil(lambda: screen.walk_in.patient.choices.count() == 1)
    screen.walk_in.provider.setCurrentIndex(screen.walk_in.provider.findText(provider))


def test_walk_in_joins_the_queue_checked_in(
    screen: TodayScreen, demo: DesktopApp, qtbot: QtBot
) -> None:
    _open_form(screen, qtbot)
    screen.walk_in.register_button.click()
    qtbot.waitUntil(lambda: screen.walk_in.message.text() != "")
    assert screen.walk_in.message.text().startswith("patient_id")
    assert _walk_ins(demo) == []

    _pick(screen, qtbot, "Chiamaka Okafor10", "Dr Ngozi Okafor")
    screen.walk_in.register_button.click()
    qtbot.waitUntil(lambda: screen.queue.count() == 2)
    assert not screen.walk_in.isVisible()
    assert screen.queue.item(1).text().startswith("Chiamaka Okafor10 — since ")
    assert screen.model.rowCount() == 13
    [visit] = _walk_ins(demo)
    assert (visit.status, visit.checked_in_at) == (AppointmentStatus.CHECKED_IN, visit.starts_at)
    with demo.db.sessions() as session:
        [mutation] = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.row_id == visit.id)
        ).all()
    assert (mutation.fields["kind"], mutation.fields["status"]) == ("walk_in", "checked_in")


def test_walk_in_to_a_department(screen: TodayScreen, demo: DesktopApp, qtbot: QtBot) -> None:
    _open_form(screen, qtbot)
    screen.walk_in_button.click()
    assert not screen.walk_in.isVisible()
    _open_form(screen, qtbot)
    _pick(screen, qtbot, "Musa Bello11", "Antenatal (department)")
    screen.walk_in.register_button.click()
    qtbot.waitUntil(lambda: screen.queue.count() == 2)
    [visit] = _walk_ins(demo)
    with demo.db.sessions() as session:
        antenatal = session.scalars(sa.select(Department.id)).one()
    assert (visit.department_id, visit.clinician_id) == (antenatal, None)
    assert any(
        screen.model.row_at(r).provider == "Antenatal"  # type: ignore[union-attr]
        for r in range(screen.model.rowCount())
    )
