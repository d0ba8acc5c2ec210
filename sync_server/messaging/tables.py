"""What the server last installed of each shipped template (``shipped_templates``).

An upgrade compares a template's current text with the text it last shipped:
equal means staff never edited it, so the new wording may replace it; different
means someone did, so their wording stays and the newer text waits here
(``held_back_hash``) for an administrator to look at.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.clock import utcnow
from sync_server.db.tables import ServerBase


class ShippedTemplate(ServerBase):
    __tablename__ = "shipped_templates"

    key: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    language: Mapped[str] = mapped_column(sa.String(8), primary_key=True)
    #: Hash of the shipped text last written into ``message_templates``.
    content_hash: Mapped[str] = mapped_column(sa.String(64))
    #: Hash of a newer shipped text not applied because staff had edited the template.
    held_back_hash: Mapped[str | None] = mapped_column(sa.String(64))
    installed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
