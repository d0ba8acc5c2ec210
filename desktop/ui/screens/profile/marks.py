"""Inline field errors: the field with the problem gets the stylesheet's red border."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag (or clear) a field for the ``[invalid="true"]`` rule; re-polish so it shows at once."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
