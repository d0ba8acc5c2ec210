"""What the demo's parts share: the seeded session, its clock and the hospitals built so far.

The demo is written relative to one moment (``now``), in Lagos time, so the
first screen a new user opens shows today's clinic whatever day the demo is
started. One seeded random generator makes every start look the same.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from shared.clock import LAGOS, to_lagos
from shared.db import models as m
from shared.db.base import Base, new_id

T = TypeVar("T")

#: How far back the demo's payments, runs and surveys go.
HISTORY_MONTHS = 12


@dataclass
class DemoHospital:
    """One demo hospital and the rows its clinic history is built on."""

    row: m.Hospital
    owner: m.OwnerAccount
    contract: m.Contract
    #: Average visits per weekday; the hospitals differ in size.
    visits_per_day: int
    #: This hospital's prices against the group's base prices, in percent (100 = base).
    price_percent: int
    clinicians: list[m.Clinician] = field(default_factory=list)
    patients: list[m.Patient] = field(default_factory=list)
    #: When each newer patient registered (the others were patients before the history).
    joined: dict[uuid.UUID, dt.datetime] = field(default_factory=dict)
    #: Who referred each referred patient, by the referred patient's id.
    referrals: dict[uuid.UUID, m.PatientReferral] = field(default_factory=dict)


@dataclass
class Counts:
    """What the seed wrote, for the line ``seed-demo`` prints."""

    hospitals: int = 0
    patients: int = 0
    appointments: int = 0
    payments: int = 0
    users: int = 0
    payouts: int = 0
    messages: int = 0


@dataclass
class DemoWorld:
    """The seed's session, its moment, its random generator and the rows later parts build on."""

    session: Session
    now: dt.datetime
    rng: random.Random
    counts: Counts = field(default_factory=Counts)
    hospitals: list[DemoHospital] = field(default_factory=list)
    owners: list[m.OwnerAccount] = field(default_factory=list)
    admin: m.User | None = None
    #: The group's reward catalogue, which the demo's patients redeem from.
    rewards: list[m.LoyaltyReward] = field(default_factory=list)
    pending: dict[str, list[object]] = field(default_factory=dict)

    def add(self, row: T) -> T:
        """Queue a row with its id set now, so later rows can name it before any flush.

        The models declare foreign keys but no relationships, so the unit of
        work cannot order the inserts of different tables; :meth:`flush`
        writes the queued rows table by table in foreign-key order.
        """
        if getattr(row, "id", None) is None:
            row.id = new_id()  # type: ignore[attr-defined]
        self.pending.setdefault(row.__table__.name, []).append(row)  # type: ignore[attr-defined]
        return row

    def flush(self) -> None:
        """Write every queued row, parents first (rows of one table go in the order added)."""
        for table in Base.metadata.sorted_tables:
            rows = self.pending.pop(table.name, None)
            if rows:
                self.session.add_all(rows)
                self.session.flush()

    @property
    def today(self) -> dt.date:
        """Today in Lagos: what the Today screen and the day's takings show."""
        return to_lagos(self.now).date()

    @property
    def history_start(self) -> dt.date:
        """The first day of the month ``HISTORY_MONTHS`` months before this one."""
        months = self.today.year * 12 + self.today.month - 1 - HISTORY_MONTHS
        return dt.date(months // 12, months % 12 + 1, 1)


class DemoWriter:
    """The seed's session as a domain command's writer, its rows written as of ``at``.

    Lets the demo go through the commands the desk and the REST API use
    (``shared.domain.referrals.record_referral``); a read first writes what
    the seed has queued, so the command sees every row written so far.
    """

    def __init__(self, world: DemoWorld, at: dt.datetime) -> None:
        self.w, self.at = world, at

    def insert(self, model: type[T], **fields: Any) -> T:
        return self.w.add(model(**{**fields, "created_at": self.at, "updated_at": self.at}))

    def update(self, row: T, **fields: Any) -> T:
        for name, value in {**fields, "updated_at": self.at}.items():
            setattr(row, name, value)
        return row

    def delete(self, row: T) -> T:
        return self.update(row, deleted_at=self.at)

    def get(self, model: type[T], row_id: uuid.UUID) -> T | None:
        self.w.flush()
        return self.w.session.get(model, row_id)

    def select(self, query: Select[tuple[T]]) -> Sequence[T]:
        self.w.flush()
        return self.w.session.scalars(query).all()


def lagos_at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A Lagos wall-clock time on ``day``, as an aware datetime."""
    return dt.datetime.combine(day, dt.time(hour, minute), LAGOS)


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every day from ``first`` to ``last``, both included."""
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
