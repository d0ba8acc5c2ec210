"""The sidebar's icons: calm monochrome SVGs shipped in ``resources/icons``, drawn in a colour.

SVG keeps them sharp at any scale factor a hospital PC's display uses. The
files are drawn in one stroke colour; :func:`icon` draws them in the colour
of what they sit on (the sidebar's text colour on its dark green, where the
files' own slate was all but invisible). A missing name is a programming
error, so it fails loudly instead of showing a blank space.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.ui.design import PALETTE
from shared.resources import resource_path

#: One icon per screen, named as the screens are.
NAMES = (
    "today",
    "patients",
    "appointments",
    "feedback",
    "messages",
    "sync_health",
    "conflicts",
    "call_list",
    "settings",
    "dashboard",
    "statements",
    "calendar",
    "payments",
    "administration",
    "loyalty",
    "campaigns",
)


#: The stroke colour the shipped SVG files are drawn in.
FILE_STROKE = "#334155"

#: Pixels drawn for each icon: sharp at 200% scaling of the sidebar's 20 px icons.
DRAWN_PX = 48


def icon(name: str, colour: str = PALETTE["on_sidebar"]) -> QIcon:
    """The icon called ``name`` (one of :data:`NAMES`), its strokes drawn in ``colour``."""
    path = resource_path("icons", f"{name}.svg")
    if name not in NAMES or not path.is_file():
        raise KeyError(f"no icon named {name!r}")
    svg = path.read_text(encoding="utf-8").replace(FILE_STROKE, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r} is not a readable SVG")
    image = QImage(DRAWN_PX, DRAWN_PX, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return QIcon(QPixmap.fromImage(image))
