"""Import every module that declares tables, so ``metadata`` below is complete."""

from __future__ import annotations

import sqlalchemy as sa

import shared.db.models  # noqa: F401  (registers the domain tables)
import sync_server.admin.tables
import sync_server.auth.tables
import sync_server.jobs.tables
import sync_server.messaging.budgets
import sync_server.messaging.tables
import sync_server.owners.tables
import sync_server.sync.tables  # noqa: F401  (change log, device progress, rejections)
from shared.db.base import Base
from sync_server.db.tables import ServerBase

METADATA: list[sa.MetaData] = [Base.metadata, ServerBase.metadata]
