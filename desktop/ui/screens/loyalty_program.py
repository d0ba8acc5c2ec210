"""The manager's loyalty screen: members per tier, points by month as a chart, top rewards.

Figures come from :func:`desktop.services.loyalty_program.program_summary`
on the database thread; this widget only draws them. The program's
settings and its rewards are kept on the Administration screen.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.services.loyalty_program import ProgramSummary, program_summary
from desktop.ui.charts import round_axis, show_range
from desktop.ui.database import Database
from shared.domain.loyalty import NO_PLATINUM, Tier


class LoyaltyProgramScreen(QWidget):
    #: Tables this screen shows.
    shows = frozenset(
        {"loyalty_ledger", "loyalty_redemptions", "loyalty_rewards", "loyalty_programs"}
    )

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.title = QLabel(self.tr("Loyalty program"))
        self.title.setObjectName("screenTitle")
        self.tiers = {tier: QLabel("–") for tier in Tier}
        self.scale = QLabel()
        self.scale.setWordWrap(True)
        self.sets = {
            "issued": QBarSet(self.tr("Earned")),
            "redeemed": QBarSet(self.tr("Redeemed")),
            "expired": QBarSet(self.tr("Expired")),
        }
        self.series = QBarSeries()
        for bar_set in self.sets.values():
            self.series.append(bar_set)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Points by month"))
        self.chart.addSeries(self.series)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.months_axis = QBarCategoryAxis()
        self.points_axis = round_axis()
        self.chart.addAxis(self.months_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.points_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.months_axis)
        self.series.attachAxis(self.points_axis)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.top_rewards = QListWidget()
        self.top_rewards.setMaximumHeight(140)
        self._layout()

    def _layout(self) -> None:
        cards = QGridLayout()
        for column, tier in enumerate(Tier):
            cards.addWidget(QLabel(tier.value.capitalize()), 0, column)
            cards.addWidget(self.tiers[tier], 1, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(cards)
        layout.addWidget(self.scale)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(QLabel(self.tr("Rewards redeemed most this year")))
        layout.addWidget(self.top_rewards)

    def refresh(self) -> None:
        self._db.run(lambda s: program_summary(s), self.show_summary)

    def show_summary(self, summary: ProgramSummary) -> None:
        for tier, label in self.tiers.items():
            label.setText(self.tr("{n} members").format(n=f"{summary.members[tier]:,}"))
        rules = summary.rules
        if rules.platinum_threshold >= NO_PLATINUM:  # a scale that stops at Gold
            sentence = self.tr(
                "Silver from {silver}, Gold from {gold} lifetime points, no Platinum;"
                " {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid."
            )
        else:
            sentence = self.tr(
                "Silver from {silver}, Gold from {gold}, Platinum from {platinum} lifetime"
                " points; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid."
            )
        self.scale.setText(
            sentence.format(
                silver=f"{rules.silver_threshold:,}",
                gold=f"{rules.gold_threshold:,}",
                platinum=f"{rules.platinum_threshold:,}",
                visit=rules.points_per_visit,
                feedback=rules.points_per_feedback,
                spend=rules.points_per_spend_unit,
                unit=rules.spend_unit_minor // 100,
            )
        )
        for name, bar_set in self.sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(getattr(month, name)) for month in summary.months])
        self.months_axis.clear()
        self.months_axis.append([f"{month.month:%b %y}" for month in summary.months])
        highest = max((getattr(m, n) for m in summary.months for n in self.sets), default=0)
        show_range(self.points_axis, highest, lambda points: f"{points:,}")
        self.top_rewards.clear()
        for name, count in summary.top_rewards:
            self.top_rewards.addItem(self.tr("{name}: {count}").format(name=name, count=count))
        if not summary.top_rewards:
            self.top_rewards.addItem(self.tr("No rewards redeemed this year yet."))
