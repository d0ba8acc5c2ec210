"""An owner's window before the first sync: an empty state, never an error dialog."""

from __future__ import annotations

import uuid

from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.auth import StaffSession

OWNER = StaffSession(uuid.uuid4(), "owner", "Eko Health Holdings", "owner", online=True)


def test_an_owner_window_before_the_first_sync_says_it_is_running(
    desk: DesktopApp, qtbot: QtBot
) -> None:
    errors: list[BaseException] = []
    desk.tasks._on_unhandled = errors.append
    window = desk.main_window(OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not desk.tasks.busy, timeout=10_000)
    assert errors == [], "no 'Something went wrong' dialog"
    assert window.owner_dashboard.title.text().startswith("The first sync is running")
    window.go_to(window.payout_calendar)
    qtbot.waitUntil(lambda: not desk.tasks.busy, timeout=10_000)
    assert window.payout_calendar.message.text().startswith("No contract"), "empty, no error"
