"""Server-only administration secrets: owners' bank account numbers, encrypted.

The replicated ``owner_accounts.bank_account_number`` holds only the masked
form (``******6789``); the number itself is kept here as a Fernet token
(``sync_server.admin.secrets``), so neither a desk nor a database dump
without the key holds it.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.clock import utcnow
from shared.db.models.owners import OwnerAccount
from sync_server.db.tables import ServerBase


class OwnerBankSecret(ServerBase):
    __tablename__ = "owner_bank_secrets"

    owner_account_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey(OwnerAccount.id, ondelete="CASCADE"), primary_key=True
    )
    account_number_token: Mapped[str] = mapped_column(sa.Text)
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
