"""Inline field errors: the field with the problem gets the stylesheet's red border."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.registration import field_of


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag (or clear) a field for the ``[invalid="true"]`` rule; re-polish so it shows at once."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_field_error(inputs: Mapping[str, QWidget], label: QLabel, error: BaseException) -> None:
    """Show a refused save: the field it names is flagged and focused, the message beneath."""
    field = field_of(error) if isinstance(error, Exception) else None
    widget = inputs.get(field or "")
    if widget is not None:
        mark_invalid(widget, True)
        widget.setFocus()
    label.setText(str(error))
