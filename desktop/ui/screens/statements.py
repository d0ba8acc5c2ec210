"""Payout statements on the owner's desktop, offline from synced data.

Pick a period to read its statement, save it as the same PDF the server
e-mails, and acknowledge or dispute it (a dispute needs a reason).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.owner import owner_statement, payout_periods, respond_to_statement
from desktop.ui.database import Database
from shared.clock import utcnow
from shared.domain.enums import PayoutResponseKind
from shared.reports.render import render_html, render_pdf
from shared.reports.statement import Statement


class StatementsScreen(QWidget):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.statement: Statement | None = None
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self._load)
        self.view = QTextBrowser()
        self.net = QLabel()
        self.save_button = QPushButton(self.tr("Save PDF"))
        self.save_button.clicked.connect(self._choose_pdf)
        self.reason = QLineEdit(placeholderText=self.tr("Reason (needed to dispute)"))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.clicked.connect(
            lambda: self.respond(PayoutResponseKind.ACKNOWLEDGED)
        )
        self.dispute_button = QPushButton(self.tr("Dispute"))
        self.dispute_button.clicked.connect(lambda: self.respond(PayoutResponseKind.DISPUTED))
        self.message = QLabel()
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(self.net, 1)
        top.addWidget(self.save_button)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.acknowledge_button)
        actions.addWidget(self.dispute_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        self._db.run(payout_periods, self._show_periods)

    def _show_periods(self, periods: list[str]) -> None:
        current = self.period.currentText()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(periods)
        if current in periods:
            self.period.setCurrentText(current)
        self.period.blockSignals(False)
        self._load()

    def _load(self) -> None:
        period, now = self.period.currentText(), utcnow()
        if not period:
            self.message.setText(self.tr("No payouts have synced to this computer yet."))
            return
        self._db.run(
            lambda s: owner_statement(s, period, now=now),
            self._show_statement,
            lambda error: self.message.setText(str(error)),
        )

    def _show_statement(self, statement: Statement) -> None:
        self.statement = statement
        self.view.setHtml(render_html(statement))
        self.net.setText(
            self.tr("Net payout: {net}").format(net=statement.money(statement.totals.net_minor))
        )

    def _choose_pdf(self) -> None:
        if self.statement is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save statement"),
            f"grandpro-statement-{self.statement.period}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        """Render and write on the worker thread; rendering a PDF takes a moment."""
        statement = self.statement
        if statement is None:
            return
        self._db.tasks.run_db(
            lambda: path.write_bytes(render_pdf(statement)),
            lambda _: self.message.setText(self.tr("Saved {name}").format(name=path.name)),
            lambda error: self.message.setText(str(error)),
        )

    def respond(self, kind: PayoutResponseKind) -> None:
        period, reason = self.period.currentText(), self.reason.text()
        self._db.write(
            lambda s, w: respond_to_statement(s, w, period=period, kind=kind, reason=reason),
            lambda _: self._responded(kind),
            lambda error: self.message.setText(str(error)),
        )

    def _responded(self, kind: PayoutResponseKind) -> None:
        self.reason.clear()
        self.message.setText(
            self.tr("Dispute sent to GrandPro.")
            if kind is PayoutResponseKind.DISPUTED
            else self.tr("Statement acknowledged. Thank you!")
        )
