"""Fixtures every test layer shares: a real PostgreSQL and fresh SQLite files.

PostgreSQL is the embedded ``pgserver`` one (or ``HMSO_TEST_DATABASE_URL``),
started once per test session. Each test that asks for ``pg_engine`` gets a
fresh database created from the migrated template, so tests never see each
other's rows and never need a cleanup step.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEMPLATE_DB = "hmso_template"


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """The test PostgreSQL: ``HMSO_TEST_DATABASE_URL``, or an embedded one for this run.

    The embedded server's data lives in its own temporary directory (not
    pytest's rotated ``tmp_path`` tree, which concurrent runs prune) and is
    stopped and deleted when the session ends.
    """
    configured = os.environ.get("HMSO_TEST_DATABASE_URL")
    if configured:
        from sync_server.db.engine import sqlalchemy_url

        yield sqlalchemy_url(configured)
        return
    import pgserver

    home = Path(tempfile.mkdtemp(prefix="hmso-test-pg-"))
    server = pgserver.get_server(str(home / "pgdata"), cleanup_mode="delete")
    yield f"postgresql+psycopg://postgres:@/postgres?host={home / 'pgdata'}"
    server.cleanup()
    shutil.rmtree(home, ignore_errors=True)


def _with_database(url: str, name: str) -> str:
    return sa.make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    """A database migrated to head once; each test clones it (fast, isolated)."""
    from sync_server.db import migrate

    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}")
        conn.exec_driver_sql(f"CREATE DATABASE {TEMPLATE_DB}")
    admin.dispose()
    engine = sa.create_engine(_with_database(pg_admin_url, TEMPLATE_DB), poolclass=sa.NullPool)
    migrate.upgrade(engine)
    engine.dispose()
    return TEMPLATE_DB


@pytest.fixture
def pg_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield _with_database(pg_admin_url, name)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


#: Fills a fresh database once; its clones are what tests get (see ``pg_prepared``).
Fill = Callable[[Session], None]


@pytest.fixture(scope="session")
def _prepared_templates(pg_admin_url: str, pg_template: str) -> dict[str, str]:
    """The databases ``pg_prepared`` filled this session, by key: template database names."""
    return {}


@pytest.fixture
def pg_prepared(
    pg_admin_url: str, pg_template: str, _prepared_templates: dict[str, str]
) -> Iterator[Callable[[str, Fill], str]]:
    """A fresh database holding what ``fill`` writes, filled once per ``key`` and cloned.

    Seeding the demo takes seconds; a test module that reads the same demo
    in each test clones the filled database instead (``CREATE DATABASE ...
    TEMPLATE``), so each test still has rows of its own to change.
    """
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    clones: list[str] = []

    def prepared(key: str, fill: Fill) -> str:
        template = _prepared_templates.get(key)
        if template is None:
            template = f"p_{uuid.uuid4().hex[:12]}"
            with admin.connect() as conn:
                conn.exec_driver_sql(f"CREATE DATABASE {template} TEMPLATE {pg_template}")
            engine = sa.create_engine(_with_database(pg_admin_url, template), poolclass=sa.NullPool)
            with sessionmaker(engine).begin() as session:
                fill(session)
            engine.dispose()
            _prepared_templates[key] = template
        name = f"t_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
        clones.append(name)
        return _with_database(pg_admin_url, name)

    yield prepared
    with admin.connect() as conn:
        for name in clones:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture(scope="session")
def run_started() -> dt.datetime:
    """The moment the run's "demo as of today" is seeded at: once per run, as ``make run`` does."""
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def demo_at(pg_prepared: Callable[[str, Fill], str]) -> Callable[[dt.datetime], str]:
    """A fresh database holding the demo seeded at ``now``; seeded once per moment per run."""
    from sync_server.ops.demo_data import seed

    def database(now: dt.datetime) -> str:
        return pg_prepared(f"demo-{now.isoformat()}", lambda session: seed(session, now=now))

    return database


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(pg_url, poolclass=sa.NullPool)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_session(pg_engine: sa.Engine) -> Iterator[Session]:
    with sessionmaker(pg_engine, expire_on_commit=False)() as session:
        yield session


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[sa.Engine]:
    """A fresh, migrated, plain-SQLite desktop store."""
    from desktop.store import migrate
    from desktop.store.engine import make_engine

    engine = make_engine(tmp_path / "desk.db", None)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_session(sqlite_engine: sa.Engine) -> Iterator[Session]:
    with sessionmaker(sqlite_engine, expire_on_commit=False)() as session:
        yield session


@pytest.fixture(params=["sqlite", "postgresql"])
def any_session(request: pytest.FixtureRequest) -> Session:
    """The same test on both stores: the domain model must behave alike on each."""
    name = "sqlite_session" if request.param == "sqlite" else "pg_session"
    session: Session = request.getfixturevalue(name)
    return session
