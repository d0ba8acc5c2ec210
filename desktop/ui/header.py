"""The page header: the screen's title, where and as whom the PC is signed in, and the way out.

Staff share front-desk PCs, so who is signed in must be visible on every
screen, not only in Settings: a clerk who finds a manager's name here knows
to switch user before touching anything. Sign out and Switch user sit beside
it, as buttons rather than in a menu a new clerk would not open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from desktop.ui.design import SPACING
from shared.domain.enums import Role


def role_label(role: str) -> str:
    """A role as staff say it."""
    labels: dict[str, str] = {
        Role.ADMIN: QCoreApplication.translate("header", "Administrator"),
        Role.MANAGER: QCoreApplication.translate("header", "Manager"),
        Role.FRONT_DESK: QCoreApplication.translate("header", "Front desk"),
        Role.CLINICIAN: QCoreApplication.translate("header", "Clinician"),
        Role.OWNER: QCoreApplication.translate("header", "Owner"),
    }
    return labels.get(role, role)


class PageHeader(QWidget):
    """Title on the left; place, person and role, then the account buttons, on the right."""

    def __init__(self, full_name: str, role: str, actions: list[QAction]) -> None:
        super().__init__()
        self.setObjectName("pageHeader")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.context = QLabel()
        self.context.setObjectName("pageContext")
        # never cut: the title gives way first (it is the screen's name, also in the sidebar)
        self.context.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self._who = self.tr("{name} ({role})").format(name=full_name, role=role_label(role))
        self.set_place("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING["l"], SPACING["s"], SPACING["l"], SPACING["s"])
        layout.setSpacing(SPACING["m"])
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.context)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton()
            button.setObjectName("headerButton")
            button.setDefaultAction(action)
            layout.addWidget(button)
            self.buttons.append(button)

    def set_title(self, title: str) -> None:
        self.title.setText(title)

    def set_place(self, place: str) -> None:
        """The hospital this PC serves (or the owner's name), once the store has told us."""
        self.context.setText(f"{place} · {self._who}" if place else self._who)
