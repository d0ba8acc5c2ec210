"""Table models over frozen service rows.

:class:`PagedPatientModel` knows only the row count up front and loads the
page a visible row falls in on the database thread, so a register of 100,000
patients opens instantly and scrolling never blocks the GUI.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.patient_list import count_patients, patient_page
from desktop.services.today import DayAppointment
from desktop.store.search import PatientHit
from desktop.ui.database import Database
from desktop.ui.format import (
    appointment_status,
    date_text,
    phone_text,
    reminder_status,
    time_text,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
PAGE_SIZE = 200
MAX_PAGES = 30


#: Qt's translate, by the name lupdate looks for: each call names its context
#: and a literal text, so the string is found and extracted.
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("models", text)


def _patient_cell(hit: PatientHit, column: int) -> str:
    if column == 0:
        return hit.patient_number
    if column == 1:
        return hit.full_name
    if column == 2:
        return phone_text(hit.phone)
    return date_text(hit.date_of_birth)


T = TypeVar("T")


@dataclass(frozen=True)
class SortOrder(Generic[T]):
    """The column a list is sorted by (-1: as the query gave it) and how to compare rows."""

    column: int = -1
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    key: Callable[[T, int], Any] | None = None

    def apply(self, rows: list[T]) -> list[T]:
        if self.column < 0 or self.key is None:
            return list(rows)
        key, column = self.key, self.column
        descending = self.order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda row: key(row, column), reverse=descending)


def _blank_last(value: Any) -> tuple[bool, Any]:
    """Sort key that puts a missing value after every present one."""
    return (value is None, value if value is not None else "")


def _hit_key(hit: PatientHit, column: int) -> Any:
    if column == 3:
        return _blank_last(hit.date_of_birth)
    return _patient_cell(hit, column).casefold()


def _appointment_key(appt: DayAppointment, column: int) -> Any:
    keys = (
        appt.starts_at,
        (appt.provider.casefold(), appt.starts_at),
        appt.patient_name.casefold(),
        appt.patient_number,
        appointment_status(appt.status),
        reminder_status(appt.reminder),
    )
    return keys[column]


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return _tr(self.headers[section])
        return None


class PatientHitsModel(_Table):
    """Search results: few rows, already loaded."""

    headers = (
        str(QT_TRANSLATE_NOOP("models", "Patient no.")),
        str(QT_TRANSLATE_NOOP("models", "Name")),
        str(QT_TRANSLATE_NOOP("models", "Phone")),
        str(QT_TRANSLATE_NOOP("models", "Date of birth")),
    )

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[PatientHit] = []
        self._order: SortOrder[PatientHit] = SortOrder()

    def set_hits(self, hits: list[PatientHit]) -> None:
        self.beginResetModel()
        self._hits = self._order.apply(hits)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = SortOrder(column, order, _hit_key)
        self.set_hits(self._hits)

    def hit_at(self, row: int) -> PatientHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY or not index.isValid():
            return None
        return _patient_cell(self._hits[index.row()], index.column())


class PagedPatientModel(_Table):
    """The whole register, loaded a page at a time with a bounded page cache."""

    headers = PatientHitsModel.headers

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._count = 0
        self._pages: OrderedDict[int, list[PatientHit]] = OrderedDict()
        self._pending: set[int] = set()

    def reload(self) -> None:
        self._db.run(count_patients, self._reset)

    def _reset(self, count: int) -> None:
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def hit_at(self, row: int) -> PatientHit | None:
        page = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY or not index.isValid():
            return None
        hit = self.hit_at(index.row())
        if hit is None:
            self._request(index.row() // PAGE_SIZE)
            return "…"
        return _patient_cell(hit, index.column())

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        self._db.run(
            lambda s: patient_page(s, page * PAGE_SIZE, PAGE_SIZE),
            lambda rows: self._loaded(page, rows),
        )

    def _loaded(self, page: int, rows: list[PatientHit]) -> None:
        if page not in self._pending:
            return  # the model was reset while this page was loading
        self._pending.discard(page)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))


class DayAppointmentsModel(_Table):
    headers = (
        str(QT_TRANSLATE_NOOP("models", "Time")),
        str(QT_TRANSLATE_NOOP("models", "Clinician")),
        str(QT_TRANSLATE_NOOP("models", "Patient")),
        str(QT_TRANSLATE_NOOP("models", "Patient no.")),
        str(QT_TRANSLATE_NOOP("models", "Status")),
        str(QT_TRANSLATE_NOOP("models", "Reminder")),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[DayAppointment] = []
        self._order: SortOrder[DayAppointment] = SortOrder()

    def set_rows(self, rows: list[DayAppointment]) -> None:
        """The day's rows, grouped by clinician as they come, or in the order the clerk
        chose by clicking a column header (kept across refreshes)."""
        self.beginResetModel()
        self._rows = self._order.apply(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = SortOrder(column, order, _appointment_key)
        self.set_rows(self._rows)

    def row_at(self, row: int) -> DayAppointment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def starts_group(self, row: int) -> bool:
        """Whether ``row`` is a clinician's first of the day: the rows come grouped by
        clinician, then by time, and the name is written once per group."""
        return row == 0 or self._rows[row - 1].provider != self._rows[row].provider

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        appt = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return appt.provider  # the name stands only on its group's first row
        if role != DISPLAY:
            return None
        cells = (
            time_text(appt.starts_at),
            appt.provider if self.starts_group(index.row()) else "",
            appt.patient_name,
            appt.patient_number,
            appointment_status(appt.status),
            reminder_status(appt.reminder),
        )
        return cells[index.column()]
