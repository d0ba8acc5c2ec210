"""The real Administration screen on a live server: departments, clinicians, a template preview.

The clinician's department is chosen by its name from a drop-down the
server's department list fills, and the list shows it by name too.

The screen is signed in as the PC would be (the server and access token the
sync worker keeps), its forms are the shared models, and what it saves is
read back from the server's own database.
"""

from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QComboBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from desktop.app import DesktopApp
from desktop.services.admin import admin_resources
from desktop.services.desk import SESSION_KEY
from desktop.sync.engine import write_state
from desktop.ui.screens.administration import AdministrationScreen
from shared.db.models import MessageTemplate
from shared.db.models.organisation import Clinician, Department
from shared.domain.enums import Channel, Language
from sync_server.messaging.templates import install_templates
from tests.integration.server.conftest import PASSWORD, LiveServer, World


def _signed_in_screen(
    desk: DesktopApp, qtbot: QtBot, live_server: LiveServer, world: World
) -> AdministrationScreen:
    login = {"username": "manager", "password": PASSWORD, "device": {"id": str(world.desks["IKJ"])}}
    token = httpx.post(f"{live_server.url}/api/auth/login", json=login).json()["access_token"]
    with desk.db.sessions.begin() as session:
        write_state(session, SESSION_KEY, {"server": live_server.url, "access_token": token})
    screen = AdministrationScreen(desk.db, admin_resources("manager"))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    return screen


def _type(screen: AdministrationScreen, **values: str) -> None:
    for name, value in values.items():
        screen.form.fields[name].input.setText(value)  # type: ignore[union-attr]


def test_a_manager_adds_a_department_and_a_clinician_from_the_screen(
    desk: DesktopApp, qtbot: QtBot, live_server: LiveServer, world: World
) -> None:
    screen = _signed_in_screen(desk, qtbot, live_server, world)
    screen.select("departments")
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    _type(screen, name="Paediatrics")
    with qtbot.waitSignal(screen.saved, timeout=10000) as saved:
        screen.save()
    department = saved.args[0]
    assert department["hospital_id"] == str(world.hospitals["IKJ"])
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10000)

    screen.select("clinicians")
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    _type(screen, full_name="Ngozi Eze", phone="12")
    screen.save()
    phone = screen.form.fields["phone"]
    qtbot.waitUntil(lambda: not phone.error.isHidden(), timeout=10000)
    _type(screen, phone="0803 123 4567", slot_minutes="20")
    picker = screen.form.fields["department_id"].input
    assert isinstance(picker, QComboBox)
    assert "hospital_id" not in screen.form.fields, "a manager's hospital is their own"
    qtbot.waitUntil(lambda: picker.findText("Paediatrics") > 0, timeout=10000)
    picker.setCurrentIndex(picker.findText("Paediatrics"))
    _type(screen, working_hours="Mon-Fri 08:00-14:00, Sat 9:00-12:00")
    with qtbot.waitSignal(screen.saved, timeout=10000):
        screen.save()

    with sessionmaker(live_server.engine)() as s:
        assert s.scalar(sa.select(Department.name)) == "Paediatrics"
        clinician = s.scalars(sa.select(Clinician)).one()
    assert (clinician.full_name, clinician.phone) == ("Ngozi Eze", "+2348031234567")
    assert (clinician.slot_minutes, str(clinician.department_id)) == (20, department["id"])
    assert clinician.active, "the Active box starts ticked, as the model's default"
    assert clinician.working_hours is not None
    assert clinician.working_hours["fri"] == {"start": "08:00", "end": "14:00"}
    assert clinician.working_hours["sat"] == {"start": "09:00", "end": "12:00"}
    assert "sun" not in clinician.working_hours
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10000)
    shown = [screen.model.index(0, c).data() for c in range(screen.model.columnCount())]
    assert "Mon 08:00-14:00" in " ".join(str(v) for v in shown)
    assert "Paediatrics" in shown and department["id"] not in shown, "the name, not the id"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_an_admin_sees_a_templates_wording_rendered_as_they_type(
    desk: DesktopApp, qtbot: QtBot, live_server: LiveServer, world: World
) -> None:
    with sessionmaker(live_server.engine).begin() as session:
        install_templates(session)
    login = {"username": "admin", "password": PASSWORD, "device": {"id": str(world.desks["IKJ"])}}
    token = httpx.post(f"{live_server.url}/api/auth/login", json=login).json()["access_token"]
    with desk.db.sessions.begin() as session:
        write_state(session, SESSION_KEY, {"server": live_server.url, "access_token": token})
    screen = AdministrationScreen(desk.db, admin_resources("admin"))
    qtbot.addWidget(screen)
    screen.show()
    screen.select("templates")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and not desk.tasks.busy, timeout=10000)
    rows = [screen.model.row_at(r) for r in range(screen.model.rowCount())]
    reminder = next(
        r
        for r, row in enumerate(rows)
        if row and row["key"] == "appointment_reminder" and row["channel"] == "sms"
    )
    screen.edit_row(reminder)
    assert screen.preview.isVisible()
    qtbot.waitUntil(lambda: "Adaeze" in screen.preview.text(), timeout=10000)

    body = screen.form.fields["body"].input
    assert isinstance(body, QPlainTextEdit)
    body.setPlainText("{{ hospital_name }} expects you:\n{{ appointments | join(', ') }}")
    qtbot.waitUntil(
        lambda: screen.preview.text().startswith("GrandPro Ikeja expects you"), timeout=10000
    )
    body.setPlainText("Dear {{ patient_name }}, see you soon.")  # the reminder job has no name
    qtbot.waitUntil(lambda: "patient_name" in screen.preview.text(), timeout=10000)
    assert screen.preview.text().startswith("Cannot preview:")
    with sessionmaker(live_server.engine)() as session:
        saved = session.scalars(
            sa.select(MessageTemplate.body).where(
                MessageTemplate.key == "appointment_reminder",
                MessageTemplate.channel == Channel.SMS,
                MessageTemplate.language == Language.ENGLISH,
            )
        ).one()
    assert "patient_name" not in saved, "a preview saves nothing"
