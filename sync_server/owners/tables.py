"""Server-only bookkeeping for payouts: which revenue entry went into which payout.

A row per (contract, revenue entry) makes allocation explicit: an entry is
counted in at most one payout per contract (the primary key refuses a second),
late revenue is simply an entry with no row yet, and the payout explainer
reads these rows to trace every statement line back to its entries.

The foreign keys name the domain tables' column objects, not strings: the
domain tables live on another ``MetaData``, where a string could not be
resolved when the unit of work orders its inserts.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.db.models.owners import Contract, Payout, RevenueEntry
from sync_server.db.tables import ServerBase


class PayoutAllocation(ServerBase):
    __tablename__ = "payout_allocations"

    contract_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey(Contract.__table__.c.id, ondelete="RESTRICT"), primary_key=True
    )
    revenue_entry_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey(RevenueEntry.__table__.c.id, ondelete="RESTRICT"), primary_key=True
    )
    payout_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey(Payout.__table__.c.id, ondelete="RESTRICT"), index=True
    )
    #: True when the entry belongs to an earlier period (an adjustment line).
    late: Mapped[bool] = mapped_column(default=False)
