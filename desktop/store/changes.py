"""What a local write or a sync round changed, so each view refreshes only for its own data.

A write through :class:`desktop.store.writes.LocalWriter` and a sync round
both end with a :class:`Changes`: the names of the local tables whose rows
they inserted, edited or deleted. Screens declare the tables they show and
reload only when a summary touches one of them; a background pull of, say,
messages then no longer rebuilds the Today screen or a half-filled form.

Every local write also queues a mutation in the outbox, and a sync round's
answers settle them, so :data:`OUTBOX` is named too: it is what the pending
count and the Sync health lists show. It lives with the store because the
writer and the sync engine, both below the screens, produce it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.store.tables import OutboxMutation
from shared.sync.registry import REPLICATED

#: The local outbox: pending and refused changes.
OUTBOX = OutboxMutation.__tablename__


@dataclass(frozen=True, slots=True)
class Changes:
    """The tables one unit of work changed; empty (false) when it changed none."""

    tables: frozenset[str] = frozenset()

    @classmethod
    def of(cls, tables: Iterable[str]) -> Changes:
        return cls(frozenset(tables))

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables)

    def touches(self, shown: Iterable[str]) -> bool:
        """Whether a view showing ``shown`` holds data this change made stale."""
        return not self.tables.isdisjoint(shown)


#: A unit of work that changed no row.
NOTHING = Changes()

#: Every table the desk holds: for a view that must assume anything changed (first show).
EVERYTHING = Changes(frozenset(spec.name for spec in REPLICATED) | {OUTBOX})
