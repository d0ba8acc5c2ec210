"""The Campaigns screen, on real widgets: a second manager approves offline; the author cannot.

A promotional campaign written by one manager waits for approval on the
PC's copy. The other manager selects it and approves it: the change is
saved locally and queued for sync with them as approver. The author, signed
in on the same PC, is refused in the same words the server would use.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.screens.campaigns import CampaignsScreen
from shared.db.models import Campaign, User
from shared.domain.enums import CampaignStatus, Channel, MessagePurpose, Role
from tests import factories

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _waiting_campaign(app: DesktopApp) -> tuple[User, User, Campaign]:
    with app.db.sessions.begin() as session:
        hospital = factories.hospital(session)
        author = factories.user(
            session, role=Role.MANAGER, hospital_id=hospital.id, full_name="Amaka Obi"
        )
        second = factories.user(
            session, role=Role.MANAGER, hospital_id=hospital.id, full_name="Tunde Bello"
        )
        template = factories.template(session, purpose=MessagePurpose.PROMOTIONAL)
        session.flush()
        campaign = Campaign(
            hospital_id=hospital.id,
            name="December check-ups",
            template_id=template.id,
            channel=Channel.SMS,
            purpose=MessagePurpose.PROMOTIONAL,
            status=CampaignStatus.PENDING_APPROVAL,
            created_by_id=author.id,
        )
        session.add(campaign)
    return author, second, campaign


def _screen(app: DesktopApp, qtbot: QtBot) -> CampaignsScreen:
    screen = CampaignsScreen(app.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1 and not app.tasks.busy)
    return screen


def test_a_second_manager_approves_a_waiting_campaign_offline(
    desk: DesktopApp, qtbot: QtBot
) -> None:
    author, second, campaign = _waiting_campaign(desk)
    desk.db.actor = author.id
    screen = _screen(desk, qtbot)
    cells = [screen.table.item(0, c).text() for c in range(screen.table.columnCount())]
    assert cells == [
        "December check-ups",
        "SMS",
        "Promotional",
        "Waiting for approval",
        "Amaka Obi",
        "",
    ]
    assert not screen.approve_button.isEnabled(), "nothing chosen yet"
    screen.table.selectRow(0)
    assert screen.approve_button.isEnabled()
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text().startswith("Not saved"))
    assert screen.message.text() == (
        "Not saved — A campaign is approved by a second manager, not by the person who wrote it."
    )

    desk.db.actor = second.id
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text().startswith("Approved"))
    qtbot.waitUntil(lambda: screen.table.item(0, 3).text() == "Approved" and not desk.tasks.busy)
    assert screen.table.item(0, 5).text() == "Tunde Bello"
    assert not screen.approve_button.isEnabled() and screen.cancel_button.isEnabled()
    with desk.db.sessions() as session:
        stored = session.get_one(Campaign, campaign.id)
        queued = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.table_name == "campaigns")
        ).all()
    assert (stored.status, stored.approved_by_id) == (CampaignStatus.APPROVED, second.id)
    assert [set(m.fields) >= {"status", "approved_by_id"} for m in queued] == [True]


def test_an_empty_list_says_where_campaigns_come_from(desk: DesktopApp, qtbot: QtBot) -> None:
    screen = CampaignsScreen(desk.db)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    assert screen.table.isHidden() and not screen.empty.isHidden()
    assert screen.empty.text().startswith("No campaigns yet.")
    assert not screen.approve_button.isEnabled() and not screen.cancel_button.isEnabled()
