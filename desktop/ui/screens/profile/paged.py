"""A table model over one of a patient's histories, loaded a page at a time.

``reload`` fetches the first page with the total; a row scrolled into view
whose page is not loaded asks for that page on the database thread and shows
"…" until it arrives. A page that arrives after a reload is dropped, so a
stale answer never lands in a fresh model.

Signals:
    loaded: a page (or the first page after a reload) has arrived.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from desktop.services.patient_profile import Page
from desktop.ui.database import Database

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Session, int, int], Page[T]]
DISPLAY = Qt.ItemDataRole.DisplayRole
PAGE_SIZE = 100


class PagedRowsModel(QAbstractTableModel, Generic[T]):
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        headers: tuple[str, ...],
        fetch: Fetch[T],
        cells: Callable[[T], tuple[str, ...]],
    ) -> None:
        super().__init__()
        self._db = db
        self._headers = headers
        self._fetch = fetch
        self._cells = cells
        self._total = 0
        self._pages: dict[int, tuple[T, ...]] = {}
        self._pending: set[int] = set()
        self._generation = 0

    def set_fetch(self, fetch: Fetch[T]) -> None:
        """Read pages from another query (another day, say) from the next reload on."""
        self._fetch = fetch

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        fetch = self._fetch
        self._db.run(lambda s: fetch(s, 0, PAGE_SIZE), lambda page: self._reset(generation, page))

    def _reset(self, generation: int, page: Page[T]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total = page.total
        self._pages = {0: page.rows}
        self._pending.clear()
        self.endResetModel()
        self.loaded.emit()

    def row_at(self, row: int) -> T | None:
        rows = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return rows[offset] if rows is not None and offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY or not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            self._request(index.row() // PAGE_SIZE)
            return "…"
        return self._cells(item)[index.column()]

    def _request(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        generation, fetch = self._generation, self._fetch
        self._db.run(
            lambda s: fetch(s, number * PAGE_SIZE, PAGE_SIZE),
            lambda page: self._page_loaded(generation, number, page),
        )

    def _page_loaded(self, generation: int, number: int, page: Page[T]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(number)
        self._pages[number] = page.rows
        first = number * PAGE_SIZE
        last = min(first + len(page.rows), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.loaded.emit()
