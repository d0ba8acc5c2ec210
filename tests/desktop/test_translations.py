"""The chosen language reaches the widgets through the compiled Qt translations."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp, install_translator, parse_args
from desktop.services.settings import LANGUAGES
from desktop.ui.login import LoginDialog
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
