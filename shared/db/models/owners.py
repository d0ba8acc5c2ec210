"""Owner CRM: owners, their contracts, revenue, payouts, communications and surveys.

Fees and shares are integer basis points (1250 = 12.5 %): no float ever
touches a payout. Revenue entries are append-only: a correction is a new,
negative entry (``reverses_id`` set), never an edit.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.db.base import Base, SyncedMixin, currency_check, hospital_fk, money_check
from shared.db.types import enum_column
from shared.domain.enums import (
    ContractStatus,
    Direction,
    DisputeStatus,
    LogChannel,
    OwnerKind,
    OwnerStatus,
    PaymentMethod,
    PayoutResponseKind,
    PayoutStatus,
)


def owner_fk() -> Mapped[uuid.UUID]:
    return mapped_column(sa.ForeignKey("owner_accounts.id", ondelete="RESTRICT"), index=True)


class OwnerAccount(SyncedMixin, Base):
    __tablename__ = "owner_accounts"
    __table_args__ = (
        sa.CheckConstraint(
            "bank_account_number IS NULL OR length(bank_account_number) = 10",
            name="nuban_length",
        ),
    )

    kind: Mapped[OwnerKind] = mapped_column(enum_column(OwnerKind, name="owner_kind"))
    display_name: Mapped[str] = mapped_column(sa.String(200))
    contact_name: Mapped[str | None] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    address: Mapped[str | None] = mapped_column(sa.String(300))
    state: Mapped[str | None] = mapped_column(sa.String(40))
    bank_name: Mapped[str | None] = mapped_column(sa.String(120))
    bank_account_number: Mapped[str | None] = mapped_column(sa.String(10))
    bank_account_name: Mapped[str | None] = mapped_column(sa.String(200))
    status: Mapped[OwnerStatus] = mapped_column(
        enum_column(OwnerStatus, name="owner_status"), default=OwnerStatus.ACTIVE
    )


class Contract(SyncedMixin, Base):
    __tablename__ = "contracts"
    __table_args__ = (
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        sa.CheckConstraint("management_fee_bps BETWEEN 0 AND 10000", name="fee_is_a_percentage"),
        sa.CheckConstraint("owner_share_bps BETWEEN 0 AND 10000", name="share_is_a_percentage"),
    )

    owner_account_id: Mapped[uuid.UUID] = owner_fk()
    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    reference: Mapped[str] = mapped_column(sa.String(40), unique=True)
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    #: When the contract is next up for renewal (shown to admins ahead of time).
    renewal_date: Mapped[dt.date | None]
    management_fee_bps: Mapped[int]
    owner_share_bps: Mapped[int] = mapped_column(default=10000)
    fixed_deductions_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    status: Mapped[ContractStatus] = mapped_column(
        enum_column(ContractStatus, name="contract_status"), default=ContractStatus.ACTIVE
    )
    notes: Mapped[str | None] = mapped_column(sa.Text)


class RevenueEntry(SyncedMixin, Base):
    """A payment taken at the front desk (append-only).

    ``receipt_number`` (``LKK0-2026-000123``, see ``shared.domain.receipts``)
    is unique per hospital; payments taken before it existed have none.
    ``description`` is the service paid for, printed on the receipt.
    """

    __tablename__ = "revenue_entries"
    __table_args__ = (
        currency_check(),
        sa.CheckConstraint(
            "amount_minor > 0 OR reverses_id IS NOT NULL", name="positive_unless_reversal"
        ),
        sa.Index("ix_revenue_entries_hospital_received", "hospital_id", "received_at"),
        # A payment is reversed at most once, even by two desks offline.
        sa.Index(
            "uq_revenue_entries_reverses_id",
            "reverses_id",
            unique=True,
            postgresql_where=sa.text("reverses_id IS NOT NULL"),
            sqlite_where=sa.text("reverses_id IS NOT NULL"),
        ),
        # Two desks offline never share a number; a pushed copy of one is refused.
        sa.Index(
            "uq_revenue_entries_hospital_receipt",
            "hospital_id",
            "receipt_number",
            unique=True,
            postgresql_where=sa.text("receipt_number IS NOT NULL"),
            sqlite_where=sa.text("receipt_number IS NOT NULL"),
        ),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("patients.id", ondelete="RESTRICT"), index=True
    )
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("appointments.id", ondelete="RESTRICT")
    )
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3), default="NGN")
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, name="method"))
    received_at: Mapped[dt.datetime]
    reference: Mapped[str | None] = mapped_column(sa.String(80))
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("revenue_entries.id"))
    note: Mapped[str | None] = mapped_column(sa.String(300))
    receipt_number: Mapped[str | None] = mapped_column(sa.String(24))
    description: Mapped[str | None] = mapped_column(sa.String(120))


class RevenueSummary(SyncedMixin, Base):
    """Per hospital, day and method: what owners' devices see instead of entries.

    Maintained by the server from revenue entries; carries no patient data.
    """

    __tablename__ = "revenue_summaries"
    __table_args__ = (
        sa.UniqueConstraint("hospital_id", "day", "method", "currency"),
        currency_check(),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    day: Mapped[dt.date]
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, name="method"))
    currency: Mapped[str] = mapped_column(sa.String(3))
    entry_count: Mapped[int] = mapped_column(default=0)
    total_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)


class ServiceRecoveryMonth(SyncedMixin, Base):
    """Per hospital and Lagos month: low-feedback callbacks and how many were recovered in time.

    Maintained by the server from ``patient_feedback`` (``sync_server.recovery``)
    so an owner's device can show the recovery rate; counts only, no patient data.
    """

    __tablename__ = "service_recovery_months"
    __table_args__ = (
        sa.UniqueConstraint("hospital_id", "period"),
        sa.CheckConstraint("recovered >= 0 AND recovered <= known", name="recovered_of_known"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    period: Mapped[str] = mapped_column(sa.String(7))
    #: Callbacks whose result is known: closed, or still open past their due time.
    known: Mapped[int] = mapped_column(default=0)
    #: Of those, closed as recovered by their due time.
    recovered: Mapped[int] = mapped_column(default=0)


class Payout(SyncedMixin, Base):
    """One contract's payout for one month. Server-owned: clients only read it."""

    __tablename__ = "payouts"
    __table_args__ = (
        sa.UniqueConstraint("contract_id", "period"),
        currency_check(),
        sa.CheckConstraint(
            "period >= '2000-01' AND period <= '2999-12' AND length(period) = 7"
            " AND substr(period, 5, 1) = '-' AND substr(period, 6, 2) BETWEEN '01' AND '12'",
            name="period_is_yyyy_mm",
        ),
        money_check("gross_minor", allow_negative=True),
        money_check("fee_minor"),
        money_check("deductions_minor"),
        sa.CheckConstraint(
            "net_minor = gross_minor + adjustments_minor - fee_minor - deductions_minor",
            name="net_reconciles",
        ),
        sa.CheckConstraint("status <> 'paid' OR paid_at IS NOT NULL", name="paid_has_date"),
    )

    contract_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("contracts.id", ondelete="RESTRICT"), index=True
    )
    owner_account_id: Mapped[uuid.UUID] = owner_fk()
    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    period: Mapped[str] = mapped_column(sa.String(7))
    currency: Mapped[str] = mapped_column(sa.String(3))
    gross_minor: Mapped[int] = mapped_column(sa.BigInteger)
    adjustments_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    fee_minor: Mapped[int] = mapped_column(sa.BigInteger)
    deductions_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    net_minor: Mapped[int] = mapped_column(sa.BigInteger)
    fee_bps: Mapped[int]
    revenue_entry_count: Mapped[int] = mapped_column(default=0)
    status: Mapped[PayoutStatus] = mapped_column(
        enum_column(PayoutStatus, name="payout_status"), default=PayoutStatus.PENDING
    )
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime | None]
    bank_reference: Mapped[str | None] = mapped_column(sa.String(80))
    paid_at: Mapped[dt.datetime | None]
    failure_reason: Mapped[str | None] = mapped_column(sa.String(300))


