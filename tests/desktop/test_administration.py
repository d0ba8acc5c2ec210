"""The Administration screen's real widgets: who gets it, its forms, and offline."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import socket
from pathlib import Path

from pydantic import BaseModel, Field
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.admin import (
    OFFLINE_MESSAGE,
    AdminError,
    AdminResource,
    admin_resources,
    form_values,
)
from desktop.services.desk import SESSION_KEY
from desktop.sync.engine import write_state
from desktop.ui.screens.administration import AdministrationScreen
from desktop.ui.style import stylesheet
from shared.domain.admin.owners import ContractUpdate
from shared.domain.admin.registry import RESOURCES

from .conftest import STAFF


class Status(enum.StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class ContractForm(BaseModel):
    """A model shaped like the shared admin models: titles, an enum, a date, kobo, a flag."""

    name: str = Field(title="Contract name", min_length=2)
    status: Status = Field(title="Status")
    starts_on: dt.date = Field(title="Start date")
    fee_kobo: int = Field(title="Monthly fee", ge=0)
    auto_renew: bool = Field(False, title="Renews itself")


RESOURCE = AdminResource("contracts", "Contracts", ContractForm, None, ("name", "status"))


def _screen(demo: DesktopApp, qtbot: QtBot) -> AdministrationScreen:
    screen = AdministrationScreen(demo.db, [RESOURCE], offline_only=True)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    return screen


def test_only_admins_and_managers_get_administration_each_with_their_pages(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    windows = {
        role: demo.main_window(dataclasses.replace(STAFF, role=role))
        for role in ("front_desk", "clinician", "manager", "admin")
    }
    for window in windows.values():
        qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    for role in ("front_desk", "clinician"):
        assert windows[role].administration is None
        assert "administration" not in [name for name, _, _ in windows[role].screens]
    manager, admin = windows["manager"].administration, windows["admin"].administration
    assert manager is not None and admin is not None
    assert {"departments", "clinicians", "users", "rewards"} <= set(manager.resources)
    assert "hospitals" not in manager.resources and "owners" not in manager.resources
    assert {"hospitals", "owners", "contracts", "devices"} <= set(admin.resources)
    assert {"departments", "clinicians", "rewards"} <= set(admin.resources), "admins manage all"


def test_pages_come_from_the_registry_with_ids_as_pickers() -> None:
    """A manager cannot list hospitals or owners: those fields are the server's to fill."""
    manager = {page.name: page for page in admin_resources("manager")}
    users = manager["users"]
    assert {"hospital_id", "owner_account_id"} <= users.hidden
    assert "hospital_id" not in users.columns
    assert "hospital_id" not in [spec.name for spec in users.create_fields()]
    department = manager["clinicians"].spec("department_id")
    assert department is not None and (department.kind, department.source) == (
        "pick",
        "departments",
    )
    assert manager["clinicians"].sources() == ("departments",)
    admin = {page.name: page for page in admin_resources("admin")}
    assert admin["users"].hidden == frozenset()
    assert set(admin["contracts"].sources()) == {"owners", "hospitals"}
    assert admin["devices"].actions == (("revoke", "Revoke"),)
    assert admin["owners"].title == RESOURCES["owners"].title


def test_the_form_is_built_from_the_model_fields(demo: DesktopApp, qtbot: QtBot) -> None:
    fields = _screen(demo, qtbot).form.fields
    assert list(fields) == ["name", "status", "starts_on", "fee_kobo", "auto_renew"]
    assert isinstance(fields["status"].input, QComboBox)
    assert [fields["status"].input.itemData(i) for i in range(2)] == ["active", "ended"]
    assert isinstance(fields["auto_renew"].input, QCheckBox)
    starts = fields["starts_on"].input
    assert isinstance(starts, QLineEdit) and starts.placeholderText() == "DD/MM/YYYY"


def test_typed_values_become_the_apis_json() -> None:
    typed: dict[str, str | bool] = {
        "name": "Ikeja 2027",
        "status": "active",
        "starts_on": "01/02/2027",
        "fee_kobo": "25,000.50",
        "auto_renew": True,
    }
    assert form_values(ContractForm, typed) == {
        "name": "Ikeja 2027",
        "status": "active",
        "starts_on": "2027-02-01",
        "fee_kobo": 2_500_050,
        "auto_renew": True,
    }


def test_a_bad_value_is_named_beside_its_field(demo: DesktopApp, qtbot: QtBot) -> None:
    screen = _screen(demo, qtbot)
    fields = screen.form.fields
    fields["name"].input.setText("Ikeja 2027")  # type: ignore[union-attr]
    fields["starts_on"].input.setText("31/02/2027")  # type: ignore[union-attr]
    fields["fee_kobo"].input.setText("25000")  # type: ignore[union-attr]
    screen.save()
    assert not fields["starts_on"].error.isHidden()
    assert "DD/MM/YYYY" in fields["starts_on"].error.text()
    assert fields["name"].error.isHidden()
    try:
        form_values(ContractForm, {"name": "I", "status": "active"})
    except AdminError as exc:
        assert exc.field == "name"
    else:
        raise AssertionError("a one-letter name was accepted")


def test_offline_says_so_and_saves_nothing(demo: DesktopApp, qtbot: QtBot) -> None:
    manager = dataclasses.replace(STAFF, role="manager")
    window = demo.main_window(manager)
    qtbot.addWidget(window)
    screen = window.administration
    assert screen is not None
    window.go_to(screen)
    qtbot.waitUntil(lambda: not screen.banner.isHidden())
    assert screen.banner.text() == OFFLINE_MESSAGE
    assert not screen.save_button.isEnabled()
    assert admin_resources("owner") == ()


SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_screenshot_of_the_offline_banner(
    demo: DesktopApp, qtbot: QtBot, qapp: QApplication
) -> None:
    """A manager's PC with no server, at 1366x768, as docs/administration.md shows it."""
    qapp.setStyleSheet(stylesheet())
    window = demo.main_window(dataclasses.replace(STAFF, role="manager", full_name="Manager"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    screen = window.administration
    assert screen is not None
    window.go_to(screen)
    screen.select("clinicians")
    qtbot.waitUntil(lambda: not screen.banner.isHidden() and not demo.tasks.busy)
    path = SCREENSHOTS / "administration-offline.png"
    image = window.grab()
    assert (image.width(), image.height()) == (1366, 768)
    assert image.save(str(path))
    assert path.stat().st_size > 10_000
    window.close()
    qapp.setStyleSheet("")


def test_a_server_that_cannot_be_reached_is_offline_too(demo: DesktopApp, qtbot: QtBot) -> None:
    """Signed in earlier, but the server is gone now: the same plain sentence, no error box."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        gone = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with demo.db.sessions.begin() as session:
        write_state(session, SESSION_KEY, {"server": gone, "access_token": "signed-in-earlier"})
    screen = AdministrationScreen(demo.db, admin_resources("admin"))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not screen.banner.isHidden(), timeout=10000)
    assert screen.banner.text() == OFFLINE_MESSAGE
    assert screen.model.rowCount() == 0


def test_an_update_form_reads_optional_percentages_and_amounts_in_their_units() -> None:
    """``BasisPoints | None`` keeps its unit inside the union: 12.5 is 1250, not 12."""
    typed = {"management_fee_bps": "12.5", "fixed_deductions_minor": "2,000.00", "reference": ""}
    assert form_values(ContractUpdate, typed) == {
        "management_fee_bps": 1250,
        "fixed_deductions_minor": 200_000,
    }
