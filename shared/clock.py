"""Time: UTC everywhere in storage, Africa/Lagos on screens, and a hybrid logical clock.

The hybrid logical clock (HLC, Kulkarni et al. 2014) orders edits made on
different PCs whose wall clocks disagree: a timestamp is never below the
physical time it was taken at, and never below any timestamp the node has
seen, so "the later edit wins" means the same thing on every device. A
timestamp is a fixed-width string, so comparing two strings compares the
timestamps: ``<13-digit ms>-<5-digit counter>-<node id>``.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LAGOS = ZoneInfo("Africa/Lagos")

#: Refuse to adopt a remote clock further ahead than this; a PC set a year
#: into the future would otherwise win every conflict for a year.
MAX_DRIFT_MS = 5 * 60 * 1000

#: ``<13-digit ms>-<5-digit counter>-<node>``; the node is letters, digits or ``_``.
_TIMESTAMP = re.compile(r"[0-9]{13}-[0-9]{5}-[A-Za-z0-9_]{1,43}")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC (that is how storage holds them)."""
    if value.tzinfo is UTC:  # what storage returns: the rules call this on every entry
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def to_lagos(value: datetime) -> datetime:
    return as_utc(value).astimezone(LAGOS)


def lagos_today(now: datetime | None = None) -> date:
    return to_lagos(now or utcnow()).date()


def format_date(value: date | datetime) -> str:
    """23 Nov 2026, the way Nigerian forms write dates."""
    if isinstance(value, datetime):
        value = to_lagos(value)
    return f"{value.day} {value:%b %Y}"


def format_datetime(value: datetime) -> str:
    local = to_lagos(value)
    return f"{format_date(local)} {local:%H:%M}"


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    millis: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.millis:013d}-{self.counter:05d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        """Parse a timestamp; anything but the fixed-width form is a ``ValueError``.

        Strings compare as times only in that form: a clock like ``99-0-x`` or
        one with a longer millisecond part would sort wrongly against every other.
        """
        if not is_timestamp(text):
            raise ValueError(f"{str(text)[:70]!r} is not a clock timestamp")
        millis, counter, node = text.split("-", 2)
        return cls(int(millis), int(counter), node)


def is_timestamp(text: object) -> bool:
    """Whether ``text`` is an HLC timestamp in its fixed-width form."""
    return isinstance(text, str) and _TIMESTAMP.fullmatch(text) is not None


def _wall_ms() -> int:
    """Milliseconds since the epoch, UTC (no datetime built: the server reads it per mutation)."""
    return time.time_ns() // 1_000_000


class ClockDriftError(ValueError):
    """A remote timestamp is implausibly far ahead of our wall clock."""


class HybridLogicalClock:
    """Thread-safe HLC for one node (a device, or the server)."""

    def __init__(self, node: str, wall_ms: Callable[[], int] | None = None) -> None:
        if "-" in node or not node:
            raise ValueError("node id must be non-empty and contain no '-'")
        self.node = node
        self._wall_ms = wall_ms or _wall_ms
        self._last = Timestamp(0, 0, node)
        self._lock = threading.Lock()

    def now(self) -> str:
        """A timestamp for a local event, strictly above every earlier one."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.millis:
                self._last = Timestamp(wall, 0, self.node)
            else:
                self._last = Timestamp(self._last.millis, self._last.counter + 1, self.node)
            return self._last.encode()

    def observe(self, remote: str) -> None:
        """Fold in a timestamp received from elsewhere, so our next one sorts after it."""
        if not is_timestamp(remote):
            raise ValueError(f"{str(remote)[:70]!r} is not a clock timestamp")
        # Fixed width: the milliseconds are the first 13 characters, the counter the 5
        # after the dash. Parsed in place, not decoded: a push observes 1,000 clocks.
        millis = int(remote[:13])
        with self._lock:
            wall = self._wall_ms()
            if millis - wall > MAX_DRIFT_MS:
                raise ClockDriftError(f"remote clock {millis - wall} ms ahead of ours")
            last = self._last
            if millis > last.millis or (
                millis == last.millis and int(remote[14:19]) > last.counter
            ):
                self._last = Timestamp(millis, int(remote[14:19]), self.node)

    def accept(self, remote: str) -> str:
        """The timestamp to record for a remote event, observed so later local ones sort after.

        A remote timestamp within the allowed drift is kept; one further ahead
        is replaced by a fresh local timestamp. A PC whose clock runs fast keeps
        its edit (refusing it would lose what staff typed) but not its clock,
        which would otherwise win every later race for that field.
        """
        try:
            self.observe(remote)
        except ClockDriftError:
            return self.now()
        return remote

    def last(self) -> str:
        return self._last.encode()
