"""Payout statements on the owner's desktop, offline from synced data.

Pick a period (and, for an owner paid in more than one currency, the
currency: amounts in different currencies are never added up) to read its
statement; save it as the same PDF, CSV or Excel file the server sends;
acknowledge or dispute it (a dispute needs a reason) and follow what GrandPro
decided about each dispute.
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

from desktop.services.owner import (
    OWNER_TABLES,
    StatementResponse,
    owner_statement,
    payout_periods,
    respond_to_statement,
    statement_currencies,
    statement_responses,
)
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.format import date_text
from desktop.ui.widgets import documents_folder
from shared.clock import utcnow
from shared.domain.enums import DisputeStatus, PayoutResponseKind
from shared.reports.render import export, render_html
from shared.reports.statement import Statement


class StatementsScreen(QWidget):
    #: Tables this screen shows: statements, payouts and their responses.
    shows = OWNER_TABLES

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.statement: Statement | None = None
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self._load_currencies)
        self.currency = QComboBox()
        self.currency.currentIndexChanged.connect(self._load)
        self.currency_label = QLabel(self.tr("Currency"))
        self.view = QTextBrowser()
        self.net = QLabel()
        self.save_button = QPushButton(self.tr("Save PDF"))
        set_role(self.save_button, ButtonRole.SECONDARY)
        self.save_button.clicked.connect(lambda: self._choose_file("pdf"))
        self.csv_button = QPushButton(self.tr("Export CSV"))
        set_role(self.csv_button, ButtonRole.SECONDARY)
        self.csv_button.clicked.connect(lambda: self._choose_file("csv"))
        self.xlsx_button = QPushButton(self.tr("Export Excel"))
        set_role(self.xlsx_button, ButtonRole.SECONDARY)
        self.xlsx_button.clicked.connect(lambda: self._choose_file("xlsx"))
        self.responses = QLabel(wordWrap=True)
        self.reason = QLineEdit(placeholderText=self.tr("Reason (needed to dispute)"))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.clicked.connect(
            lambda: self.respond(PayoutResponseKind.ACKNOWLEDGED)
        )
        self.dispute_button = QPushButton(self.tr("Dispute"))
        set_role(self.dispute_button, ButtonRole.SECONDARY)
        self.dispute_button.clicked.connect(lambda: self.respond(PayoutResponseKind.DISPUTED))
        self.message = QLabel()
        self._layout()
        self._show_currency_choice(False)
        self._ready(False)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(self.currency_label)
        top.addWidget(self.currency)
        top.addWidget(self.net, 1)
        for button in (self.save_button, self.csv_button, self.xlsx_button):
            top.addWidget(button)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.acknowledge_button)
        actions.addWidget(self.dispute_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.responses)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def _ready(self, shown: bool) -> None:
        """Saving and answering need a statement on screen; say so rather than do nothing."""
        for button in (
            self.save_button,
            self.csv_button,
            self.xlsx_button,
            self.acknowledge_button,
            self.dispute_button,
        ):
            button.setEnabled(shown)
            button.setToolTip("" if shown else self.tr("No statement to act on yet."))

    def _show_currency_choice(self, visible: bool) -> None:
        self.currency_label.setVisible(visible)
        self.currency.setVisible(visible)

    def refresh(self) -> None:
        self._db.run(payout_periods, self._show_periods)

    def _show_periods(self, periods: list[str]) -> None:
        _replace_items(self.period, periods)
        self._load_currencies()

    def _load_currencies(self) -> None:
        period = self.period.currentText()
        if not period:
            self.message.setText(self.tr("No payouts have synced to this computer yet."))
            return
        self._db.run(
            lambda s: statement_currencies(s, period),
            self._show_currencies,
            lambda error: self.message.setText(str(error)),
        )

    def _show_currencies(self, currencies: list[str]) -> None:
        _replace_items(self.currency, currencies)
        self._show_currency_choice(len(currencies) > 1)
        self._load()

    def _load(self) -> None:
        period, currency, now = self.period.currentText(), self.currency.currentText(), utcnow()
        if not period:
            return
        self._db.run(
            lambda s: (
                owner_statement(s, period, now=now, currency=currency or None),
                statement_responses(s, period),
            ),
            self._show_statement,
            lambda error: self.message.setText(str(error)),
        )

    def _show_statement(self, loaded: tuple[Statement, tuple[StatementResponse, ...]]) -> None:
        statement, responses = loaded
        self.statement = statement
        self._ready(True)
        self.view.setHtml(render_html(statement))
        self.net.setText(
            self.tr("Net payout: {net}").format(net=statement.money(statement.totals.net_minor))
        )
        self.responses.setText("\n".join(self._response_text(r) for r in responses))

    def _response_text(self, response: StatementResponse) -> str:
        sent = date_text(response.sent_at)
        if response.kind is PayoutResponseKind.ACKNOWLEDGED:
            return self.tr("Acknowledged on {date}.").format(date=sent)
        disputed = self.tr("Disputed on {date}: {reason}").format(date=sent, reason=response.reason)
        answered = date_text(response.resolved_at)
        if response.status is DisputeStatus.RESOLVED:
            outcome = self.tr("resolved on {date}: {resolution}")
        elif response.status is DisputeStatus.REJECTED:
            outcome = self.tr("rejected on {date}: {resolution}")
        else:
            outcome = self.tr("open, waiting for GrandPro's answer")
        return f"{disputed} — {outcome.format(date=answered, resolution=response.resolution)}"

    def _choose_file(self, fmt: str) -> None:
        if self.statement is None:
            return
        kinds = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save statement"),
            str(
                documents_folder()
                / f"grandpro-statement-{self.statement.period}-{self.statement.currency}.{fmt}"
            ),
            kinds[fmt],
        )
        if name:
            self.save_file(Path(name), fmt)

    def save_file(self, path: Path, fmt: str) -> None:
        """Write the statement as ``pdf``, ``csv`` or ``xlsx`` with the server's own renderers.

        Runs on the worker thread: rendering a PDF takes a moment.
        """
        statement = self.statement
        if statement is None:
            return
        self._db.tasks.run_db(
            lambda: path.write_bytes(export(statement, fmt)),
            lambda _: self.message.setText(self.tr("Saved {name}").format(name=path.name)),
            lambda error: self.message.setText(str(error)),
        )

    def respond(self, kind: PayoutResponseKind) -> None:
        period, reason = self.period.currentText(), self.reason.text()
        currency = self.currency.currentText() or None
        self._db.write(
            lambda s, w: respond_to_statement(
                s, w, period=period, kind=kind, reason=reason, currency=currency
            ),
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
        self._load()


def _replace_items(box: QComboBox, items: list[str]) -> None:
    """Refill a choice without firing its change signal, keeping the current item if it stays."""
    current = box.currentText()
    box.blockSignals(True)
    box.clear()
    box.addItems(items)
    if current in items:
        box.setCurrentText(current)
    box.blockSignals(False)
