"""The table model of one resource's rows, as the server listed them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.admin import AdminResource, Options, Row, cell_text, column_title

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class AdminRowsModel(QAbstractTableModel):
    """Rows of one resource; columns are the resource's list columns, ids shown as names."""

    def __init__(self) -> None:
        super().__init__()
        self._resource: AdminResource | None = None
        self._rows: list[Row] = []
        self._options: Options = {}

    def set_rows(self, resource: AdminResource, rows: list[Row], options: Options) -> None:
        self.beginResetModel()
        self._resource, self._rows, self._options = resource, rows, options
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _columns(self) -> tuple[str, ...]:
        return self._resource.columns if self._resource is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal or not self._resource:
            return None
        return column_title(self._resource, self._columns()[section])

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY or not index.isValid() or self._resource is None:
            return None
        name = self._columns()[index.column()]
        return cell_text(self._resource, name, self._rows[index.row()], self._options)
