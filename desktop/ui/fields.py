"""Form fields that take what a Nigerian front desk types, and show every problem beside its field.

The reading rules live in ``shared`` (:mod:`shared.domain.inputs`,
:class:`shared.domain.money.Money`, :mod:`shared.domain.places`); these
widgets only collect the text, offer a calendar and type-ahead lists, and
put each problem under its own field until that field is fixed.

Signals (DateField):
    picked(object): the ``datetime.date`` chosen on the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.design import PALETTE
from desktop.ui.icons import icon
from shared.clock import lagos_today
from shared.domain.inputs import DATE_EXAMPLE, format_date_ng, parse_optional_date_ng, sentence
from shared.domain.places import lgas, normalize_state, states
from shared.errors import FieldValidationError

Problems = Mapping[str, str]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DateField(QLineEdit):
    """A date typed day first (12/05/1990, 12-05-1990, 12 May 1990) or picked on a calendar.

    The calendar opens from the button at the right, or with F4 / Alt+Down.
    Text the rules can read is rewritten as DD/MM/YYYY when the clerk leaves
    the field, so they see how it was read.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("DD/MM/YYYY, e.g. {example}").format(example=DATE_EXAMPLE))
        action = self.addAction(
            icon("calendar", PALETTE["ink_muted"]), QLineEdit.ActionPosition.TrailingPosition
        )
        action.setToolTip(self.tr("Pick on a calendar (F4)"))
        action.triggered.connect(self.open_calendar)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self.popup)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        QVBoxLayout(self.popup).addWidget(self.calendar)
        self.editingFinished.connect(self._tidy)

    def value(self, *, field: str = "date") -> dt.date | None:
        """The date typed, None if the field is empty; FieldValidationError if unreadable."""
        return parse_optional_date_ng(self.text(), field=field)

    def set_value(self, value: dt.date | None) -> None:
        self.setText("" if value is None else format_date_ng(value))

    def open_calendar(self) -> None:
        shown = self._readable() or lagos_today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.calendar.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def _choose(self, chosen: QDate) -> None:
        value = dt.date(chosen.year(), chosen.month(), chosen.day())
        self.popup.hide()
        self.set_value(value)
        self.setFocus()
        self.picked.emit(value)

    def _readable(self) -> dt.date | None:
        try:
            return self.value()
        except FieldValidationError:
            return None

    def _tidy(self) -> None:
        value = self._readable()
        if value is not None:
            self.set_value(value)


