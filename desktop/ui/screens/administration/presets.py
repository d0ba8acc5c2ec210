"""The loyalty program form's ready-made tier scales: pick one, and its thresholds fill the form.

The scales are ``shared.domain.loyalty.TIER_SCALES``; nothing is saved here:
the manager sees the thresholds in the form, may change them, and saves.

Signals:
    chosen(object): the threshold fields to fill, ``{"silver_threshold": 100, ...}``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shared.domain.loyalty import TIER_SCALES, TierScale

#: The Administration page whose form holds a program's tier thresholds.
PROGRAMS = "loyalty-program"


def ranges_text(scale: TierScale) -> str:
    """ "Bronze 0–99 · Silver 100–499 · Gold 500+": each tier the scale has and its points."""
    parts = [
        f"{tier.value.capitalize()} {first:,}–{last:,}"
        if last is not None
        else f"{tier.value.capitalize()} {first:,}+"
        for tier, first, last in scale.ranges()
    ]
    return " · ".join(parts)


class TierPresets(QWidget):
    chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        titles = {"standard": self.tr("Standard scale"), "compact": self.tr("Compact scale")}
        self.picker = QComboBox()
        for scale in TIER_SCALES:
            self.picker.addItem(titles.get(scale.key, scale.key.capitalize()), scale.key)
        #: The chosen scale's tiers, under the choice (the form's panel is narrow).
        self.ranges = QLabel()
        self.ranges.setWordWrap(True)
        self.picker.currentIndexChanged.connect(self._show_ranges)
        self._show_ranges()
        self.use_button = QPushButton(self.tr("Use this scale"))
        self.use_button.clicked.connect(self.use)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Tier scale")))
        layout.addLayout(row)
        layout.addWidget(self.ranges)

    def select(self, key: str) -> None:
        self.picker.setCurrentIndex(self.picker.findData(key))

    def _chosen(self) -> TierScale | None:
        key = self.picker.currentData()
        return next((s for s in TIER_SCALES if s.key == key), None)

    def _show_ranges(self) -> None:
        scale = self._chosen()
        self.ranges.setText(ranges_text(scale) if scale is not None else "")

    def use(self) -> None:
        """Hand the chosen scale's thresholds to the form."""
        scale = self._chosen()
        if scale is not None:
            self.chosen.emit(scale.fields())
