"""Service recovery at the desk: the owner's notice when low feedback syncs in, and closing it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.changes import Changes
from desktop.store.tables import OutboxMutation
from desktop.ui.screens.feedback import FeedbackScreen
from shared.clock import utcnow
from shared.db.models import Hospital, Patient, PatientFeedback
from shared.domain.enums import FollowUpStatus, RecoveryOutcome, Role
from shared.domain.service_recovery import due_by
from tests import factories

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _manager(demo: DesktopApp) -> uuid.UUID:
    with demo.db.sessions.begin() as session:
        hospital = session.scalars(sa.select(Hospital)).one()
        user = factories.user(
            session, role=Role.MANAGER, hospital_id=hospital.id, full_name="Amaka Eze"
        )
        return user.id


def _synced_low_feedback(demo: DesktopApp, owner: uuid.UUID, *, days_ago: int, n: int) -> uuid.UUID:
    """A callback as a sync round applies it: written to the store, then announced."""
    submitted = utcnow() - dt.timedelta(days=days_ago)
    with demo.db.sessions.begin() as session:
        patient = session.scalars(sa.select(Patient).order_by(Patient.patient_number)).all()[n]
        row = PatientFeedback(
            hospital_id=patient.hospital_id,
            patient_id=patient.id,
            rating=1,
            comments="Waited three hours",
            submitted_at=submitted,
            follow_up_status=FollowUpStatus.OPEN,
            follow_up_due_at=due_by(submitted),
            follow_up_assignee_id=owner,
        )
        session.add(row)
        session.flush()
        feedback_id = row.id
    demo.db.sync_changed(Changes.of({"patient_feedback"}))
    return feedback_id


def test_the_manager_is_told_of_new_low_feedback_and_closes_the_callback(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    manager = _manager(demo)
    demo.db.actor = manager
    overdue = _synced_low_feedback(demo, manager, days_ago=6, n=0)  # there before sign-in
    screen = FeedbackScreen(demo.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.follow_ups.rowCount() == 1)
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert screen.notice.isHidden(), "what was open at sign-in is listed, not announced"

    with qtbot.waitSignal(screen.notifier.notified, timeout=5000) as notice:
        _synced_low_feedback(demo, manager, days_ago=0, n=1)
    assert notice.args is not None
    assert notice.args[0].startswith("Low feedback: Babatunde Adeyemi")
    assert "gave 1/5. Call back by" in notice.args[0]
    qtbot.waitUntil(lambda: screen.follow_ups.rowCount() == 2)
    assert screen.notice.isVisible() and screen.notice.text() == notice.args[0]
    assert screen.follow_ups.item(0, 0).text().endswith("(overdue)"), "overdue first"
    assert not screen.follow_ups.item(1, 0).text().endswith("(overdue)")
    assert screen.follow_ups.item(0, 1).text() == "Amaka Eze"

    screen.follow_ups.selectRow(0)
    screen.result.setCurrentIndex(screen.result.findData(RecoveryOutcome.NOT_RECOVERED))
    screen.close_button.click()
    qtbot.waitUntil(lambda: screen.follow_up_message.text() != "")  # no outcome typed: refused
    assert screen.follow_ups.rowCount() == 2
    screen.follow_ups.selectRow(0)
    screen.outcome.setText("Called; she will not come back")
    screen.close_button.click()
    qtbot.waitUntil(lambda: screen.follow_ups.rowCount() == 1)
    with demo.db.sessions() as session:
        row = session.get_one(PatientFeedback, overdue)
        mutation = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.row_id == overdue)
        ).one()
    assert (row.follow_up_status, row.follow_up_outcome, row.follow_up_closed_by_id) == (
        FollowUpStatus.CLOSED,
        RecoveryOutcome.NOT_RECOVERED,
        manager,
    )
    assert row.follow_up_closed_at is not None
    assert mutation.fields["follow_up_outcome"] == "not_recovered"
    assert mutation.fields["follow_up_closed_by_id"] == str(manager)


def test_someone_elses_callback_is_not_announced(demo: DesktopApp, qtbot: QtBot) -> None:
    manager = _manager(demo)
    demo.db.actor = uuid.uuid4()  # a clerk signed in
    screen = FeedbackScreen(demo.db)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    heard: list[str] = []
    screen.notifier.notified.connect(heard.append)
    _synced_low_feedback(demo, manager, days_ago=0, n=0)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.follow_ups.rowCount() == 1)
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert heard == []
