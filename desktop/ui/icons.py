"""The sidebar's icons: calm monochrome SVGs shipped in ``resources/icons``.

SVG keeps them sharp at any scale factor a hospital PC's display uses. A
missing name is a programming error, so it fails loudly instead of showing a
blank space.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

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
)


def icon(name: str) -> QIcon:
    """The icon called ``name`` (one of :data:`NAMES`)."""
    path = resource_path("icons", f"{name}.svg")
    if name not in NAMES or not path.is_file():
        raise KeyError(f"no icon named {name!r}")
    return QIcon(str(path))
