"""The application stylesheet: ``resources/styles/app.qss`` with the design system's tokens."""

from __future__ import annotations

from desktop.ui.design import render
from shared.resources import resource_path


def stylesheet() -> str:
    return render(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
