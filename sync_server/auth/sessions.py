"""Ending a user's sessions: the one step behind log-out, a new password and account changes.

Raising the user's token version stops every access token they hold on the
next request (see ``sync_server.auth.standing``); revoking refresh tokens
stops them getting new ones. Whatever changes who a user is or what they may
do (deactivation, deletion, a new role or hospital, a new password) calls
:func:`end_sessions`, so no path can forget half of it.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from shared.clock import utcnow
from sync_server.auth.standing import mark_changed
from sync_server.auth.tables import RefreshToken, UserCredential


def end_sessions(
    session: Session, user_id: uuid.UUID, *, device_id: uuid.UUID | None = None
) -> None:
    """End every access token of the user, and their refresh tokens on ``device_id`` (or all).

    A user without a credential row gets one with no password, so even a
    token issued to them some other way carries a version that no longer matches.
    """
    bump = insert(UserCredential).values(user_id=user_id, password_hash="", token_version=1)
    session.execute(
        bump.on_conflict_do_update(
            index_elements=[UserCredential.user_id],
            set_={"token_version": UserCredential.token_version + 1},
        )
    )
    revoke_refresh_tokens(session, user_id, device_id=device_id)
    mark_changed(session)


def revoke_refresh_tokens(
    session: Session, user_id: uuid.UUID, *, device_id: uuid.UUID | None = None
) -> None:
    """Revoke the user's live refresh tokens on one device, or on every device."""
    query = sa.update(RefreshToken).where(
        RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None)
    )
    if device_id is not None:
        query = query.where(RefreshToken.device_id == device_id)
    session.execute(query.values(revoked_at=utcnow()))
