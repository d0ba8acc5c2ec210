"""Both stores' migrations produce exactly the models, and the desktop upgrades in place."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import shared.db.models  # noqa: F401
from desktop.store import migrate as desktop_migrate
from desktop.store.engine import WrongKeyError, make_engine
from desktop.store.tables import LocalBase
from shared.db.base import Base
from sync_server.db.all_tables import METADATA


def _diff(connection: sa.Connection, metadata: list[sa.MetaData]) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def test_server_migrations_match_the_models(pg_engine: sa.Engine) -> None:
    with pg_engine.connect() as connection:
        assert _diff(connection, METADATA) == []


def test_desktop_migrations_match_the_models(sqlite_engine: sa.Engine) -> None:
    with sqlite_engine.connect() as connection:
        diff = [d for d in _diff(connection, [Base.metadata, LocalBase.metadata])]
        # FTS5 shadow tables belong to the search index, not to the ORM.
        diff = [d for d in diff if not (isinstance(d, tuple) and "patient_search" in str(d))]
        assert diff == []


def _insert_pending_work(engine: sa.Engine) -> uuid.UUID:
    hospital_id, patient_id = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as c:
        c.execute(
            sa.text(
                "INSERT INTO hospitals (id, code, name, state, currency, created_at, updated_at,"
                " server_seq, field_clocks) VALUES (:id, 'IKJ', 'Ikeja General', 'Lagos', 'NGN',"
                " '2026-11-01 08:00:00', '2026-11-01 08:00:00', 0, '{}')"
            ),
            {"id": hospital_id.hex},
        )
        c.execute(
            sa.text(
                "INSERT INTO patients (id, hospital_id, patient_number, first_name, last_name,"
                " sex, phone, allergies, chronic_conditions, payer_type, preferred_language,"
                " preferred_channel, consent_sms, consent_whatsapp, consent_email,"
                " consent_marketing, created_at, updated_at, server_seq, field_clocks)"
                " VALUES (:id, :h, 'IK1-000001', 'Adaeze', 'Nwosu', 'female', '+2348031234567',"
                " '[]', '[]', 'self_pay', 'en', 'sms', 1, 0, 0, 0, '2026-11-01 08:00:00',"
                " '2026-11-01 08:00:00', 0, '{}')"
            ),
            {"id": patient_id.hex, "h": hospital_id.hex},
        )
        c.execute(
            sa.text(
                "INSERT INTO sync_outbox (mutation_id, table_name, row_id, op, fields,"
                " base_version, hlc, created_at) VALUES (:m, 'patients', :r, 'upsert',"
                " '{\"first_name\": \"Adaeze\"}', 0, '0000000001000-00000-dev1',"
                " '2026-11-01 08:00:00')"
            ),
            {"m": uuid.uuid4().hex, "r": patient_id.hex},
        )
    return patient_id


def test_desktop_upgrades_in_place_keeping_unsynced_work(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db", bytes(range(32)))
    desktop_migrate.upgrade(engine, "d0001")
    patient_id = _insert_pending_work(engine)

    desktop_migrate.upgrade(engine)

    with engine.connect() as c:
        pending = c.execute(sa.text("SELECT row_id, acked_at FROM sync_outbox")).all()
        assert [(uuid.UUID(row_id), acked) for row_id, acked in pending] == [(patient_id, None)]
        found = c.execute(
            sa.text(
                "SELECT p.id FROM patient_search s JOIN patients p ON p.rowid = s.rowid"
                " WHERE patient_search MATCH :q"
            ),
            {"q": 'numbers:"08031234567"'},
        ).scalars()
        assert [uuid.UUID(v) for v in found] == [patient_id]


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.db", None)
    desktop_migrate.upgrade(engine)
    with engine.begin() as c:
        c.execute(sa.text("UPDATE alembic_version SET version_num = 'd9999'"))
    with pytest.raises(desktop_migrate.DatabaseTooNewError, match="newer version"):
        desktop_migrate.upgrade(engine)


def test_a_wrong_key_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "enc.db"
    good = make_engine(path, bytes(32))
    desktop_migrate.upgrade(good)
    good.dispose()
    wrong = make_engine(path, b"\x01" * 32)
    with pytest.raises(WrongKeyError, match="key is wrong"), wrong.connect():
        pass


def test_the_database_file_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "enc.db"
    engine = make_engine(path, bytes(32))
    desktop_migrate.upgrade(engine)
    _insert_pending_work(engine)
    engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("enc.db*"))
    assert b"SQLite format 3" not in raw[:16]
    assert b"Nwosu" not in raw
