"""The CSV import wizard: bad rows are listed and block the import; good files import whole."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.patient_import import ImportDialog
from shared.db.models import Patient

HEADER = "Surname,First Name,Gender,DOB,GSM,State\n"
GOOD = "Okonkwo,Ifeoma,F,23/11/1990,0805 111 2222,Enugu\nDanjuma,Sani,M,01/02/1975,,Kano\n"
BAD = "Olaniyan,,F,12/12/2000,0803 000,Oyo\nUdo,Effiong,X,31/02/1980,,Akwa Ibom\n"


def _patients(app: DesktopApp) -> int:
    with app.db.sessions() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(Patient)) or 0


def _dialog(qtbot: QtBot, app: DesktopApp, path: Path, text: str) -> ImportDialog:
    path.write_text(text, encoding="utf-8")
    dialog = ImportDialog(app.db, path)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.usefixtures("window")
def test_bad_rows_are_listed_and_nothing_is_imported(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _patients(demo)
    dialog = _dialog(qtbot, demo, tmp_path / "register.csv", HEADER + GOOD + BAD)
    assert dialog.mapping()["last_name"] == 0 and dialog.mapping()["phone"] == 4
    lines = {dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())}
    assert lines == {"4", "5"}
    fields = [dialog.problems.item(r, 1).text() for r in range(dialog.problems.rowCount())]
    assert fields[0] == "first_name"
    assert not dialog.import_button.isEnabled()
    assert "2 with problems" in dialog.summary.text()
    dialog.run_import()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert "nothing was imported" in dialog.summary.text()
    assert _patients(demo) == before


def test_a_clean_file_imports_every_row(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _patients(demo)
    dialog = _dialog(qtbot, demo, tmp_path / "register.csv", HEADER + GOOD)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args == [2]
    assert _patients(demo) == before + 2
    window.go_to(window.patients)
    qtbot.keyClicks(window.patients.search_box, "ifeoma")
    qtbot.waitUntil(lambda: window.patients.hits_model.rowCount() == 1)
