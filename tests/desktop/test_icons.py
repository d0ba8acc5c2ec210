"""Every sidebar icon ships and renders: a broken SVG would leave a blank in the sidebar."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.ui.design import GRAPHIC_RATIO, PALETTE, contrast
from desktop.ui.icons import NAMES, icon


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_loads_and_draws_something(qtbot: QtBot, name: str) -> None:
    loaded = icon(name)
    assert not loaded.isNull()
    image = loaded.pixmap(48, 48).toImage()
    inked = sum(
        1 for y in range(0, 48, 2) for x in range(0, 48, 2) if image.pixelColor(x, y).alpha() > 0
    )
    assert inked > 10, f"{name} renders blank"


def test_an_unknown_icon_is_refused() -> None:
    with pytest.raises(KeyError):
        icon("spreadsheet")


def test_sidebar_icons_are_drawn_in_the_sidebar_text_colour(qtbot: QtBot) -> None:
    """The files' slate strokes on the sidebar's dark green read at 1.6:1; drawn, they must pass."""
    image = icon("today").pixmap(48, 48).toImage()
    pixels = [image.pixelColor(x, y) for y in range(48) for x in range(48)]
    inked = [c for c in pixels if c.alpha() == 255]
    assert sum(1 for c in pixels if c.alpha() == 0) > len(pixels) / 2  # no square behind it
    wanted = QColor(PALETTE["on_sidebar"])
    near = [c for c in inked if abs(c.lightness() - wanted.lightness()) < 24]
    assert inked and len(near) / len(inked) > 0.9
    assert contrast(PALETTE["on_sidebar"], PALETTE["sidebar"]) >= GRAPHIC_RATIO
