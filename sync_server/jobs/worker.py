"""``hmso-server worker``: run the job queue and the periodic schedules.

Any number of workers may run against one database: procrastinate records
each periodic slot once (a unique row per task, schedule and timestamp), jobs
are taken with ``FOR UPDATE SKIP LOCKED``, and ``job_runs`` refuses a second
run of the same slot even if a job is delivered twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Mapping

from procrastinate.periodic import PeriodicRegistry

from shared.errors import FieldValidationError
from sync_server.jobs import schedules
from sync_server.jobs.app import app, connected, ensure_schema


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """``["reminders=*/2 * * * *"]`` -> ``{"reminders": "*/2 * * * *"}``, names checked."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, cron = pair.partition("=")
        if not sep or name not in schedules.SCHEDULES:
            known = ", ".join(schedules.SCHEDULES)
            raise FieldValidationError("cron", f"expected NAME=CRON with NAME one of {known}")
        out[name] = cron.strip()
    return out


def run(database_url: str, overrides: Mapping[str, str], *, concurrency: int = 2) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    ensure_schema(database_url)
    schedules.install(app, overrides)
    with connected(database_url) as bound:
        bound.run_worker(concurrency=concurrency, queues=None)


class InProcessWorker:
    """The same worker on a thread of its own, for ``hmso-server demo``.

    The demo must send what it queues without asking the user to open a second
    terminal; a thread (not a child process) dies with the demo, so no worker
    is left behind holding the embedded database. Signals stay with the main
    thread; :meth:`stop` cancels the worker, which finishes its current job.
    """

    def __init__(self, database_url: str, overrides: Mapping[str, str], concurrency: int = 2):
        self.database_url = database_url
        self.overrides = dict(overrides)
        self.concurrency = concurrency
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hmso-worker", daemon=True)

    def start(self) -> None:
        ensure_schema(self.database_url)
        # A fresh registry: installing the schedules twice in one process is refused.
        app.periodic_registry = PeriodicRegistry()  # type: ignore[no-untyped-call]
        schedules.install(app, self.overrides)
        self._thread.start()
        self._ready.wait(timeout=10)

    def stop(self, timeout: float = 30) -> None:
        if self._loop is not None and self._task is not None:
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(timeout=timeout)

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        with connected(self.database_url) as bound:
            async with bound.open_async():
                self._task = asyncio.ensure_future(
                    bound.run_worker_async(
                        concurrency=self.concurrency, install_signal_handlers=False
                    )
                )
                self._ready.set()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task