class AmountField(QLineEdit):
    """Money as staff type it: 5k, 5,000, ₦5,000.50 (parsed into kobo by ``Money.parse``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 5k, 5,000 or ₦5,000.50"))


class _TypeAheadBox(QComboBox):
    """An editable list that completes what is typed from any part of an item's name."""

    def __init__(self, items: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_items(items)

    def set_items(self, items: Iterable[str]) -> None:
        """Replace the list, keeping what is typed."""
        text = self.currentText()
        self.clear()
        self.addItems(list(items))
        self.setEditText(text)

    def text(self) -> str:
        return self.currentText().strip()

    def setText(self, text: str) -> None:  # noqa: N802 (reads like QLineEdit's)
        self.setEditText(text)


class StateBox(_TypeAheadBox):
    """Nigeria's 36 states and the FCT, from the data the app ships with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(states(), parent)
        self.setEditText("")
        _edit(self).setPlaceholderText(self.tr("Type to find the state"))

    def state(self) -> str | None:
        """The state named (any accepted spelling), or None if the text names none."""
        try:
            return normalize_state(self.text())
        except FieldValidationError:
            return None


class LgaBox(_TypeAheadBox):
    """The local government areas of whichever state ``state_box`` names."""

    def __init__(self, state_box: StateBox, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self._state_box = state_box
        self._state: str | None = None
        _edit(self).setPlaceholderText(self.tr("Choose the state first"))
        state_box.currentTextChanged.connect(lambda _text: self._follow())

    def _follow(self) -> None:
        state = self._state_box.state()
        if state == self._state:
            return
        self._state = state
        keep = self.text() if state is not None and self.text() in lgas(state) else ""
        self.set_items(lgas(state) if state is not None else ())
        self.setEditText(keep)
        hint = "Type to find the LGA" if state is not None else "Choose the state first"
        _edit(self).setPlaceholderText(self.tr(hint))


def _edit(box: QComboBox) -> QLineEdit:
    edit = box.lineEdit()
    assert edit is not None, "an editable combo box has a line edit"
    return edit


def _with_edit(widget: QWidget) -> list[QWidget]:
    """The widget, and an editable combo box's line edit (which has the focus and keys)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        return [widget, _edit(widget)]
    return [widget]


def field_text(widget: QWidget) -> str:
    """What a text-like field holds, trimmed."""
    if isinstance(widget, QLineEdit | _TypeAheadBox):
        return widget.text().strip()
    raise TypeError(f"{type(widget).__name__} holds no text")


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag (or clear) a field for the stylesheet's ``[invalid="true"]`` rule, at once."""
    for target in _with_edit(widget):
        target.setProperty("invalid", invalid)
        target.style().unpolish(target)
        target.style().polish(target)


class FieldErrors(QObject):
    """One small error line under each field; all of a form's problems shown at once.

    ``check`` returns the form's problems as typed (field -> message). After
    :meth:`show`, each edit re-runs it and clears the lines of fields now
    fixed; a field the clerk has not yet been told about is not flagged
    while they type.
    """

    def __init__(
        self, labels: Mapping[str, str], check: Callable[[], Problems], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._labels = dict(labels)
        self._check = check
        self.widgets: dict[str, QWidget] = {}
        self.lines: dict[str, QLabel] = {}

    def row(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its error line beneath, for a form's field column."""
        line = QLabel()
        line.setObjectName("error")
        line.setWordWrap(True)
        line.setVisible(False)
        self.widgets[name], self.lines[name] = widget, line
        _on_change(widget, self._edited)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(line)
        return box

    def show(self, problems: Problems) -> list[str]:
        """Show each problem by its field and focus the first; return those not on this form."""
        self.clear()
        for name, message in problems.items():
            if name in self.lines:
                self._set(name, message)
        flagged = [name for name in self.lines if name in problems]
        if flagged:
            self.widgets[flagged[0]].setFocus()
        return [name for name in problems if name not in self.lines]

    def shown(self) -> dict[str, str]:
        return {name: line.text() for name, line in self.lines.items() if line.text()}

    def clear(self) -> None:
        for name in self.lines:
            self._set(name, None)

    def label(self, name: str) -> str:
        return self._labels.get(name, name)

    def _set(self, name: str, message: str | None) -> None:
        line = self.lines[name]
        line.setText("" if message is None else sentence(self.label(name), message))
        line.setVisible(message is not None)
        mark_invalid(self.widgets[name], message is not None)

    def _edited(self) -> None:
        if not self.shown():
            return
        problems = self._check()
        for name in self.shown():
            self._set(name, problems.get(name))


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, QComboBox):
        widget.currentTextChanged.connect(lambda _text: slot())
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: slot())


class KeyboardFlow(QObject):
    """Enter moves to the next field, as Tab does; Enter on the last one (or Ctrl+Enter) saves.

    Clerks who finish every field with Enter would otherwise save half a
    form. The order given is also made the Tab order.
    """

    def __init__(
        self, fields: Sequence[QWidget], submit: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._submit = submit
        for before, after in zip(self._fields, self._fields[1:], strict=False):
            QWidget.setTabOrder(before, after)
        for widget in self._fields:
            for target in _with_edit(widget):
                target.installEventFilter(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), parent, submit)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER or bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return False
        index = self._index(watched)
        if index is None:
            return False
        if index + 1 < len(self._fields):
            self._fields[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self._submit()
        return True

    def _index(self, watched: QObject) -> int | None:
        for index, widget in enumerate(self._fields):
            if watched in _with_edit(widget):
                return index
        return None
