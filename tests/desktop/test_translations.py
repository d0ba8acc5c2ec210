"""The chosen language reaches the widgets through the compiled Qt translations, at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp, install_translator, parse_args
from desktop.services.settings import LANGUAGES
from desktop.shell import DeskShell
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from shared.resources import resource_path

from .conftest import STAFF


@pytest.fixture
def hausa(qapp: QCoreApplication) -> Iterator[QTranslator]:
    translator = install_translator(qapp, "ha")
    assert translator is not None, "grandpro_ha.qm is missing or unreadable"
    yield translator
    qapp.removeTranslator(translator)


def _buttons(dialog: LoginDialog) -> tuple[str, str]:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    return ok.text(), cancel.text()


def test_the_login_dialog_speaks_hausa(desk: DesktopApp, hausa: QTranslator, qtbot: QtBot) -> None:
    dialog = LoginDialog(desk.db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Shiga GrandPro CRM"
    assert _buttons(dialog) == ("Shiga", "Soke")


def test_the_sidebar_speaks_hausa(desk: DesktopApp, hausa: QTranslator, qtbot: QtBot) -> None:
    window = desk.main_window(dataclasses.replace(STAFF, role="manager"))  # managers see Settings
    qtbot.addWidget(window)
    labels = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    expected = {"Yau", "Marasa lafiya", "Alƙawura", "Biyan kuɗi", "Kira yau", "Saƙonni", "Saituna"}
    assert expected <= set(labels)
    qtbot.waitUntil(lambda: not desk.tasks.busy)


def test_english_is_the_source_text(desk: DesktopApp, qapp: QCoreApplication, qtbot: QtBot) -> None:
    assert install_translator(qapp, "en") is None
    dialog = LoginDialog(desk.db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Log in to GrandPro CRM"
    assert _buttons(dialog) == ("Log in", "Cancel")


def test_every_language_offered_has_a_compiled_translation() -> None:
    for code in set(LANGUAGES) - {"en"}:
        assert QTranslator().load(f"grandpro_{code}", str(resource_path("i18n"))), code
    assert parse_args(["--language", "ha"]).language == "ha"


@pytest.fixture
def back_to_english(qapp: QCoreApplication) -> Iterator[None]:
    yield
    install_translator(qapp, "en")


def _sidebar(shell: DeskShell) -> list[str]:
    sidebar = shell.window.sidebar
    return [sidebar.item(row).text() for row in range(sidebar.count())]


def _choose(shell: DeskShell, code: str, qtbot: QtBot) -> MainWindow:
    screen = shell.window.settings_screen
    assert screen is not None
    screen.language.setCurrentIndex(screen.language.findData(code))
    with qtbot.waitSignal(shell.window_changed, timeout=10_000) as changed:
        screen.save()
    assert changed.args is not None
    window: MainWindow = changed.args[0]
    qtbot.addWidget(window)
    return window


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_language_chosen_in_settings_applies_without_a_restart(
    desk: DesktopApp, qtbot: QtBot, back_to_english: None
) -> None:
    manager = dataclasses.replace(STAFF, role="manager")  # managers see Settings
    shell = DeskShell(desk, manager)
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert {"Today", "Patients", "Settings"} <= set(_sidebar(shell))
    screen = shell.window.settings_screen
    assert screen is not None
    names = [screen.language.itemText(i) for i in range(screen.language.count())]
    assert names == ["English", "Hausa", "Yorùbá", "Igbo", "Naijá (Pidgin)"]

    old = shell.window
    window = _choose(shell, "yo", qtbot)
    assert window is shell.window and window is not old
    assert window.isVisible() and not old.isVisible()
    assert {"Òní", "Àwọn aláìsàn", "Ètò"} <= set(_sidebar(shell))
    assert window.staff == manager, "the same person keeps the PC"
    screen = window.settings_screen
    assert screen is not None and window.stack.currentWidget() is screen
    assert screen.language.currentData() == "yo"
    assert screen.message.text().startswith("A ti fi pamọ́.")
    assert screen.language.itemText(0) == "English", "languages keep their own names"
    assert parse_args(["--data-dir", str(desk.settings.data_dir)]).language == "yo"

    _choose(shell, "en", qtbot)
    assert {"Today", "Patients", "Settings"} <= set(_sidebar(shell))
    qtbot.waitUntil(lambda: not desk.tasks.busy)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_saving_the_same_language_keeps_the_window(
    desk: DesktopApp, qtbot: QtBot, back_to_english: None
) -> None:
    shell = DeskShell(desk, dataclasses.replace(STAFF, role="manager"))
    qtbot.addWidget(shell.window)
    window = shell.window
    screen = window.settings_screen
    assert screen is not None
    screen.idle_lock_minutes.setText("15")
    with qtbot.waitSignal(screen.saved):
        screen.save()
    assert shell.window is window
    assert shell.guard.lock.timeout == dt.timedelta(minutes=15)
    qtbot.waitUntil(lambda: not desk.tasks.busy)