class PayoutResponse(SyncedMixin, Base):
    """An owner's acknowledgement or dispute of a payout statement."""

    __tablename__ = "payout_responses"

    payout_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("payouts.id", ondelete="RESTRICT"), index=True
    )
    owner_account_id: Mapped[uuid.UUID] = owner_fk()
    kind: Mapped[PayoutResponseKind] = mapped_column(
        enum_column(PayoutResponseKind, name="response_kind")
    )
    reason: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[DisputeStatus | None] = mapped_column(
        enum_column(DisputeStatus, name="dispute_status")
    )
    resolution: Mapped[str | None] = mapped_column(sa.Text)
    resolved_at: Mapped[dt.datetime | None]


class OwnerCommunication(SyncedMixin, Base):
    """Log of contact with an owner (append-only)."""

    __tablename__ = "owner_communications"

    owner_account_id: Mapped[uuid.UUID] = owner_fk()
    channel: Mapped[LogChannel] = mapped_column(enum_column(LogChannel, name="channel"))
    direction: Mapped[Direction] = mapped_column(
        enum_column(Direction, name="direction"), default=Direction.OUTBOUND
    )
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    summary: Mapped[str] = mapped_column(sa.Text)
    occurred_at: Mapped[dt.datetime]
    message_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("messages.id"))
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))


SURVEY_DIMENSIONS = (
    "communication",
    "payout_timeliness",
    "reporting_transparency",
    "hospital_performance",
    "overall",
)


class OwnerSatisfactionSurvey(SyncedMixin, Base):
    __tablename__ = "owner_satisfaction_surveys"
    __table_args__ = (
        *(
            sa.CheckConstraint(
                f"{d}_score IS NULL OR {d}_score BETWEEN 1 AND 5", name=f"{d}_1_to_5"
            )
            for d in SURVEY_DIMENSIONS
        ),
        sa.UniqueConstraint("owner_account_id", "survey_round"),
    )

    owner_account_id: Mapped[uuid.UUID] = owner_fk()
    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    #: The survey it belongs to (e.g. "2026-Q4"), set when GrandPro sends it: an owner
    #: gets each round once. Empty for answers given without an invitation.
    survey_round: Mapped[str | None] = mapped_column(sa.String(20))
    sent_at: Mapped[dt.datetime | None]
    responded_at: Mapped[dt.datetime | None]
    communication_score: Mapped[int | None]
    payout_timeliness_score: Mapped[int | None]
    reporting_transparency_score: Mapped[int | None]
    hospital_performance_score: Mapped[int | None]
    overall_score: Mapped[int | None]
    comments: Mapped[str | None] = mapped_column(sa.Text)
