"""Communications: templates, campaigns, the message outbox, delivery records, opt-outs.

A message row is the outbox: desks create it (also offline) with status
``queued``; only the server's dispatcher moves it on. Every try at a provider
is one ``message_attempts`` row written *before* the call goes out, which is
what lets a crashed worker find out whether the provider already took it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.db.base import Base, SyncedMixin, currency_check, hospital_fk
from shared.db.types import enum_column
from shared.domain.enums import (
    CampaignStatus,
    Channel,
    Language,
    MessagePurpose,
    MessageStatus,
    RecipientStatus,
    SuppressionReason,
    SuppressionScope,
)


class MessageTemplate(SyncedMixin, Base):
    __tablename__ = "message_templates"
    __table_args__ = (sa.UniqueConstraint("key", "channel", "language"),)

    key: Mapped[str] = mapped_column(sa.String(80))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, name="channel"))
    language: Mapped[Language] = mapped_column(
        enum_column(Language, name="language"), default=Language.ENGLISH
    )
    name: Mapped[str] = mapped_column(sa.String(120))
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    variables: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    purpose: Mapped[MessagePurpose] = mapped_column(
        enum_column(MessagePurpose, name="purpose"), default=MessagePurpose.TRANSACTIONAL
    )
    whatsapp_content_sid: Mapped[str | None] = mapped_column(sa.String(64))
    active: Mapped[bool] = mapped_column(default=True)


class Campaign(SyncedMixin, Base):
    __tablename__ = "campaigns"
    __table_args__ = (
        currency_check(),
        sa.CheckConstraint(
            "budget_cap_minor IS NULL OR budget_cap_minor >= 0", name="budget_not_negative"
        ),
    )

    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    template_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("message_templates.id", ondelete="RESTRICT")
    )
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, name="channel"))
    purpose: Mapped[MessagePurpose] = mapped_column(
        enum_column(MessagePurpose, name="purpose"), default=MessagePurpose.HEALTH_EDUCATION
    )
    audience_filter: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    variables: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    scheduled_at: Mapped[dt.datetime | None]
    status: Mapped[CampaignStatus] = mapped_column(
        enum_column(CampaignStatus, name="status"), default=CampaignStatus.DRAFT
    )
    currency: Mapped[str] = mapped_column(sa.String(3), default="NGN")
    budget_cap_minor: Mapped[int | None] = mapped_column(sa.BigInteger)
    estimated_cost_minor: Mapped[int | None] = mapped_column(sa.BigInteger)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime | None]
    started_at: Mapped[dt.datetime | None]
    completed_at: Mapped[dt.datetime | None]


class Message(SyncedMixin, Base):
    __tablename__ = "messages"
    __table_args__ = (
        sa.CheckConstraint("attempts >= 0 AND attempts <= max_attempts", name="attempts_bounded"),
        sa.Index("ix_messages_dispatch", "status", "priority", "next_attempt_at"),
        sa.Index("ix_messages_provider_message_id", "provider_message_id"),
    )

    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    patient_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("patients.id", ondelete="RESTRICT"), index=True
    )
    owner_account_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("owner_accounts.id", ondelete="RESTRICT"), index=True
    )
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("campaigns.id", ondelete="RESTRICT"), index=True
    )
    template_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("message_templates.id"))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, name="channel"))
    address: Mapped[str] = mapped_column(sa.String(254))
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    content_variables: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    purpose: Mapped[MessagePurpose] = mapped_column(
        enum_column(MessagePurpose, name="purpose"), default=MessagePurpose.TRANSACTIONAL
    )
    urgent: Mapped[bool] = mapped_column(default=False)
    priority: Mapped[int] = mapped_column(default=100)
    status: Mapped[MessageStatus] = mapped_column(
        enum_column(MessageStatus, name="status"), default=MessageStatus.QUEUED
    )
    scheduled_for: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=3)
    next_attempt_at: Mapped[dt.datetime | None]
    provider: Mapped[str | None] = mapped_column(sa.String(40))
    provider_message_id: Mapped[str | None] = mapped_column(sa.String(100))
    error_code: Mapped[str | None] = mapped_column(sa.String(60))
    error_message: Mapped[str | None] = mapped_column(sa.String(500))
    sent_at: Mapped[dt.datetime | None]
    delivered_at: Mapped[dt.datetime | None]
    read_at: Mapped[dt.datetime | None]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))


class MessageAttempt(SyncedMixin, Base):
    """One try at a provider, recorded before the call (server-only)."""

    __tablename__ = "message_attempts"
    __table_args__ = (sa.UniqueConstraint("message_id", "attempt_number"),)

    message_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("messages.id", ondelete="RESTRICT"), index=True
    )
    attempt_number: Mapped[int]
    provider: Mapped[str] = mapped_column(sa.String(40))
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    outcome: Mapped[str | None] = mapped_column(sa.String(40))
    provider_message_id: Mapped[str | None] = mapped_column(sa.String(100))
    error_code: Mapped[str | None] = mapped_column(sa.String(60))
    error_message: Mapped[str | None] = mapped_column(sa.String(500))


class DeliveryEvent(SyncedMixin, Base):
    """A provider's status report; unique per provider event so replays change nothing."""

    __tablename__ = "delivery_events"
    __table_args__ = (sa.UniqueConstraint("provider", "provider_event_id"),)

    message_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("messages.id", ondelete="RESTRICT"), index=True
    )
    provider: Mapped[str] = mapped_column(sa.String(40))
    provider_event_id: Mapped[str] = mapped_column(sa.String(120))
    event: Mapped[str] = mapped_column(sa.String(40))
    occurred_at: Mapped[dt.datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)


class CampaignRecipient(SyncedMixin, Base):
    __tablename__ = "campaign_recipients"
    __table_args__ = (sa.UniqueConstraint("campaign_id", "patient_id"),)

    campaign_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("campaigns.id", ondelete="RESTRICT"), index=True
    )
    patient_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("patients.id", ondelete="RESTRICT"))
    message_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("messages.id"))
    status: Mapped[RecipientStatus] = mapped_column(
        enum_column(RecipientStatus, name="status"), default=RecipientStatus.PENDING
    )
    skip_reason: Mapped[str | None] = mapped_column(sa.String(200))
    responded: Mapped[bool] = mapped_column(default=False)


class Suppression(SyncedMixin, Base):
    """An opt-out. ``lifted_at`` records consent given again; the row itself stays."""

    __tablename__ = "suppressions"
    __table_args__ = (sa.Index("ix_suppressions_address", "address"),)

    address: Mapped[str] = mapped_column(sa.String(254))
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel, name="channel"))
    scope: Mapped[SuppressionScope] = mapped_column(
        enum_column(SuppressionScope, name="scope"), default=SuppressionScope.MARKETING
    )
    reason: Mapped[SuppressionReason] = mapped_column(enum_column(SuppressionReason, name="reason"))
    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    patient_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("patients.id"))
    note: Mapped[str | None] = mapped_column(sa.String(300))
    lifted_at: Mapped[dt.datetime | None]


class ChannelPrice(SyncedMixin, Base):
    """Price per SMS segment / WhatsApp message / e-mail, for cost-before-sending."""

    __tablename__ = "channel_prices"
    __table_args__ = (sa.UniqueConstraint("channel", "currency"), currency_check())

    channel: Mapped[Channel] = mapped_column(enum_column(Channel, name="channel"))
    currency: Mapped[str] = mapped_column(sa.String(3), default="NGN")
    price_minor: Mapped[int] = mapped_column(sa.BigInteger)
