"""Campaigns, for managers: what the hospital sends, and the second person's approval.

The list comes from the PC's own copy, so a manager approves or calls off a
campaign offline; the change syncs and the server, which alone sends,
holds it to the same rule (:mod:`desktop.services.campaigns`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.campaigns import (
    CampaignLine,
    approve_campaign,
    campaign_lines,
    cancel_campaign,
)
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.format import datetime_text
from desktop.ui.tables import tidy
from shared.domain.enums import CampaignStatus, Channel, MessagePurpose

translate = QCoreApplication.translate


def status_text(status: CampaignStatus) -> str:
    return {
        CampaignStatus.DRAFT: translate("campaigns", "Draft"),
        CampaignStatus.PENDING_APPROVAL: translate("campaigns", "Waiting for approval"),
        CampaignStatus.APPROVED: translate("campaigns", "Approved"),
        CampaignStatus.SCHEDULED: translate("campaigns", "Scheduled"),
        CampaignStatus.RUNNING: translate("campaigns", "Sending"),
        CampaignStatus.COMPLETED: translate("campaigns", "Sent"),
        CampaignStatus.CANCELLED: translate("campaigns", "Cancelled"),
    }[status]


def purpose_text(purpose: MessagePurpose) -> str:
    return {
        MessagePurpose.HEALTH_EDUCATION: translate("campaigns", "Health education"),
        MessagePurpose.SERVICE_NOTICE: translate("campaigns", "Service notice"),
        MessagePurpose.PROMOTIONAL: translate("campaigns", "Promotional"),
        MessagePurpose.TRANSACTIONAL: translate("campaigns", "Transactional"),
    }[purpose]


def channel_text(channel: Channel) -> str:
    return {
        Channel.SMS: "SMS",
        Channel.WHATSAPP: "WhatsApp",
        Channel.EMAIL: translate("campaigns", "E-mail"),
    }[channel]


class CampaignsScreen(QWidget):
    #: Tables this screen shows.
    shows = frozenset({"campaigns", "users"})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._lines: list[CampaignLine] = []
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Campaign"),
                self.tr("Channel"),
                self.tr("Purpose"),
                self.tr("Status"),
                self.tr("Written by"),
                self.tr("Approved by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tidy(self.table)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(
            self.tr(
                "No campaigns yet. Campaigns are written on the server; one waiting for"
                " a second manager's approval appears here first."
            )
        )
        self.empty.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Approve"))
        set_role(self.approve_button, ButtonRole.PRIMARY)
        self.approve_button.clicked.connect(self.approve)
        self.cancel_button = QPushButton(self.tr("Cancel campaign"))
        set_role(self.cancel_button, ButtonRole.DESTRUCTIVE)
        self.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def refresh(self) -> None:
        self._db.run(campaign_lines, self._show)

    def _show(self, lines: list[CampaignLine]) -> None:
        chosen = self._selected()
        self._lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                line.name,
                channel_text(line.channel),
                purpose_text(line.purpose),
                status_text(line.status),
                line.author,
                line.approver,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    self.tr("Written {when}").format(when=datetime_text(line.created_at))
                )
                self.table.setItem(row, column, item)
            if chosen is not None and line.id == chosen.id:
                self.table.selectRow(row)
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))
        self._selection_changed()

    def _selected(self) -> CampaignLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self._lines[rows[0].row()] if rows and rows[0].row() < len(self._lines) else None

    def _selection_changed(self) -> None:
        line = self._selected()
        self.approve_button.setEnabled(line is not None and line.waiting)
        self.cancel_button.setEnabled(line is not None and line.cancellable)

    def approve(self) -> None:
        line = self._selected()
        if line is None:
            return
        self._db.write(
            lambda _s, w: approve_campaign(w, campaign_id=line.id),
            lambda _c: self._done(
                self.tr("Approved “{name}”. The server sends it once it syncs.").format(
                    name=line.name
                )
            ),
            self._refused,
        )

    def cancel(self) -> None:
        line = self._selected()
        if line is None:
            return
        self._db.write(
            lambda _s, w: cancel_campaign(w, campaign_id=line.id),
            lambda _c: self._done(self.tr("Cancelled “{name}”.").format(name=line.name)),
            self._refused,
        )

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self.message.setText(self.tr("Not saved — {reason}").format(reason=str(error)))
