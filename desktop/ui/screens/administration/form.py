"""A form built from a resource's Pydantic model, with each error beside its field.

A ``*_id`` field is a drop-down of the names the server listed for its
resource; the lists arrive after the form is built, so a value set before
them is kept and chosen once they come. A template's body is several lines.

Signals:
    changed: the user changed any field (the live preview follows it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.admin import FieldSpec, Options, Row, display_value

Input = QLineEdit | QComboBox | QCheckBox | QPlainTextEdit
#: Fields typed over several lines (a message's wording).
MULTILINE = frozenset({"body"})


class FieldInput(QWidget):
    """One field's input and, under it, the error the server or the form named."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.spec = spec
        self.input: Input = _input(spec)
        self._wanted: object = None
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.input)
        layout.addWidget(self.error)

    def value(self) -> str | bool:
        if isinstance(self.input, QCheckBox):
            return self.input.isChecked()
        if isinstance(self.input, QComboBox):
            return str(self.input.currentData() or "")
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        return self.input.text()

    def set_value(self, value: object) -> None:
        if isinstance(self.input, QCheckBox):
            self.input.setChecked(bool(value))
        elif isinstance(self.input, QComboBox):
            self._wanted = value
            self.input.setCurrentIndex(max(0, self.input.findData("" if value is None else value)))
        elif isinstance(self.input, QPlainTextEdit):
            self.input.setPlainText("" if value is None else str(value))
        else:
            text = display_value(self.spec, value)
            self.input.setText(text.replace("₦", "") if self.spec.kind == "money" else text)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def set_options(self, options: Options) -> None:
        """A drop-down's names, keeping what was chosen (or set before they came)."""
        if not self.spec.source or not isinstance(self.input, QComboBox):
            return
        chosen = self.input.currentData() or self._wanted
        self.input.clear()
        self.input.addItem("", "")
        for row_id, name in options.get(self.spec.source, ()):
            self.input.addItem(name, row_id)
        self.set_value(chosen)


def _input(spec: FieldSpec) -> Input:
    if spec.name in MULTILINE:
        text = QPlainTextEdit()
        text.setMinimumHeight(120)
        return text
    if spec.kind == "bool":
        box = QCheckBox()
        box.setChecked(spec.checked)
        return box
    if spec.kind == "pick":
        combo = QComboBox()
        combo.addItem("", "")
        return combo
    if spec.kind == "choice":
        combo = QComboBox()
        if not spec.required:
            combo.addItem("", "")
        for choice in spec.choices:
            combo.addItem(choice.replace("_", " ").capitalize(), choice)
        return combo
    line = QLineEdit()
    hints = {
        "date": "DD/MM/YYYY",
        "money": "₦ e.g. 25,000.00",
        "percent": "% e.g. 12.5",
        "hours": "e.g. Mon-Fri 08:00-16:00, Sat 09:00-13:00",
    }
    line.setPlaceholderText(hints.get(spec.kind, ""))
    return line


class ResourceForm(QWidget):
    """The fields of one model; :meth:`show_error` puts a message beside the field named."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, FieldInput] = {}
        self._layout = QFormLayout(self)

    def build(self, specs: tuple[FieldSpec, ...], options: Options) -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self.fields = {spec.name: FieldInput(spec) for spec in specs}
        for field in self.fields.values():
            _notify(field.input, self.changed)
        for spec in specs:
            label = f"{spec.label} *" if spec.required else spec.label
            self._layout.addRow(label, self.fields[spec.name])
        self.set_options(options)

    def set_options(self, options: Options) -> None:
        for field in self.fields.values():
            field.set_options(options)

    def values(self) -> dict[str, str | bool]:
        return {name: field.value() for name, field in self.fields.items()}

    def fill(self, row: Row | None) -> None:
        for name, field in self.fields.items():
            field.set_value(None if row is None else row.get(name))
        self.clear_errors()

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.show_error(None)

    def show_error(self, field: str | None, message: str) -> bool:
        """Show ``message`` beside ``field`` (its name or its label); False if none matches."""
        for name, widget in self.fields.items():
            if field in (name, widget.spec.label):
                widget.show_error(message)
                return True
        return False


def _notify(widget: Input, changed: SignalInstance) -> None:
    """Emit ``changed`` whenever the user changes ``widget``, whatever kind of input it is."""
    if isinstance(widget, QCheckBox):
        widget.toggled.connect(changed)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(changed)
    else:
        widget.textChanged.connect(changed)
