"""The loyalty rules read the ledger through a fast decoder; it must give what the ORM gives.

``ledger_entries`` skips the column types' result processors (they were most
of a long history's standing), so each store's raw form is decoded by hand:
SQLite's stored text and PostgreSQL's driver values. Compared here, field by
field, with the entities the ORM loads, on both stores.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.db.base import new_id
from shared.db.queries.loyalty import ledger_entries
from shared.domain.enums import LedgerKind
from tests import factories as f

FIELDS = (
    "id",
    "kind",
    "points",
    "occurred_at",
    "expires_at",
    "available_at",
    "source_key",
    "reference_id",
)


def test_decoded_rows_equal_the_orms_on_each_store(any_session: Session) -> None:
    hospital = f.hospital(any_session)
    patient = f.patient(any_session, hospital_id=hospital.id)
    at = dt.datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=dt.UTC)
    earn = f.points(
        any_session,
        id=new_id(),
        hospital_id=hospital.id,
        patient_id=patient.id,
        amount=40,
        kind=LedgerKind.EARN,
        occurred_at=at,
        expires_at=at + dt.timedelta(days=365),
        available_at=at + dt.timedelta(days=14),
        source_key="payment:1",
    )
    f.points(
        any_session,
        hospital_id=hospital.id,
        patient_id=patient.id,
        amount=-40,
        kind=LedgerKind.ADJUST,
        occurred_at=at.replace(microsecond=0) + dt.timedelta(days=2),
        source_key="payment:1:reversal",
        reference_id=earn.id,
    )
    any_session.commit()
    any_session.expunge_all()

    decoded = sorted(ledger_entries(any_session, patient.id), key=lambda e: e.points)
    loaded = sorted(
        any_session.scalars(
            sa.select(m.LoyaltyLedgerEntry).where(m.LoyaltyLedgerEntry.patient_id == patient.id)
        ),
        key=lambda e: e.points,
    )
    assert len(decoded) == len(loaded) == 2
    for fast, orm in zip(decoded, loaded, strict=True):
        for name in FIELDS:
            assert getattr(fast, name) == getattr(orm, name), name
            assert type(getattr(fast, name)) is type(getattr(orm, name)), name
        assert fast.occurred_at.tzinfo is dt.UTC
    assert decoded[0].reference_id == decoded[1].id
