"""The import wizard, CSV and Excel: bad rows are listed and block the import; good files
import whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.patient_import import read_table
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.patient_import import ImportDialog
from shared.db.models import Patient

HEADER = "Surname,First Name,Gender,DOB,GSM,State\n"
GOOD = "Okonkwo,Ifeoma,F,23/11/1990,0805 111 2222,Enugu\nDanjuma,Sani,M,01/02/1975,,Kano\n"
BAD = "Olaniyan,,F,12/12/2000,0803 000,Oyo\nUdo,Effiong,X,31/02/1980,,Akwa Ibom\n"


def _patients(app: DesktopApp) -> int:
    with app.db.sessions() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(Patient)) or 0


def _checked(qtbot: QtBot, app: DesktopApp, path: Path) -> ImportDialog:
    """The wizard over a file, once its rows have been checked in the background."""
    dialog = ImportDialog(app.db, read_table(path), path.name)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not app.tasks.busy)
    return dialog


def _dialog(qtbot: QtBot, app: DesktopApp, path: Path, text: str) -> ImportDialog:
    path.write_text(text, encoding="utf-8")
    return _checked(qtbot, app, path)


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


XLSX_HEADER = ("Surname", "First Name", "Gender", "DOB", "GSM", "State")
XLSX_GOOD = [
    ("Okonkwo", "Ifeoma", "F", dt.date(1990, 11, 23), 8051112222, "Enugu"),
    ("Danjuma", "Sani", "M", "01/02/1975", None, "Kano"),
]
XLSX_BAD = [
    ("Olaniyan", None, "F", dt.date(2000, 12, 12), "0803 000", "Oyo"),
    ("Udo", "Effiong", "X", "31/02/1980", None, "Akwa Ibom"),
]


def _workbook(path: Path, rows: list[tuple[object, ...]]) -> Path:
    """A register as Excel saves it: real date cells, a phone typed as a number."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(XLSX_HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.usefixtures("window")
def test_an_excel_register_with_bad_rows_imports_nothing(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _patients(demo)
    path = _workbook(tmp_path / "register.xlsx", XLSX_GOOD + XLSX_BAD)
    dialog = _checked(qtbot, demo, path)
    assert dialog.preview.item(0, 3).text() == "23/11/1990"
    assert dialog.preview.item(0, 4).text() == "8051112222"
    lines = [dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())]
    fields = [dialog.problems.item(r, 1).text() for r in range(dialog.problems.rowCount())]
    assert lines == ["4", "5"] and fields[0] == "first_name"
    assert not dialog.import_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert "nothing was imported" in dialog.summary.text()
    assert _patients(demo) == before


def test_a_clean_excel_register_imports_every_row(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _patients(demo)
    dialog = _checked(qtbot, demo, _workbook(tmp_path / "register.xlsx", XLSX_GOOD))
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args == [2]
    assert _patients(demo) == before + 2
    with demo.db.sessions() as session:
        query = sa.select(Patient).where(Patient.first_name == "Ifeoma")
        ifeoma = session.scalars(query).one()
    assert (ifeoma.phone, ifeoma.date_of_birth) == ("+2348051112222", dt.date(1990, 11, 23))


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_patients_screen_reads_a_register_in_the_background_and_refuses_a_bad_file(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    fake = tmp_path / "register.xlsx"
    fake.write_text("Surname,First Name\n", encoding="utf-8")
    window.patients.open_import(fake)
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert "register.xlsx is not an Excel workbook" in window.patients.household.text()
    assert window.patients.findChildren(ImportDialog) == []
    window.patients.open_import(_workbook(tmp_path / "good.xlsx", XLSX_GOOD))
    qtbot.waitUntil(lambda: len(window.patients.findChildren(ImportDialog)) == 1)
    [dialog] = window.patients.findChildren(ImportDialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert dialog.windowTitle() == "Import patients from good.xlsx"


def test_a_row_that_repeats_a_registered_patient_or_an_earlier_row_refuses_the_import(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _patients(demo)
    twice = "Okonkwo,Ifeoma,F,23/11/1990,0805 111 2222,Enugu\n" * 2
    dialog = _dialog(qtbot, demo, tmp_path / "twice.csv", HEADER + twice)
    dialog.run_import()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert "line 3: this patient may already be registered: line 2 of the file" in (
        dialog.summary.text()
    )
    registered = "Nwosu,Adaeze,F,17/05/1990,0803 123 4500,Lagos\n"
    dialog = _dialog(qtbot, demo, tmp_path / "known.csv", HEADER + GOOD + registered)
    dialog.run_import()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    assert "line 4: this patient may already be registered: Adaeze Nwosu (" in (
        dialog.summary.text()
    )
    assert _patients(demo) == before


def test_imported_patients_are_numbered_on_from_the_desks_last_number(
    demo: DesktopApp, qtbot: QtBot, tmp_path: Path
) -> None:
    for name, text in (("a.csv", GOOD), ("b.csv", "Bassey,Edem,M,02/03/1999,,Cross River\n")):
        dialog = _dialog(qtbot, demo, tmp_path / name, HEADER + text)
        with qtbot.waitSignal(dialog.imported):
            dialog.import_button.click()
    prefix = demo.db.desk.prefix
    with demo.db.sessions() as session:
        query = sa.select(Patient.patient_number).where(Patient.patient_number.like(f"{prefix}-%"))
        numbers = sorted(session.scalars(query))
    assert numbers == [f"{prefix}-{n:06d}" for n in (1, 2, 3)]
