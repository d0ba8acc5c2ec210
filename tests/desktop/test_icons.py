"""Every sidebar icon ships and renders: a broken SVG would leave a blank in the sidebar."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.ui.icons import NAMES, icon


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_loads_and_draws_something(qtbot: QtBot, name: str) -> None:
    loaded = icon(name)
    assert not loaded.isNull()
    image = loaded.pixmap(48, 48).toImage()
    inked = sum(
        1 for y in range(0, 48, 2) for x in range(0, 48, 2) if QColor(image.pixel(x, y)).alpha() > 0
    )
    assert inked > 10, f"{name} renders blank"


def test_an_unknown_icon_is_refused() -> None:
    with pytest.raises(KeyError):
        icon("spreadsheet")
