"""``hmso-server backup`` then ``restore`` into an empty database brings the rows back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync_server.cli import main


@pytest.fixture
def empty_db(pg_admin_url: str) -> Iterator[str]:
    name = f"r_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    yield sa.make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


def test_backup_and_restore_round_trip(
    monkeypatch: pytest.MonkeyPatch, pg_url: str, empty_db: str, tmp_path: Path
) -> None:
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    assert (
        main(["create-hospital", "--code", "ABJ", "--name", "Abuja Central", "--state", "FCT"]) == 0
    )
    dump = tmp_path / "site.dump"
    assert main(["backup", "--output", str(dump)]) == 0
    assert dump.read_bytes().startswith(b"PGDMP")
    monkeypatch.setenv("HMSO_DATABASE_URL", empty_db)
    assert main(["restore", str(dump)]) == 0
    engine = sa.create_engine(empty_db, poolclass=sa.NullPool)
    with engine.connect() as c:
        assert c.scalar(sa.text("SELECT name FROM hospitals WHERE code = 'ABJ'")) == "Abuja Central"
        assert c.scalar(sa.text("SELECT count(*) FROM audit_log")) == 1
    engine.dispose()
    assert main(["restore", str(tmp_path / "missing.dump")]) == 2
