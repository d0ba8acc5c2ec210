"""The task manager hands every reference back to the GUI thread.

A task's function and callbacks often hold widgets. If the last reference to
a widget were dropped on a worker thread, Qt would destroy it there and crash
(seen as rare segfaults); the manager keeps that ownership on the GUI thread.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from desktop.ui.tasks import TaskManager


class _Tracked:
    """Records the thread that released it."""

    released_on: list[str] = []

    def __del__(self) -> None:
        self.released_on.append(threading.current_thread().name)


def test_objects_held_by_a_task_are_released_on_the_gui_thread(qtbot: QtBot) -> None:
    tasks = TaskManager()
    results: list[int] = []
    _Tracked.released_on.clear()
    for n in range(20):
        holder = _Tracked()
        tasks.run_db(lambda holder=holder, n=n: id(holder) and n, results.append)  # type: ignore[misc]
        del holder
    qtbot.waitUntil(lambda: not tasks.busy)
    gc.collect()
    tasks.shutdown()
    assert sorted(results) == list(range(20))
    assert _Tracked.released_on == [threading.main_thread().name] * 20


def test_a_failure_reaches_its_callback_and_the_manager_goes_idle(qtbot: QtBot) -> None:
    tasks = TaskManager()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("amount: must be positive")

    with qtbot.waitSignal(tasks.idle):
        tasks.run_net(fail, on_failure=errors.append)
    tasks.shutdown()
    assert [str(e) for e in errors] == ["amount: must be positive"]
    assert not tasks.busy


def test_a_screen_deleted_while_its_query_runs_gets_no_answer(qtbot: QtBot) -> None:
    """A window replaced (Switch user) or closed mid-query must not crash the event loop."""
    tasks = TaskManager()
    started, release = threading.Event(), threading.Event()

    def slow() -> list[str]:
        started.set()
        release.wait(10)
        return ["row"]

    label = QLabel("loading")
    tasks.run_db(slow, label.setText)
    assert started.wait(10)
    label.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(label))
    with qtbot.waitSignal(tasks.idle):
        release.set()
    tasks.shutdown()
    assert not tasks.busy
