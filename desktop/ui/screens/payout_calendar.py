"""The owner's payout calendar: past payouts with their status, and the runs to come.

One row per contract and month, oldest first. Figures come from
:func:`desktop.services.payout_calendar.payout_calendar` on the DB thread;
this widget only lays them out.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.payout_calendar import CalendarEntry, payout_calendar
from desktop.ui.database import Database
from desktop.ui.format import date_text, datetime_text
from desktop.ui.tables import tidy
from shared.clock import utcnow
from shared.domain.enums import PayoutStatus
from shared.domain.money import Money
from shared.reports.render import period_label


class PayoutCalendarScreen(QWidget):
    #: Tables this screen shows: payouts due per contract.
    shows = frozenset({"contracts", "hospitals", "payouts"})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.title = QLabel(self.tr("Payout calendar"))
        self.title.setObjectName("screenTitle")
        self.note = QLabel(
            self.tr(
                "Each month's payout is computed at 06:00 (Lagos) on the 1st of the next month."
            )
        )
        self.table = QTableWidget(0, 7)
        tidy(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Hospital"),
                self.tr("Payout run"),
                self.tr("Status"),
                self.tr("Net payout"),
                self.tr("Approved"),
                self.tr("Paid"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        layout = QVBoxLayout(self)
        for widget in (self.title, self.note, self.table, self.message):
            layout.addWidget(widget)

    def refresh(self) -> None:
        now = utcnow()
        self._db.run(
            lambda s: payout_calendar(s, now=now),
            self._show,
            lambda error: self.message.setText(str(error)),
        )

    def _show(self, entries: tuple[CalendarEntry, ...]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            net = (
                Money(entry.net_minor, entry.currency).format()
                if entry.net_minor is not None
                else ""
            )
            cells = (
                period_label(entry.period),
                entry.hospital_name,
                datetime_text(entry.run_at),
                self._status_text(entry.status),
                net,
                date_text(entry.approved_at),
                date_text(entry.paid_at),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.message.setText(
            "" if entries else self.tr("No contract or payout has synced to this computer yet.")
        )

    def _status_text(self, status: PayoutStatus | None) -> str:
        labels = {
            None: self.tr("expected"),
            PayoutStatus.PENDING: self.tr("awaiting approval"),
            PayoutStatus.APPROVED: self.tr("approved"),
            PayoutStatus.PAID: self.tr("paid"),
            PayoutStatus.FAILED: self.tr("failed, to be retried"),
        }
        return labels[status]
