"""Loyalty expiry through the schedule's slot runner, on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from pydantic import SecretStr
from sqlalchemy.orm import Session

from shared.db.models.loyalty import LoyaltyLedgerEntry
from shared.domain.enums import LedgerKind
from shared.errors import FieldValidationError
from sync_server.config import ServerSettings
from sync_server.jobs.loyalty import expire_points
from sync_server.jobs.schedules import SCHEDULES, resolve, run_slot
from sync_server.jobs.worker import parse_overrides
from sync_server.sync.tables import SyncChange
from tests import factories

NOW = dt.datetime(2026, 11, 23, 0, 30, tzinfo=dt.UTC)
SETTINGS = ServerSettings(secret_key=SecretStr("k" * 40))


def _entry(
    session: Session, patient_id: object, kind: LedgerKind, points: int, **kw: object
) -> None:
    hospital_id = kw.pop("hospital_id")
    at = kw.pop("at", NOW - dt.timedelta(days=400))
    session.add(
        LoyaltyLedgerEntry(
            hospital_id=hospital_id,
            patient_id=patient_id,
            kind=kind,
            points=points,
            reason=kind.value,
            occurred_at=at,
            **kw,
        )
    )


def test_lapsed_unspent_points_expire_once_fifo(pg_session: Session) -> None:
    hospital = factories.hospital(pg_session)
    patient = factories.patient(pg_session, hospital_id=hospital.id)
    h = {"hospital_id": hospital.id}
    _entry(
        pg_session, patient.id, LedgerKind.EARN, 300, expires_at=NOW - dt.timedelta(days=30), **h
    )
    _entry(pg_session, patient.id, LedgerKind.REDEEM, -100, at=NOW - dt.timedelta(days=200), **h)
    _entry(
        pg_session,
        patient.id,
        LedgerKind.EARN,
        50,
        at=NOW - dt.timedelta(days=10),
        expires_at=NOW + dt.timedelta(days=355),
        **h,
    )
    pg_session.commit()
    slot = int(NOW.timestamp())
    with pg_session.begin():
        assert run_slot(pg_session, SETTINGS, "loyalty_expiry", slot) == (
            "expired 200 points for 1 patients"
        )
    with pg_session.begin():
        assert run_slot(pg_session, SETTINGS, "loyalty_expiry", slot) == "already ran"
    with pg_session.begin():
        later = slot + 86400
        assert run_slot(pg_session, SETTINGS, "loyalty_expiry", later) == (
            "expired 0 points for 1 patients"
        )
    expired = pg_session.scalars(
        sa.select(LoyaltyLedgerEntry.points).where(LoyaltyLedgerEntry.kind == LedgerKind.EXPIRE)
    ).all()
    assert expired == [-200]
    changes = pg_session.scalar(
        sa.select(sa.func.count())
        .select_from(SyncChange)
        .where(SyncChange.table_name == "loyalty_ledger")
    )
    assert changes and changes >= 1


def test_a_handler_not_installed_resolves_to_none() -> None:
    assert resolve("sync_server.no_such_module:run") is None
    assert resolve("sync_server.jobs.loyalty:no_such_function") is None
    assert resolve(SCHEDULES["loyalty_expiry"].handler) is expire_points


def test_every_schedule_has_its_handler_installed() -> None:
    missing = [name for name, s in SCHEDULES.items() if resolve(s.handler) is None]
    assert missing == []


def test_cron_overrides_are_checked_by_name() -> None:
    assert parse_overrides(["loyalty_expiry=* * * * * */5"]) == {"loyalty_expiry": "* * * * * */5"}
    with pytest.raises(FieldValidationError, match="NAME=CRON"):
        parse_overrides(["no_such_job=* * * * *"])
