"""The owner's dashboard: twelve months of revenue and payouts, and how things stand.

All figures come from :func:`desktop.services.owner.owner_dashboard` on the
DB thread; this widget only draws them. Before the owner's first sync has
brought their account, it says that the first sync is running.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.services.owner import OWNER_TABLES, OwnerDashboard, owner_dashboard
from desktop.ui.charts import round_axis, show_range
from desktop.ui.database import Database
from desktop.ui.format import date_text, datetime_text, period_text
from shared.clock import lagos_today
from shared.domain.money import Money

MINOR_PER_MAJOR = 100


class OwnerDashboardScreen(QWidget):
    #: Tables this screen shows: the owner's hospitals, payouts and messages.
    shows = OWNER_TABLES

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.currency_label = QLabel(self.tr("Currency"))
        self.currency = QComboBox()
        self.currency.currentTextChanged.connect(lambda _: self.refresh())
        self.pending = QLabel()
        self.satisfaction = QLabel()
        self.recovery = QLabel()
        self.contract = QLabel()
        self.revenue_set = QBarSet(self.tr("Revenue"))
        self.payout_set = QBarSet(self.tr("Payouts"))
        self.series = QBarSeries()
        self.series.append(self.revenue_set)
        self.series.append(self.payout_set)
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.months_axis = QBarCategoryAxis()
        self.amount_axis = round_axis()
        self.chart.addAxis(self.months_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.amount_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.months_axis)
        self.series.attachAxis(self.amount_axis)
        for bar_set in (self.revenue_set, self.payout_set):
            bar_set.hovered.connect(
                lambda state, index, bar_set=bar_set: self._hovered(bar_set, state, index)
            )
        self._periods: tuple[str, ...] = ()
        self._currency = ""
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.communications = QListWidget()
        self._layout()

    def _layout(self) -> None:
        cards = QGridLayout()
        for column, (caption, value) in enumerate(
            (
                (self.tr("Pending payout"), self.pending),
                (self.tr("Satisfaction"), self.satisfaction),
                (self.tr("Service recovery"), self.recovery),
                (self.tr("Contract"), self.contract),
            )
        ):
            cards.addWidget(QLabel(caption), 0, column)
            cards.addWidget(value, 1, column)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.currency_label)
        heading.addWidget(self.currency)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(cards)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(QLabel(self.tr("Recent communications")))
        layout.addWidget(self.communications)

    def refresh(self) -> None:
        today, currency = lagos_today(), self.currency.currentText() or None
        self._db.run(
            lambda s: owner_dashboard(s, today=today, currency=currency), self.show_dashboard
        )

    def show_dashboard(self, data: OwnerDashboard | None) -> None:
        """Draw the figures; the currency choice shows only for an owner paid in several."""
        if data is None:
            self.title.setText(
                self.tr("The first sync is running: your hospitals' figures appear when it ends.")
            )
            return
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems(list(data.currencies))
        self.currency.setCurrentText(data.currency)
        self.currency.blockSignals(False)
        for widget in (self.currency_label, self.currency):
            widget.setVisible(len(data.currencies) > 1)
        self.title.setText(self.tr("{owner}: last 12 months").format(owner=data.owner_name))
        self.pending.setText(Money(data.pending_minor, data.currency).format())
        self.satisfaction.setText(
            self.tr("no survey answers yet")
            if data.satisfaction is None
            else self.tr("{score:.1f} / 5").format(score=data.satisfaction)
        )
        self.recovery.setText(self._recovery_text(data))
        self.contract.setText(self._contract_text(data))
        self._show_chart(data)
        self.communications.clear()
        for item in data.communications:
            self.communications.addItem(
                f"{datetime_text(item.occurred_at)} · {item.channel} · {item.direction} · "
                f"{item.subject or item.summary}"
            )

    def _recovery_text(self, data: OwnerDashboard) -> str:
        """Unhappy patients won back in time, this month (last month's beside it)."""
        if data.recovery_rate is None and data.recovery_rate_last_month is None:
            return self.tr("no low feedback to recover")
        this = "—" if data.recovery_rate is None else f"{data.recovery_rate:.0%}"
        if data.recovery_rate_last_month is None:
            return self.tr("{rate} this month").format(rate=this)
        return self.tr("{rate} this month ({last} last month)").format(
            rate=this, last=f"{data.recovery_rate_last_month:.0%}"
        )

    def _contract_text(self, data: OwnerDashboard) -> str:
        if data.contract_status is None:
            return self.tr("no contract synced")
        if data.renewal_date is None:
            return self.tr("{status}, open-ended").format(status=data.contract_status.value)
        return self.tr("{status}, renews {date}").format(
            status=data.contract_status.value, date=date_text(data.renewal_date)
        )

    def _show_chart(self, data: OwnerDashboard) -> None:
        revenue = [minor / MINOR_PER_MAJOR for minor in data.revenue_minor]
        payouts = [minor / MINOR_PER_MAJOR for minor in data.payouts_minor]
        for bar_set, values in ((self.revenue_set, revenue), (self.payout_set, payouts)):
            bar_set.remove(0, bar_set.count())
            bar_set.append(values)
        self._periods, self._currency = data.periods, data.currency
        self.months_axis.clear()
        self.months_axis.append([period_text(period) for period in data.periods])
        show_range(
            self.amount_axis,
            max([*revenue, *payouts]),
            lambda major: Money(major * MINOR_PER_MAJOR, data.currency).format_whole(),
        )
        if not any([*data.revenue_minor, *data.payouts_minor]):
            self.chart.setTitle(
                self.tr(
                    "No revenue or payouts yet: each month's revenue appears as the hospital "
                    "records payments, and its payout after the monthly run on the 1st."
                )
            )
            return
        self.chart.setTitle(
            self.tr("Revenue and payouts ({currency})").format(currency=data.currency)
        )

    def bar_text(self, bar_set: QBarSet, index: int) -> str:
        """What a bar says under the pointer: "Revenue, Oct 2026: ₦100,000.11"."""
        amount = Money(round(bar_set.at(index) * MINOR_PER_MAJOR), self._currency).format()
        month = period_text(self._periods[index]) if index < len(self._periods) else ""
        return self.tr("{what}, {month}: {amount}").format(
            what=bar_set.label(), month=month, amount=amount
        )

    def _hovered(self, bar_set: QBarSet, state: bool, index: int) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.bar_text(bar_set, index), self.chart_view)
        else:
            QToolTip.hideText()
