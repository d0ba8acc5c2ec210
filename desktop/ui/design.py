"""The desk's design system: one palette, one type scale, one spacing scale, button roles.

Every colour the program shows is named here once. The stylesheet
(``resources/styles/app.qss``) refers to them as ``@name`` and holds no colour
of its own, and :data:`PAIRS` lists each foreground the stylesheet puts on a
background, with the WCAG 2.1 AA ratio it must reach (4.5:1 for text, 3:1
for icons, input borders and large headings). A test checks every pair, so
a colour change that makes a label hard to read at a bright front desk fails
before it ships.

Kept plain Python, Qt-free but for :func:`set_role`, so the palette can be
checked and documented without a display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton

#: The palette. Greens are GrandPro's; reds, ambers and blues say what a message is.
PALETTE: dict[str, str] = {
    "ink": "#1f2933",  # body text
    "ink_muted": "#475569",  # hints, secondary lines
    "page": "#f7f9fb",  # screen background
    "surface": "#ffffff",  # tables, inputs, cards
    "surface_alt": "#f1f5f9",  # alternate table rows
    "line": "#e2e8f0",  # table grid, header backgrounds
    "control_border": "#64748b",  # input and secondary-button outlines
    "accent": "#15803d",  # primary buttons, focus, links
    "accent_strong": "#166534",  # primary button hovered or pressed
    "on_accent": "#ffffff",  # text on accent
    "sidebar": "#14532d",
    "sidebar_selected": "#166534",
    "on_sidebar": "#ecfdf5",  # sidebar text and icons
    "sidebar_marker": "#86efac",
    "danger": "#b91c1c",  # destructive buttons, errors
    "danger_strong": "#991b1b",
    "danger_bg": "#fef2f2",
    "success": "#15803d",
    "success_bg": "#f0fdf4",
    "warning": "#92400e",
    "warning_bg": "#fffbeb",
    "info": "#1d4ed8",
    "info_bg": "#eff6ff",
    "disabled_bg": "#e2e8f0",
    "disabled_ink": "#64748b",
}

#: Text sizes in points: body, small print, section headings, the page title.
TYPE_SCALE: dict[str, float] = {"small": 9.5, "body": 10.5, "section": 12.0, "title": 15.0}

#: Spacing steps in pixels; layouts use these, not numbers of their own.
SPACING: dict[str, int] = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}

#: WCAG 2.1 AA: normal text, and large text or graphical objects (icons, borders).
TEXT_RATIO = 4.5
GRAPHIC_RATIO = 3.0


@dataclass(frozen=True)
class Pair:
    """A foreground the stylesheet shows on a background, and the ratio it must reach."""

    foreground: str
    background: str
    minimum: float
    where: str


PAIRS: tuple[Pair, ...] = (
    Pair("ink", "page", TEXT_RATIO, "body text"),
    Pair("ink", "surface", TEXT_RATIO, "tables and inputs"),
    Pair("ink", "surface_alt", TEXT_RATIO, "alternate table rows"),
    Pair("ink", "line", TEXT_RATIO, "table headers"),
    Pair("ink_muted", "page", TEXT_RATIO, "hints and the page header's context"),
    Pair("ink_muted", "surface", TEXT_RATIO, "placeholder text"),
    Pair("on_accent", "accent", TEXT_RATIO, "primary buttons"),
    Pair("on_accent", "accent_strong", TEXT_RATIO, "primary buttons pressed"),
    Pair("accent", "surface", TEXT_RATIO, "secondary buttons"),
    Pair("control_border", "surface", GRAPHIC_RATIO, "input and button outlines"),
    Pair("on_accent", "danger", TEXT_RATIO, "destructive buttons"),
    Pair("on_accent", "danger_strong", TEXT_RATIO, "destructive buttons pressed"),
    Pair("on_sidebar", "sidebar", TEXT_RATIO, "sidebar text"),
    Pair("on_sidebar", "sidebar_selected", TEXT_RATIO, "selected sidebar entry"),
    Pair("on_sidebar", "sidebar", GRAPHIC_RATIO, "sidebar icons"),
    Pair("danger", "page", TEXT_RATIO, "error lines"),
    Pair("danger", "danger_bg", TEXT_RATIO, "error messages"),
    Pair("success", "page", TEXT_RATIO, "success lines"),
    Pair("success", "success_bg", TEXT_RATIO, "success messages"),
    Pair("warning", "warning_bg", TEXT_RATIO, "warnings and the offline chip"),
    Pair("info", "info_bg", TEXT_RATIO, "information messages"),
    Pair("accent", "page", TEXT_RATIO, "the online chip"),
)

#: Disabled controls are exempt from AA (WCAG 1.4.3); they still read, at 4:1.
DISABLED = Pair("disabled_ink", "disabled_bg", 3.0, "disabled buttons")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours, 1 to 21."""
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_TOKEN = re.compile(r"@([a-z_]+)")


def render(template: str) -> str:
    """The stylesheet with each ``@name`` replaced by the palette's colour or scale's size.

    ``@title_pt`` and the like give a type size; an unknown name is a
    programming error and fails loudly.
    """

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in PALETTE:
            return PALETTE[name]
        if name.endswith("_pt") and name[:-3] in TYPE_SCALE:
            return f"{TYPE_SCALE[name[:-3]]}pt"
        if name.endswith("_px") and name[:-3] in SPACING:
            return f"{SPACING[name[:-3]]}px"
        raise KeyError(f"stylesheet names unknown token @{name}")

    return _TOKEN.sub(value, template)


class ButtonRole(StrEnum):
    """What pressing a button does, so it looks like what it does.

    Primary moves the task on (Save, Book, Take payment), secondary goes aside
    or back (Cancel, Export), destructive undoes or removes something a
    patient or colleague relies on (Cancel booking, Reverse payment).
    """

    PRIMARY = "primary"
    SECONDARY = "secondary"
    DESTRUCTIVE = "destructive"


def set_role(button: QAbstractButton, role: ButtonRole) -> None:
    """Style ``button`` for ``role``; a plain button is primary."""
    button.setProperty("role", role.value)
    style = button.style()
    style.unpolish(button)
    style.polish(button)
