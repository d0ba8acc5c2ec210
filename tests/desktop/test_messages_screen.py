"""Composing a message through the real widgets: consent is checked, sending only queues.

A queued message must leave the message row, its communication log row and
both outbox mutations, because the outbox is what reaches the server later.
"""

from __future__ import annotations

import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.messages import MessagesScreen
from shared.db.models import Message, Patient, PatientCommunication
from shared.domain.enums import Channel, MessageStatus
from tests import factories


def _templates(app: DesktopApp) -> None:
    with app.db.sessions.begin() as session:
        factories.template(session, name="Reminder")
        factories.template(
            session,
            name="Naira note",
            body="{{ patient_name }}, your balance is ₦500 at {{ hospital_name }}.",
        )
        factories.template(session, name="Needs a time", variables=["appointment_time"])


def _pick(qtbot: QtBot, app: DesktopApp, screen: MessagesScreen, search: str) -> None:
    qtbot.keyClicks(screen.patient.search, search)
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 1)
    qtbot.waitUntil(lambda: screen.template.count() == 4)  # and "Write a message"
    qtbot.waitUntil(lambda: not app.tasks.busy)


def _choose(screen: MessagesScreen, name: str) -> None:
    screen.template.setCurrentIndex(screen.template.findText(f"{name} (en)"))


def test_missing_consent_is_named_and_nothing_is_queued(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    _templates(demo)
    with demo.db.sessions.begin() as session:
        patient = session.scalars(sa.select(Patient).where(Patient.first_name == "Musa")).first()
        assert patient is not None
        patient.consent_sms = False
    screen = window.messages
    window.go_to(screen)
    _pick(qtbot, demo, screen, "0803 123 4503")
    _choose(screen, "Reminder")
    assert "has not consented to sms" in screen.length.text()
    screen.send()
    qtbot.waitUntil(lambda: "consented" in screen.message.text())
    with demo.db.sessions() as session:
        assert session.scalars(sa.select(Message)).all() == []
        assert session.scalars(sa.select(OutboxMutation)).all() == []


def test_compose_previews_then_queues_the_message_and_its_log(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    _templates(demo)
    screen = window.messages
    window.go_to(screen)
    _pick(qtbot, demo, screen, "0803 123 4501")
    _choose(screen, "Naira note")
    assert screen.preview.toPlainText().startswith("Babatunde, your balance is ₦500")
    assert "force UCS-2" in screen.length.text() and "₦" in screen.length.text()
    _choose(screen, "Needs a time")
    assert "appointment_time" in screen.length.text()
    _choose(screen, "Reminder")
    assert screen.length.text() == "1 SMS segment(s)"
    screen.send()
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1)
    assert screen.message.text() == "Queued — will send when online."
    assert screen.history.item(0, 1).text() == "queued — will send when online"
    with demo.db.sessions() as session:
        message = session.scalars(sa.select(Message)).one()
        log = session.scalars(sa.select(PatientCommunication)).one()
        outbox = {m.table_name: m for m in session.scalars(sa.select(OutboxMutation))}
    assert message.status is MessageStatus.QUEUED and message.channel is Channel.SMS
    assert message.address == "+2348031234501" and message.body.startswith("Dear Babatunde")
    assert log.message_id == message.id
    assert set(outbox) == {"messages", "patient_communications"}
    assert outbox["messages"].row_id == message.id
    assert "status" not in outbox["messages"].fields


def test_history_shows_the_status_sync_brings_back(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    _templates(demo)
    screen = window.messages
    window.go_to(screen)
    _pick(qtbot, demo, screen, "0803 123 4501")
    _choose(screen, "Reminder")
    screen.send()
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1)
    with demo.db.sessions.begin() as session:
        session.execute(sa.update(Message).values(status=MessageStatus.DELIVERED))
    window.data_changed()
    qtbot.waitUntil(lambda: screen.history.item(0, 1).text() == "delivered")


def test_the_default_is_a_template_the_desk_can_fill_else_writing(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    """A reminder needs the job's appointment list: the desk starts on "Write a message"."""
    with demo.db.sessions.begin() as session:
        factories.template(
            session,
            name="Appointment reminder",
            body="{{ hospital_name }}: {{ appointments | join('; ') }}",
            variables=["hospital_name", "appointments"],
        )
    screen = window.messages
    window.go_to(screen)
    qtbot.keyClicks(screen.patient.search, "0803 123 4501")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 1)
    qtbot.waitUntil(lambda: screen.template.count() == 2)
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert screen.template.currentText() == "Write a message"
    assert not screen.preview.isReadOnly() and "appointments" not in screen.length.text()
    _templates(demo)
    window.data_changed()
    qtbot.waitUntil(lambda: screen.template.count() == 5)
    assert screen.template.currentText() == "Write a message"  # the receptionist's choice stays


def test_a_written_message_is_queued_with_its_log(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    screen = window.messages
    window.go_to(screen)
    qtbot.keyClicks(screen.patient.search, "0803 123 4501")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 1)
    qtbot.waitUntil(lambda: screen.template.count() == 1 and not demo.tasks.busy)
    screen.send()
    qtbot.waitUntil(lambda: "write a message" in screen.message.text())
    screen.preview.setPlainText("Your results are ready. Please come in today.")
    assert screen.length.text() == "1 SMS segment(s)"
    screen.send()
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1)
    assert screen.preview.toPlainText() == ""
    with demo.db.sessions() as session:
        message = session.scalars(sa.select(Message)).one()
        log = session.scalars(sa.select(PatientCommunication)).one()
    assert message.body == "Your results are ready. Please come in today."
    assert (message.template_id, message.address) == (None, "+2348031234501")
    assert log.message_id == message.id and log.subject == "Message from the front desk"


def test_a_written_email_needs_a_subject(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    screen = window.messages
    window.go_to(screen)
    qtbot.keyClicks(screen.patient.search, "0803 123 4501")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 1)
    qtbot.waitUntil(lambda: screen.template.count() == 1 and not demo.tasks.busy)
    screen.channel.setCurrentIndex(screen.channel.findData(Channel.EMAIL))
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert screen.subject.isVisibleTo(screen)
    screen.preview.setPlainText("Your results are ready.")
    screen.send()
    qtbot.waitUntil(lambda: bool(screen.message.text()))
    assert "subject" in screen.message.text() or "e-mail" in screen.message.text()
    with demo.db.sessions() as session:
        assert session.scalars(sa.select(Message)).all() == []
