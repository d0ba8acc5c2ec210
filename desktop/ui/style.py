"""Load the application stylesheet from ``resources/styles``."""

from __future__ import annotations

from shared.resources import resource_path


def stylesheet() -> str:
    return resource_path("styles", "app.qss").read_text(encoding="utf-8")
