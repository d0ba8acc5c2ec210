"""Migrate the local database at start-up, in place, in one transaction.

A database written by a newer version of the app is refused rather than
guessed at: downgrading the app must never corrupt unsynced work.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(RuntimeError):
    """The local database was written by a newer version of the app."""


def alembic_config(connection: sa.Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_heads()
        unknown = [rev for rev in current if rev not in known]
        if unknown:
            raise DatabaseTooNewError(
                "This PC's database was written by a newer version of GrandPro CRM "
                f"(schema {', '.join(unknown)}). Install the newer version to keep its data."
            )
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
