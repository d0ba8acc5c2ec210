"""Tables only the server has (credentials, tokens, the sync change log, ...).

They live on their own ``MetaData`` so the desktop's migrations never create
them. Each server package declares its tables on ``ServerBase`` in its own
module; ``sync_server.db.all_tables`` imports them all for Alembic.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase

from shared.db.base import NAMING_CONVENTION
from shared.db.types import UTCDateTime


class ServerBase(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        uuid.UUID: sa.Uuid(),
        dict[str, Any]: sa.JSON(),
    }
