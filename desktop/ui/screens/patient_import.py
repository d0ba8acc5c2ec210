"""The import wizard: preview the file (CSV or Excel), map its columns, see every bad row,
then import.

"Import" stays disabled while any row has a problem; the import itself runs
in one transaction, so a refusal leaves the register exactly as it was.

Signals:
    imported(int): how many patients were imported.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services.patient_import import (
    FIELDS,
    RegisterTable,
    RowProblem,
    check_rows,
    guess_mapping,
    import_patients,
)
from desktop.ui.database import Database
from desktop.ui.tables import tidy

PREVIEW_ROWS = 20
MAX_SHOWN = 500


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, db: Database, table: RegisterTable, name: str) -> None:
        super().__init__()
        self._db = db
        self.table = table
        self.setWindowTitle(self.tr("Import patients from {name}").format(name=name))
        self.preview = _grid(self.table.headers, self.table.rows[:PREVIEW_ROWS])
        self.columns: dict[str, QComboBox] = {}
        self.problems = QTableWidget(0, 3)
        tidy(self.problems)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Field"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.run_import)
        self._layout(guess_mapping(self.table.headers))
        self.check()

    def _layout(self, guessed: dict[str, int | None]) -> None:
        mapping = QFormLayout()
        for field in FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("(not in file)"), None)
            for index, header in enumerate(self.table.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(combo.findData(guessed[field]))
            combo.currentIndexChanged.connect(lambda _i: self.check())
            self.columns[field] = combo
            mapping.addRow(field.replace("_", " ").capitalize(), combo)
        body = QHBoxLayout()
        body.addLayout(mapping)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.problems)
        layout.addWidget(self.summary)
        layout.addWidget(self.import_button)

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.columns.items()}

    def check(self) -> None:
        """Re-check every row against the current mapping, off the GUI thread.

        Pure work (no database), but a register of thousands of rows takes a
        while; an answer for a mapping the user has since changed is dropped.
        """
        table, mapping = self.table, self.mapping()
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking {rows} rows…").format(rows=len(table.rows)))
        self._db.tasks.run_net(
            lambda: check_rows(table, mapping), lambda problems: self._checked(mapping, problems)
        )

    def _checked(self, mapping: dict[str, int | None], problems: list[RowProblem]) -> None:
        if mapping != self.mapping():
            return
        self._show_problems(problems)
        self.import_button.setEnabled(not problems and bool(self.table.rows))
        self.summary.setText(
            self.tr("{rows} rows, {bad} with problems. Fix the file or the mapping.").format(
                rows=len(self.table.rows), bad=len({p.line for p in problems})
            )
            if problems
            else self.tr("{rows} rows ready to import.").format(rows=len(self.table.rows))
        )

    def _show_problems(self, problems: list[RowProblem]) -> None:
        """The first :data:`MAX_SHOWN` problems: enough to see what is wrong with a file."""
        shown = problems[:MAX_SHOWN]
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            for column, text in enumerate((str(problem.line), problem.field, problem.message)):
                self.problems.setItem(row, column, QTableWidgetItem(text))

    def run_import(self) -> None:
        table, mapping, desk = self.table, self.mapping(), self._db.desk
        self.import_button.setEnabled(False)
        self._db.write(
            lambda s, w: import_patients(s, w, desk=desk, table=table, mapping=mapping),
            self._done,
            self._refused,
        )

    def _done(self, count: int) -> None:
        self.summary.setText(self.tr("Imported {count} patients.").format(count=count))
        self.imported.emit(count)

    def _refused(self, error: BaseException) -> None:
        self.summary.setText(str(error))


def _grid(headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> QTableWidget:
    grid = QTableWidget(len(rows), len(headers))
    grid.setHorizontalHeaderLabels(list(headers))
    for r, row in enumerate(rows):
        for c, text in enumerate(row[: len(headers)]):
            grid.setItem(r, c, QTableWidgetItem(text))
    return grid
