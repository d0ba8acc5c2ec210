"""A chart's value axis that reads like a person wrote it: ₦0, ₦5,000, ₦10,000.

Qt's value axis picks ticks by dividing the range evenly (16500 / 12375 / 8250)
and its printf label format has no thousands separator, so the charts use a
category axis whose labels sit on round values chosen here.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCharts import QCategoryAxis

#: Steps a tick may take, times a power of ten.
_STEPS = (1, 2, 2.5, 5, 10)


def round_ticks(highest: float, most: int = 5) -> list[int]:
    """Round values from 0 to at least ``highest``, at most ``most`` steps apart.

    >>> round_ticks(16_500)
    [0, 5000, 10000, 15000, 20000]
    """
    top = max(highest, 1.0)
    rough = top / most
    power = 10 ** math.floor(math.log10(rough))
    step = next(s * power for s in _STEPS if s * power >= rough)
    step = max(int(step), 1)
    count = math.ceil(top / step)
    return [step * n for n in range(count + 1)]


def round_axis() -> QCategoryAxis:
    """An empty axis with its labels on the ticks; :func:`show_range` fills it."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    return axis


def show_range(axis: QCategoryAxis, highest: float, label: Callable[[int], str]) -> None:
    """Ticks at round values up to ``highest``, each written by ``label``."""
    for old in axis.categoriesLabels():
        axis.remove(old)
    ticks = round_ticks(highest)
    for value in ticks:
        axis.append(label(value), value)
    axis.setStartValue(0)
    axis.setRange(0, ticks[-1])
