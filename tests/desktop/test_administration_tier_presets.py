"""A manager fills the loyalty program's tier thresholds from a ready-made scale, then saves.

On the real Administration screen against a live server: the preset only
fills the form; the save goes through the same admin API (and its checks)
as typed thresholds, and what is stored is read back from the server.
"""

from __future__ import annotations

import httpx
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from desktop.app import DesktopApp
from desktop.services.admin import admin_resources
from desktop.services.desk import SESSION_KEY
from desktop.sync.engine import write_state
from desktop.ui.screens.administration import AdministrationScreen
from shared.db.models import LoyaltyProgram
from tests.integration.server.conftest import PASSWORD, LiveServer, World


def _manager_screen(
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


def _thresholds(screen: AdministrationScreen) -> tuple[str, ...]:
    names = ("silver_threshold", "gold_threshold", "platinum_threshold")
    return tuple(screen.form.fields[name].value() for name in names)  # type: ignore[misc]


def _stored(live_server: LiveServer) -> tuple[int, int, int]:
    with sessionmaker(live_server.engine)() as s:
        program = s.scalars(sa.select(LoyaltyProgram)).one()
        return program.silver_threshold, program.gold_threshold, program.platinum_threshold


def test_a_manager_saves_the_compact_scale_then_goes_back_to_the_standard_one(
    desk: DesktopApp, qtbot: QtBot, live_server: LiveServer, world: World
) -> None:
    screen = _manager_screen(desk, qtbot, live_server, world)
    assert screen.presets.isHidden(), "only the loyalty program's form offers tier scales"
    screen.select("loyalty-program")
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    assert not screen.presets.isHidden()
    picker = screen.presets.picker
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "Standard scale",
        "Compact scale",
    ]
    assert screen.presets.ranges.text() == (
        "Bronze 0–1,999 · Silver 2,000–4,999 · Gold 5,000–9,999 · Platinum 10,000+"
    )

    screen.form.fields["name"].input.setText("Ikeja Rewards")  # type: ignore[union-attr]
    screen.presets.select("compact")
    assert screen.presets.ranges.text() == "Bronze 0–99 · Silver 100–499 · Gold 500+"
    screen.presets.use_button.click()
    assert _thresholds(screen) == ("100", "500", "1000000")
    assert "Save keeps them" in screen.message.text()
    with sessionmaker(live_server.engine)() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(LoyaltyProgram)) == 0, "not saved"
    with qtbot.waitSignal(screen.saved, timeout=10000) as saved:
        screen.save()
    assert saved.args[0]["hospital_id"] == str(world.hospitals["IKJ"])
    assert _stored(live_server) == (100, 500, 1_000_000)

    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10000)
    screen.edit_row(0)
    assert not screen.presets.isHidden(), "an existing program can change its scale too"
    assert _thresholds(screen) == ("100", "500", "1000000")
    screen.presets.select("standard")
    screen.presets.use_button.click()
    with qtbot.waitSignal(screen.saved, timeout=10000):
        screen.save()
    assert _stored(live_server) == (2_000, 5_000, 10_000)

    screen.select("departments")
    assert screen.presets.isHidden()
