"""One look and feel for every table: full text on hover, whole-row selection, no row numbers.

A 1366-pixel screen cannot give every column the width of its longest name,
so a cell shows what fits ("Babatunde Ade…") and the whole text appears when
the pointer rests on it. Every table of the desk is set up by :func:`tidy`,
so a new table cannot forget it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

#: Room a cell's padding and focus frame take from its text, in pixels.
CELL_PADDING = 12


class FullTextOnHover(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it."""

    def full_text(
        self, view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex
    ) -> str | None:
        """The text to show on hover: the model's own tooltip, or the cut text in full."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return None
        width = view.visualRect(index).width() - CELL_PADDING
        lines = str(text).splitlines() or [""]
        needed = max(view.fontMetrics().horizontalAdvance(line) for line in lines)
        return str(text) if needed > width else None

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = self.full_text(view, index)
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPos(), text, view)
        return True


def sortable(table: QTableView) -> None:
    """Sort by a clicked column header; until then, rows stay in the order they came.

    For models whose ``sort`` reorders their own list (``desktop.ui.models``),
    so a row number still names the same record for the screen's buttons.
    """
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


def tidy(table: QAbstractItemView, *, fit_columns: bool = True) -> FullTextOnHover:
    """Give ``table`` the desk's table behaviour; returns its hover delegate.

    ``fit_columns`` sizes columns to their content as rows arrive; a paged
    view over 100,000 rows passes False, since fitting would read every page.
    """
    delegate = FullTextOnHover(table)
    table.setItemDelegate(delegate)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if isinstance(table, QTableView):
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        if fit_columns:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return delegate
