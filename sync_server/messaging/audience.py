"""Campaign audiences as SQL: filters become WHERE clauses, skips become reasons.

The whole audience is inserted into ``campaign_recipients`` by one
``INSERT … SELECT … ON CONFLICT DO NOTHING``: 100,000 rows in well under a
second, and the unique (campaign_id, patient_id) key means running it twice
can never give anyone a second copy.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.orm import InstrumentedAttribute

from shared.clock import lagos_today
from shared.db.models import (
    Campaign,
    CampaignRecipient,
    LoyaltyTierChange,
    Patient,
    Suppression,
)
from shared.domain.enums import Channel, RecipientStatus, SuppressionScope
from shared.domain.loyalty import Tier
from shared.errors import FieldValidationError

_SIMPLE = {
    "hospital_id": Patient.hospital_id,
    "state": Patient.state,
    "lga": Patient.lga,
    "sex": Patient.sex,
    "language": Patient.preferred_language,
}


def address_column(channel: Channel) -> InstrumentedAttribute[str | None]:
    return Patient.email if channel is Channel.EMAIL else Patient.phone


def consent_column(channel: Channel) -> InstrumentedAttribute[bool]:
    return {
        Channel.SMS: Patient.consent_sms,
        Channel.WHATSAPP: Patient.consent_whatsapp,
        Channel.EMAIL: Patient.consent_email,
    }[channel]


def audience_where(filters: dict[str, Any]) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses for the campaign filters; an unknown filter names itself."""
    clauses: list[sa.ColumnElement[bool]] = [Patient.deleted_at.is_(None)]
    for name, value in filters.items():
        if value in (None, ""):
            continue
        if name in _SIMPLE:
            clauses.append(
                _SIMPLE[name] == (uuid.UUID(str(value)) if name == "hospital_id" else value)
            )
        elif name in ("min_age", "max_age"):
            clauses.append(_age_clause(name, int(value)))
        elif name == "last_visit_before":
            clauses.append(Patient.last_visit_at < dt.datetime.fromisoformat(str(value)))
        elif name == "last_visit_after":
            clauses.append(Patient.last_visit_at >= dt.datetime.fromisoformat(str(value)))
        elif name == "chronic_condition":
            clauses.append(sa.cast(Patient.chronic_conditions, JSONB).contains([value]))
        elif name == "loyalty_tier":
            clauses.append(_tier_clause(Tier(value)))
        else:
            raise FieldValidationError(f"audience_filter.{name}", "unknown audience filter")
    return clauses


def _tier_clause(tier: Tier) -> sa.ColumnElement[bool]:
    """Patients whose recorded tier is ``tier``: the latest move the daily review recorded.

    A patient never moved is Bronze. The recorded tier, not the lifetime sum,
    is what the profile shows (a downgrade waits out its grace period), so a
    campaign to Gold members reaches the patients the desk calls Gold.
    """
    latest = (
        sa.select(LoyaltyTierChange.patient_id, LoyaltyTierChange.to_tier)
        .where(LoyaltyTierChange.deleted_at.is_(None))
        .distinct(LoyaltyTierChange.patient_id)
        .order_by(LoyaltyTierChange.patient_id, LoyaltyTierChange.changed_at.desc())
        .subquery()
    )
    if tier is Tier.BRONZE:
        moved_up = sa.select(latest.c.patient_id).where(latest.c.to_tier != Tier.BRONZE)
        return Patient.id.not_in(moved_up)
    return Patient.id.in_(sa.select(latest.c.patient_id).where(latest.c.to_tier == tier))


def _age_clause(name: str, years: int) -> sa.ColumnElement[bool]:
    today = lagos_today()
    if name == "min_age":
        return Patient.date_of_birth <= today.replace(year=today.year - years)
    return Patient.date_of_birth > today.replace(year=today.year - years - 1)


def skip_reason(channel: Channel) -> sa.ColumnElement[Any]:
    """Why a matching patient gets nothing: consent, address or an opt-out."""
    address = address_column(channel)
    suppressed = (
        sa.select(Suppression.id)
        .where(
            Suppression.address == address,
            Suppression.lifted_at.is_(None),
            Suppression.deleted_at.is_(None),
            Suppression.scope.in_([SuppressionScope.ALL, SuppressionScope.MARKETING]),
            sa.or_(Suppression.channel.is_(None), Suppression.channel == channel),
        )
        .exists()
    )
    return sa.case(
        (address.is_(None), "no address for this channel"),
        (sa.not_(Patient.consent_marketing), "no marketing consent"),
        (sa.not_(consent_column(channel)), f"no consent for {channel.value}"),
        (suppressed, "recipient opted out"),
        else_=sa.null(),
    )


def count_audience(campaign: Campaign) -> sa.Select[tuple[int]]:
    return (
        sa.select(sa.func.count())
        .select_from(Patient)
        .where(*audience_where(campaign.audience_filter))
    )


def insert_recipients(campaign: Campaign) -> sa.Insert:
    reason = skip_reason(campaign.channel)
    status = sa.case(
        (reason.is_(None), sa.literal(RecipientStatus.PENDING.value)),
        else_=sa.literal(RecipientStatus.SKIPPED.value),
    )
    source = sa.select(
        sa.func.gen_random_uuid(),
        sa.literal(campaign.id),
        Patient.id,
        status,
        reason,
        sa.func.now(),
        sa.func.now(),
    ).where(*audience_where(campaign.audience_filter))
    columns = [
        "id",
        "campaign_id",
        "patient_id",
        "status",
        "skip_reason",
        "created_at",
        "updated_at",
    ]
    return (
        insert(CampaignRecipient)
        .from_select(columns, source)
        .on_conflict_do_nothing(index_elements=["campaign_id", "patient_id"])
    )
