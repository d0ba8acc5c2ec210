"""The profile's loyalty tab: balance and tier, the points history, awarding and redeeming.

Both writes go through the loyalty service on the database thread; a
redemption the balance cannot cover is refused there and the reason shown
here, with nothing written.

Signals:
    changed: points were awarded or a reward redeemed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.loyalty import LoyaltyCard, award_points, loyalty_card, redeem_reward
from desktop.services.patient_profile import LedgerLine, ledger_page
from desktop.ui.database import Database
from desktop.ui.format import datetime_text
from desktop.ui.screens.profile.lists import ListTab, fetcher
from desktop.ui.screens.profile.paged import PagedRowsModel
from desktop.ui.widgets import index_of
from shared.domain.loyalty import MAX_AWARD_POINTS


class LoyaltyTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database, patient_id: uuid.UUID) -> None:
        super().__init__()
        self._db = db
        self._patient_id = patient_id
        self.summary = QLabel()
        self.points = QSpinBox(minimum=1, maximum=MAX_AWARD_POINTS, value=10)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. referred a friend"))
        self.award_button = QPushButton(self.tr("Award points"))
        self.award_button.clicked.connect(self.award)
        self.rewards = QComboBox()
        self.redeem_button = QPushButton(self.tr("Redeem"))
        self.redeem_button.clicked.connect(self.redeem)
        self.message = QLabel()
        self.message.setWordWrap(True)
        headers = (self.tr("When"), self.tr("Points"), self.tr("Why"))
        fetch = fetcher(ledger_page, patient_id)
        self.history = ListTab(PagedRowsModel(db, headers, fetch, self._cells))
        self.history.layout_.setContentsMargins(0, 0, 0, 0)
        self._layout()

    def _layout(self) -> None:
        award = QHBoxLayout()
        award.addWidget(self.points)
        award.addWidget(self.reason, 1)
        award.addWidget(self.award_button)
        redeem = QHBoxLayout()
        redeem.addWidget(self.rewards, 1)
        redeem.addWidget(self.redeem_button)
        form = QFormLayout()
        form.addRow(self.tr("Award"), award)
        form.addRow(self.tr("Reward"), redeem)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.history, 1)

    def _cells(self, line: LedgerLine) -> tuple[str, ...]:
        return datetime_text(line.occurred_at), f"{line.points:+,}", line.reason

    def refresh(self) -> None:
        patient_id = self._patient_id
        self._db.run(lambda s: loyalty_card(s, patient_id=patient_id), self._show)
        self.history.refresh()

    def _show(self, card: LoyaltyCard) -> None:
        self.summary.setText(
            self.tr("{points} points · {tier} tier · {lifetime} earned in all").format(
                points=f"{card.summary.points:,}",
                tier=card.summary.tier.value.capitalize(),
                lifetime=f"{card.summary.lifetime_points:,}",
            )
        )
        chosen = self.rewards.currentData()
        self.rewards.clear()
        for reward in card.rewards:
            label = self.tr("{name} ({cost} points)").format(
                name=reward.name, cost=f"{reward.points_cost:,}"
            )
            self.rewards.addItem(label, reward.id)
        self.rewards.setCurrentIndex(index_of(self.rewards, chosen))
        self.redeem_button.setEnabled(bool(card.rewards))

    def award(self) -> None:
        patient_id = self._patient_id
        data = {"points": self.points.value(), "reason": self.reason.text().strip()}
        self._db.write(
            lambda s, w: award_points(s, w, patient_id=patient_id, data=data),
            self._awarded,
            self._refused,
        )

    def _awarded(self, points: int) -> None:
        self.reason.clear()
        self.message.setText(self.tr("Awarded {points} points.").format(points=f"{points:,}"))
        self._changed()

    def redeem(self) -> None:
        patient_id, reward_id = self._patient_id, self.rewards.currentData()
        if not isinstance(reward_id, uuid.UUID):
            self.message.setText(self.tr("reward_id: choose a reward"))
            return
        self._db.write(
            lambda s, w: redeem_reward(s, w, patient_id=patient_id, reward_id=reward_id),
            self._redeemed,
            self._refused,
        )

    def _redeemed(self, left: int) -> None:
        self.message.setText(self.tr("Redeemed. {points} points left.").format(points=f"{left:,}"))
        self._changed()

    def _refused(self, error: BaseException) -> None:
        self.message.setText(self.tr("Not saved — {reason}").format(reason=str(error)))

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
