"""The demo's first impression: a clerk signs in and Today already shows today's clinic.

The demo is seeded as of now into the live server's database, the desk
signs in and syncs on a PC its manager registered, and Today lists the day's
appointments, some done and some to come — then the screen is saved at
1366x768 for the README.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp, build, install_translator
from desktop.auth import StaffSession, online_login
from desktop.config import DesktopSettings
from desktop.ui.style import stylesheet
from shared.domain.enums import AppointmentStatus
from shared.domain.loyalty import Tier
from sync_server.ops.demo_data import DEMO_PASSWORD
from tests.integration.server.conftest import LiveServer

from .conftest import MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def pg_url(demo_at: Callable[[dt.datetime], str], run_started: dt.datetime) -> str:
    """The server's database holds the demo as of the run's start (seeded once for the run)."""
    return demo_at(run_started)


def test_today_in_the_demo_shows_the_days_clinic(
    live_server: LiveServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    app = build(
        DesktopSettings(data_dir=tmp_path / "data", server_url=live_server.url), memory_keyring
    )
    logins = {}
    try:
        for username in ("lkk.manager", "lkk.desk"):  # a manager registers a new PC first
            with app.db.sessions.begin() as session, httpx.Client() as http:
                login = online_login(
                    session,
                    http,
                    server_url=live_server.url,
                    username=username,
                    password=DEMO_PASSWORD,
                    device_name="Reception PC",
                )
            app.adopt_registration()
            logins[username] = login
        window = app.main_window(login.staff)
        qtbot.addWidget(window)
        qapp.setStyleSheet(stylesheet())
        window.resize(1366, 768)
        window.show()
        app.start_sync(window)
        qtbot.waitUntil(lambda: app.worker is not None and app.worker.rounds > 0, timeout=60_000)
        today = window.today
        window.go_to(today)
        today.refresh()
        qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=20_000)
        qtbot.waitUntil(lambda: not app.tasks.busy, timeout=20_000)
        rows = [today.model.row_at(r) for r in range(today.model.rowCount())]
        statuses = {row.status for row in rows if row is not None}
        assert AppointmentStatus.COMPLETED in statuses, "some of today's visits are done"
        assert statuses & {AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED}, "more to come"
        connection = window.status.connection
        qtbot.waitUntil(lambda: "Online" in connection.text(), timeout=30_000)
        # the window was built before the first sync brought the hospital down
        qtbot.waitUntil(lambda: window.header.context.text().startswith("Lekki"), timeout=10_000)
        SCREENSHOTS.mkdir(exist_ok=True)
        image = window.grab()
        assert (image.width(), image.height()) == (1366, 768)
        path = SCREENSHOTS / "today-demo.png"
        assert image.save(str(path))
        assert path.stat().st_size > 10_000
        _loyalty_screen_for_the_manager(app, logins["lkk.manager"].staff, qtbot)
        for language in ("en", "ha"):
            translator = install_translator(qapp, language)
            try:
                for staff in (login.staff, logins["lkk.manager"].staff):
                    _every_screen(app, staff, qtbot, tmp_path / "screens" / language)
            finally:
                if translator is not None:
                    qapp.removeTranslator(translator)
    finally:
        qapp.setStyleSheet("")
        app.close()


#: The screens ``docs/ux.md`` shows, as the clerk and the manager see them in the demo.
DOCUMENTED = {
    ("en", "front_desk", "patients"),
    ("en", "front_desk", "payments"),
    ("en", "front_desk", "sync_health"),
    ("ha", "front_desk", "today"),
    ("en", "front_desk", "call_list"),
}


def _every_screen(app: DesktopApp, staff: StaffSession, qtbot: QtBot, folder: Path) -> None:
    """Each of ``staff``'s screens at 1366x768, saved as PNGs; some go to the docs."""
    window = app.main_window(staff)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    app.show_sync_in(window)  # its status bar shows the running sync, as after a sign-in
    folder.mkdir(parents=True, exist_ok=True)
    language = folder.name
    for name, title, screen in window.screens:
        window.go_to(screen)
        qtbot.waitUntil(lambda: not app.tasks.busy, timeout=20_000)
        assert window.header.title.text() == title
        image = window.grab()
        assert (image.width(), image.height()) == (1366, 768)
        path = folder / f"{staff.role}-{name}.png"
        assert image.save(str(path))
        assert path.stat().st_size > 10_000, f"{path.name} is blank"
        if (language, staff.role, name) in DOCUMENTED:
            assert image.save(str(SCREENSHOTS / f"screen-{language}-{staff.role}-{name}.png"))
    if language == "ha":  # the sidebar is translated, not only the screens' own texts
        assert window.sidebar.item(0).text() != "Today"
    window.close()


def _loyalty_screen_for_the_manager(app: DesktopApp, manager: StaffSession, qtbot: QtBot) -> None:
    """The manager's Loyalty screen on the same PC: the demo's members and points by month."""
    window = app.main_window(manager)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    screen = window.loyalty
    assert screen is not None, "a manager has the Loyalty screen"
    window.go_to(screen)
    qtbot.waitUntil(lambda: "members" in screen.tiers[Tier.BRONZE].text(), timeout=20_000)
    qtbot.waitUntil(lambda: not app.tasks.busy, timeout=20_000)
    earned = screen.sets["issued"]
    assert sum(earned.at(i) for i in range(earned.count())) > 0, "the demo's visits earned points"
    redeemed = screen.sets["redeemed"]
    assert sum(redeemed.at(i) for i in range(redeemed.count())) > 0, "the demo's patients redeem"
    assert screen.top_rewards.item(0).text() != "No rewards redeemed this year yet."
    filled = [tier for tier, label in screen.tiers.items() if label.text() != "0 members"]
    assert len(filled) >= 2, "a year of visits spreads the demo's patients over the tiers"
    image = window.grab()
    path = SCREENSHOTS / "loyalty-program-demo.png"
    assert image.save(str(path))
    assert path.stat().st_size > 10_000
