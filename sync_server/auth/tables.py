"""Server-only secrets: password hashes, token versions, sign-in throttles and refresh tokens.

They never replicate to a desk (the desk keeps its own cached-login verifier),
so they live on ``ServerBase`` rather than on the synced domain tables. Their
foreign keys name the domain columns as objects: the two ``MetaData`` differ,
so a ``"users.id"`` string would not resolve.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.clock import utcnow
from shared.db.base import new_id
from shared.db.models.organisation import Device, User
from sync_server.db.tables import ServerBase


class UserCredential(ServerBase):
    """One argon2id hash per user, and the version every access token must carry.

    Raising ``token_version`` ends every session of the user at once: access
    tokens carry the version they were issued under and stop matching.
    """

    __tablename__ = "user_credentials"

    user_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey(User.id, ondelete="CASCADE"), primary_key=True
    )
    password_hash: Mapped[str] = mapped_column(sa.String(200))
    token_version: Mapped[int] = mapped_column(default=0, server_default=sa.text("0"))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LoginThrottle(ServerBase):
    """Failed sign-ins of one typed username from one client, or of one client overall.

    Keyed by what was typed, not by the account, so an unknown username is
    slowed exactly like a real one; ``username`` is empty for the row that
    counts every failure of the client.
    """

    __tablename__ = "login_throttles"

    username: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    client: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    blocked_until: Mapped[dt.datetime | None]
    last_failure_at: Mapped[dt.datetime] = mapped_column(index=True)


class RefreshToken(ServerBase):
    """A refresh token, stored as its SHA-256, bound to one user on one device.

    Each use rotates it: the old row is revoked and points at its successor,
    so presenting a rotated token again reveals a copy and revokes the chain.
    """

    __tablename__ = "refresh_tokens"
    __table_args__ = (sa.Index("ix_refresh_tokens_device", "device_id", "user_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey(User.id, ondelete="CASCADE"))
    device_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey(Device.id, ondelete="CASCADE"))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    replaced_by_id: Mapped[uuid.UUID | None]
