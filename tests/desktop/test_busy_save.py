"""A save that cannot get the database's lock in time says so plainly and keeps the form.

Every write begins with ``BEGIN IMMEDIATE``, waiting up to the busy timeout
for the lock; here another connection holds it longer than that (shortened
for the test). The dialog says the entry is kept, the typed values are
still there, nothing was written, and Save works once the lock is free.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store import engine as store_engine
from desktop.ui.main_window import MainWindow
from shared.db.models import Patient
from shared.domain.enums import Sex

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TYPED = {"first_name": "Ngozi", "last_name": "Umeh", "phone": "0806 555 1234"}


@pytest.fixture
def quick_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on the lock after 0.3 s instead of 5 s (set before the store opens)."""
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 300)


def test_a_save_that_waits_too_long_for_the_lock_keeps_the_entry(
    quick_busy: None, window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    before = _patients(demo)
    dialog = window.patients.open_registration()
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    for name, text in TYPED.items():
        qtbot.keyClicks(dialog.inputs[name], text)
    with demo.engine.connect() as holder:  # another unit of work, mid-write
        holder.begin()
        dialog.submit()
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
        holder.rollback()
    assert dialog.error.text() == "The database is busy; your entry is kept — try Save again."
    assert {name: dialog.inputs[name].text() for name in TYPED} == TYPED
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert _patients(demo) == before
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.submit()
    assert _patients(demo) == before + 1


def _patients(app: DesktopApp) -> int:
    with app.db.sessions() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(Patient)) or 0)
