"""The profile's loyalty tab: standing, past tier moves, the points history, redeeming, adjusting.

Points are earned by visits, payments and feedback on their own; the desk
never types them in. The top line says what the patient has, what is on
hold, how far the next tier is and what lapses next. Both writes go through
the loyalty service on the database thread; a refusal (a redemption the
spendable balance cannot cover, an adjustment past the program's bound) is
shown here with nothing written.

Where the program allows family pooling and the patient has a household (a
phone shared with other patients), a "Family pool" row shows who pools and
their points together, adds a household member with the guardian's
consent, and redeems the chosen reward from the pool.

Signals:
    changed: points were adjusted or a reward redeemed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.loyalty import (
    LoyaltyCard,
    TierMove,
    adjust_points,
    loyalty_card,
)
from desktop.services.patient_profile import LedgerLine, ledger_page
from desktop.services.pooling import (
    PoolCard,
    add_to_pool,
    leave_pool,
    pool_card,
    redeem_from_pool,
)
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.format import date_text, datetime_text
from desktop.ui.screens.profile.lists import ListTab, fetcher
from desktop.ui.screens.profile.paged import PagedRowsModel
from desktop.ui.widgets import index_of
from shared.clock import to_lagos
from shared.domain import rewards
from shared.domain.loyalty import MAX_AWARD_POINTS, Tier
from shared.domain.pooling import PooledRedeemed
from shared.domain.rewards import Redeemed

#: Tier moves shown without scrolling; older ones are a scroll away.
MOVES_SHOWN = 4


def _moves_table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.hide()
    return table


class LoyaltyTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database, patient_id: uuid.UUID) -> None:
        super().__init__()
        self._db = db
        self._patient_id = patient_id
        self.summary = QLabel()
        self.outlook = QLabel()
        self.outlook.setWordWrap(True)
        self.points = QSpinBox(minimum=-MAX_AWARD_POINTS, maximum=MAX_AWARD_POINTS, value=0)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. points lost when the desk was offline"))
        self.adjust_button = QPushButton(self.tr("Adjust points"))
        self.adjust_button.clicked.connect(self.adjust)
        self.rewards = QComboBox()
        self.redeem_button = QPushButton(self.tr("Redeem"))
        self.redeem_button.clicked.connect(self.redeem)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.pool_summary = QLabel()
        self.pool_summary.setWordWrap(True)
        self.joiner = QComboBox()
        self.join_button = QPushButton(self.tr("Add to pool (guardian consents)"))
        self.join_button.clicked.connect(self.add_to_pool)
        self.pool_redeem_button = QPushButton(self.tr("Redeem from pool"))
        self.pool_redeem_button.clicked.connect(self.redeem_from_pool)
        self.leave_button = QPushButton()
        set_role(self.leave_button, ButtonRole.DESTRUCTIVE)
        self.leave_button.clicked.connect(self.leave_pool)
        self.moves = _moves_table((self.tr("Date"), self.tr("Tier move"), self.tr("Up or down")))
        self.no_moves = QLabel(self.tr("No tier moves recorded yet."))
        self.no_moves.hide()
        headers = (self.tr("When"), self.tr("Points"), self.tr("Why"))
        fetch = fetcher(ledger_page, patient_id)
        self.history = ListTab(PagedRowsModel(db, headers, fetch, self._cells))
        self.history.layout_.setContentsMargins(0, 0, 0, 0)
        self._layout()

    def _layout(self) -> None:
        self.adjust_row = QWidget()
        adjust = QHBoxLayout(self.adjust_row)
        adjust.setContentsMargins(0, 0, 0, 0)
        adjust.addWidget(self.points)
        adjust.addWidget(self.reason, 1)
        adjust.addWidget(self.adjust_button)
        self.adjust_row.hide()
        redeem = QHBoxLayout()
        redeem.addWidget(self.rewards, 1)
        redeem.addWidget(self.redeem_button)
        redeem.addWidget(self.pool_redeem_button)
        self.pool_row = QWidget()
        pool = QHBoxLayout(self.pool_row)
        pool.setContentsMargins(0, 0, 0, 0)
        pool.addWidget(self.pool_summary, 1)
        pool.addWidget(self.joiner)
        pool.addWidget(self.join_button)
        pool.addWidget(self.leave_button)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Reward"), redeem)
        self.form.addRow(self.tr("Family pool"), self.pool_row)
        self.form.addRow(self.tr("Adjust"), self.adjust_row)
        self.form.setRowVisible(self.adjust_row, False)
        self._show_pool(None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.outlook)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Tier moves")))
        layout.addWidget(self.no_moves)
        layout.addWidget(self.moves)
        layout.addWidget(self.history, 1)

    def _cells(self, line: LedgerLine) -> tuple[str, ...]:
        return datetime_text(line.occurred_at), f"{line.points:+,}", line.reason

    def refresh(self) -> None:
        patient_id = self._patient_id
        actor = self._db.actor
        self._db.run(lambda s: loyalty_card(s, patient_id=patient_id, actor=actor), self._show)
        self._db.run(lambda s: pool_card(s, patient_id=patient_id), self._show_pool)
        self.history.refresh()

    def _show_pool(self, card: PoolCard | None) -> None:
        """The household's pool, shown only where the program allows pooling."""
        self._pool = card
        self.form.setRowVisible(self.pool_row, card is not None)
        self.pool_redeem_button.setVisible(card is not None and card.pooled)
        self.leave_button.setVisible(card is not None and card.pools(self._patient_id))
        if card is None:
            return
        self.leave_button.setText(
            self.tr("End the family pool")
            if card.guardian_id == self._patient_id
            else self.tr("Leave the pool (consent withdrawn)")
        )
        if card.pooled:
            names = ", ".join(
                self.tr("{name} (guardian)").format(name=p.name) if p.guardian else p.name
                for p in card.members
            )
            self.pool_summary.setText(
                self.tr("{names} · {points} points together").format(
                    names=names, points=f"{card.combined:,}"
                )
            )
        else:
            self.pool_summary.setText(self.tr("Not pooling with the household yet."))
        chosen = self.joiner.currentData()
        self.joiner.clear()
        for person in card.household:
            self.joiner.addItem(person.name, person.patient_id)
        self.joiner.setCurrentIndex(index_of(self.joiner, chosen))
        self.joiner.setVisible(bool(card.household))
        self.join_button.setVisible(bool(card.household))

    def _show(self, card: LoyaltyCard) -> None:
        summary = card.summary
        self.summary.setText(
            self.tr("{points} points · {tier} tier · {lifetime} earned in all").format(
                points=f"{summary.points:,}",
                tier=summary.tier.value.capitalize(),
                lifetime=f"{summary.lifetime_points:,}",
            )
        )
        self.outlook.setText(" · ".join(self._outlook(card)))
        self.form.setRowVisible(self.adjust_row, card.may_adjust)
        chosen = self.rewards.currentData()
        self.rewards.clear()
        for reward in card.rewards:
            label = self.tr("{name} ({cost} points)").format(
                name=reward.name, cost=f"{reward.points_cost:,}"
            )
            self.rewards.addItem(label, reward.id)
        self.rewards.setCurrentIndex(index_of(self.rewards, chosen))
        self.redeem_button.setEnabled(bool(card.rewards))
        self._show_moves(card.moves)

    def _show_moves(self, moves: tuple[TierMove, ...]) -> None:
        """The recorded moves, newest first, or a line saying there are none."""
        self.moves.setRowCount(len(moves))
        for row, move in enumerate(moves):
            cells = (
                date_text(move.day),
                f"{move.from_tier.value.capitalize()} → {move.to_tier.value.capitalize()}",
                self.tr("up") if move.up else self.tr("down"),
            )
            for column, text in enumerate(cells):
                self.moves.setItem(row, column, QTableWidgetItem(text))
        shown = min(len(moves), MOVES_SHOWN)
        header = self.moves.horizontalHeader().sizeHint().height()
        rows = sum(self.moves.rowHeight(row) for row in range(shown))
        self.moves.setFixedHeight(header + rows + 2 * self.moves.frameWidth())
        self.moves.setVisible(bool(moves))
        self.no_moves.setVisible(not moves)

    def _outlook(self, card: LoyaltyCard) -> list[str]:
        """On hold, the next tier, what lapses next, and what the patient can have today."""
        summary, parts = card.summary, []
        if summary.tier_since is not None and summary.tier is not Tier.BRONZE:
            parts.append(
                self.tr("{tier} since {day}").format(
                    tier=summary.tier.value.capitalize(),
                    day=date_text(to_lagos(summary.tier_since).date()),
                )
            )
        if summary.tier_kept_until is not None:
            parts.append(
                self.tr("{tier} kept until {day}").format(
                    tier=summary.tier.value.capitalize(),
                    day=date_text(to_lagos(summary.tier_kept_until).date()),
                )
            )
        if summary.on_hold:
            parts.append(
                self.tr("{held} on hold from recent payments").format(held=f"{summary.on_hold:,}")
            )
        if summary.next_tier is not None:
            tier, needed = summary.next_tier
            parts.append(
                self.tr("{needed} more to {tier}").format(
                    needed=f"{needed:,}", tier=tier.value.capitalize()
                )
            )
        if summary.next_expiry is not None:
            points, when = summary.next_expiry
            parts.append(
                self.tr("{points} expire on {day}").format(
                    points=f"{points:,}", day=date_text(to_lagos(when).date())
                )
            )
        affordable = [r.name for r in card.rewards if r.points_cost <= summary.spendable]
        if affordable:
            parts.append(self.tr("can have: {rewards}").format(rewards=", ".join(affordable)))
        return parts

    def adjust(self) -> None:
        patient_id = self._patient_id
        data = {"points": self.points.value(), "reason": self.reason.text().strip()}
        self._db.write(
            lambda s, w: adjust_points(s, w, patient_id=patient_id, data=data),
            self._adjusted,
            self._refused,
        )

    def _adjusted(self, points: int) -> None:
        self.reason.clear()
        self.points.setValue(0)
        self.message.setText(self.tr("Adjusted by {points} points.").format(points=f"{points:+,}"))
        self._changed()

    def redeem(self) -> None:
        patient_id, reward_id = self._patient_id, self.rewards.currentData()
        if not isinstance(reward_id, uuid.UUID):
            self.message.setText(self.tr("Choose a reward first."))
            return
        self._db.write(
            lambda _s, w: rewards.redeem(w, patient_id=patient_id, reward_id=reward_id),
            self._redeemed,
            self._refused,
        )

    def _redeemed(self, done: Redeemed) -> None:
        self.message.setText(
            self.tr(
                "Redeemed {reward}. Code {code}: the cashier types it on the payment."
                " {points} points left."
            ).format(reward=done.reward.name, code=done.code, points=f"{done.balance:,}")
        )
        self._changed()

    def add_to_pool(self) -> None:
        member_id = self.joiner.currentData()
        if self._pool is None or not isinstance(member_id, uuid.UUID):
            return
        guardian_id = self._pool.guardian_id
        self._db.write(
            lambda _s, w: add_to_pool(w, guardian_id=guardian_id, member_id=member_id),
            lambda _pool: self._pooled(),
            self._refused,
        )

    def _pooled(self) -> None:
        self.message.setText(self.tr("Added to the family pool, with the guardian's consent."))
        self._changed()

    def leave_pool(self) -> None:
        patient_id = self._patient_id
        self._db.write(
            lambda _s, w: leave_pool(w, patient_id=patient_id), self._left, self._refused
        )

    def _left(self, ended: bool) -> None:
        self.message.setText(
            self.tr("The family pool has ended: everyone's points are their own again.")
            if ended
            else self.tr("Left the family pool: these points are the patient's own again.")
        )
        self._changed()

    def redeem_from_pool(self) -> None:
        patient_id, reward_id = self._patient_id, self.rewards.currentData()
        if not isinstance(reward_id, uuid.UUID):
            self.message.setText(self.tr("Choose a reward first."))
            return
        self._db.write(
            lambda _s, w: redeem_from_pool(w, patient_id=patient_id, reward_id=reward_id),
            self._pool_redeemed,
            self._refused,
        )

    def _pool_redeemed(self, done: PooledRedeemed) -> None:
        redeemed = done.redeemed
        self.message.setText(
            self.tr(
                "Redeemed {reward} from the family pool. Code {code}: the cashier types it"
                " on the payment."
            ).format(reward=redeemed.reward.name, code=redeemed.code)
        )
        self._changed()

    def _refused(self, error: BaseException) -> None:
        self.message.setText(self.tr("Not saved — {reason}").format(reason=str(error)))

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
