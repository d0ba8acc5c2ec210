"""Screenshots of every Administration page, on a live server with the demo seeded.

The administrator signs in on GrandPro's office PC and the Lekki manager on
the hospital's PC, each as the desk's sign-in does it; every page then shows
the server's own rows at 1366x768, with the first row open in the form so
its drop-downs show names. The demo's rewards and loyalty program are the
network's, which a manager does not see, so the manager first adds Lekki's
own from the screen; the administrator likewise sets the channel prices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp, build
from desktop.auth import online_login
from desktop.config import DesktopSettings
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.administration import AdministrationScreen
from desktop.ui.style import stylesheet
from sync_server.ops.demo_data import DEMO_PASSWORD
from tests.integration.server.conftest import LiveServer

from .conftest import MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
#: The pages docs/administration.md shows, by the role that shows each.
SHOWN = {
    "manager": ("users", "departments", "clinicians", "rewards", "loyalty-program"),
    "admin": (
        "hospitals",
        "owners",
        "contracts",
        "users",
        "templates",
        "channel-prices",
        "devices",
    ),
}
PRICES = (("sms", "4.50"), ("whatsapp", "7.00"), ("email", "0.50"))


@pytest.fixture
def pg_url(demo_at: Callable[[dt.datetime], str], run_started: dt.datetime) -> str:
    """The demo as of the run's start, seeded once for the run (it installs the templates
    ``hmso-server migrate`` puts in place on every install)."""
    return demo_at(run_started)


@pytest.fixture
def demo_server(live_server: LiveServer) -> LiveServer:
    return live_server


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet(stylesheet())
    yield
    qapp.setStyleSheet("")


def _signed_in(
    server: LiveServer, keyring: MemoryKeyring, data_dir: Path, username: str, pc: str
) -> tuple[DesktopApp, MainWindow]:
    app = build(DesktopSettings(data_dir=data_dir, server_url=server.url), keyring)
    with app.db.sessions.begin() as session, httpx.Client() as http:
        login = online_login(
            session,
            http,
            server_url=server.url,
            username=username,
            password=DEMO_PASSWORD,
            device_name=pc,
        )
    app.adopt_registration()
    window = app.main_window(login.staff)
    window.resize(1366, 768)
    window.show()
    return app, window


def _administration(window: MainWindow) -> AdministrationScreen:
    screen = window.administration
    assert screen is not None
    window.go_to(screen)
    return screen


def _shoot(
    app: DesktopApp, window: MainWindow, qtbot: QtBot, role: str, pages: tuple[str, ...]
) -> None:
    """Each page with its rows, the first one open in the form, saved over its PNG."""
    screen = _administration(window)
    assert set(pages) <= set(screen.resources), "the role manages every page it shows"
    for name in pages:
        screen.select(name)
        qtbot.waitUntil(lambda: not app.tasks.busy, timeout=20_000)
        assert screen.model.rowCount() > 0, (name, screen.banner.text(), screen.message.text())
        _ids_are_named(screen)
        screen.table.selectRow(0)
        screen.edit_row(0)
        for field in screen.form.fields.values():
            if field.spec.source and field.value():
                assert isinstance(field.input, QComboBox)
                assert field.input.currentText() not in ("", field.value()), "a name, not an id"
        qtbot.waitUntil(lambda: _form_shown(screen), timeout=5_000)
        image = window.grab()
        assert (image.width(), image.height()) == (1366, 768)
        path = SCREENSHOTS / f"administration-{role}-{name}.png"
        assert image.save(str(path))
        assert path.stat().st_size > 10_000


def _ids_are_named(screen: AdministrationScreen) -> None:
    """Every list cell of a ``*_id`` column shows a name, never the id itself."""
    page, model = screen.resource, screen.model
    assert page is not None
    for column, name in enumerate(page.columns):
        if name not in page.references:
            continue
        for row in range(model.rowCount()):
            value = (model.row_at(row) or {}).get(name)
            shown = model.index(row, column).data()
            assert value is None or shown not in ("", value), (page.name, name, shown)


def _form_shown(screen: AdministrationScreen) -> bool:
    """A rebuilt form's fields appear on the next turn of the event loop."""
    return all(field.isVisible() for field in screen.form.fields.values())


def _add(
    app: DesktopApp, screen: AdministrationScreen, qtbot: QtBot, page: str, **values: str
) -> None:
    """Add new on ``page``, each field set as a person enters it, Add; the server keeps it."""
    screen.select(page)
    qtbot.waitUntil(lambda: not app.tasks.busy, timeout=20_000)
    screen.start_new()
    for name, value in values.items():
        screen.form.fields[name].set_value(value)
    with qtbot.waitSignal(screen.saved, timeout=15_000):
        screen.save()
    qtbot.waitUntil(lambda: not app.tasks.busy, timeout=20_000)


def test_screenshots_of_each_administration_page_with_the_demos_rows(
    demo_server: LiveServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    qtbot: QtBot,
    styled: None,
) -> None:
    manager_app, manager = _signed_in(
        demo_server, memory_keyring, tmp_path / "lekki", "lkk.manager", "Lekki reception PC"
    )
    admin_app, admin = _signed_in(
        demo_server, memory_keyring, tmp_path / "office", "admin", "GrandPro office PC"
    )
    try:
        qtbot.addWidget(manager)
        qtbot.addWidget(admin)
        lekki = _administration(manager)
        _add(
            manager_app,
            lekki,
            qtbot,
            "rewards",
            name="Lekki Antenatal Pack",
            kind="package",
            points_cost="150",
        )
        _add(manager_app, lekki, qtbot, "loyalty-program", name="Lekki Family Points")
        _shoot(manager_app, manager, qtbot, "manager", SHOWN["manager"])
        screen = _administration(admin)
        for channel, price in PRICES:
            _add(admin_app, screen, qtbot, "channel-prices", channel=channel, price_minor=price)
        _shoot(admin_app, admin, qtbot, "admin", SHOWN["admin"])
    finally:
        manager_app.close()
        admin_app.close()
