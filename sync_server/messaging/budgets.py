"""A hospital's monthly campaign budget: what its campaigns may cost GrandPro in a Lagos month.

A campaign's own ``budget_cap_minor`` asks for a manager's approval when its
estimate is above it; this cap is a hard limit an administrator sets per
hospital. Launching a campaign, and starting an approved one, is refused when
the campaigns already committed this month (scheduled, approved, running or
completed, by their estimated cost) plus this one would pass it. A hospital
without a row has no monthly limit; a network-wide campaign (no hospital) is
not counted against any.

The row is the server's alone (``campaign_budgets``): sending is the
server's, so no desk needs it, and it is set only in Administration.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, Session, mapped_column

from shared.clock import LAGOS, as_utc, utcnow
from shared.db.base import new_id
from shared.db.models import Campaign, Hospital
from shared.domain.enums import CampaignStatus
from shared.domain.money import Money
from shared.errors import ConflictError
from sync_server.db.tables import ServerBase

#: Campaigns whose cost is committed: they will send, or have sent.
COMMITTED = (
    CampaignStatus.SCHEDULED,
    CampaignStatus.APPROVED,
    CampaignStatus.RUNNING,
    CampaignStatus.COMPLETED,
)


class CampaignBudget(ServerBase):
    __tablename__ = "campaign_budgets"
    __table_args__ = (
        sa.CheckConstraint("monthly_cap_minor >= 0", name="monthly_cap_not_negative"),
        sa.CheckConstraint("length(currency) = 3", name="currency_iso"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    hospital_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey(Hospital.id, ondelete="CASCADE"), unique=True
    )
    currency: Mapped[str] = mapped_column(sa.String(3), default="NGN")
    monthly_cap_minor: Mapped[int] = mapped_column(sa.BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class OverBudgetError(ConflictError):
    code = "over_monthly_budget"


def month_of(when: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The Lagos calendar month holding ``when``, as a UTC half-open range."""
    local = as_utc(when).astimezone(LAGOS)
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def committed_minor(session: Session, campaign: Campaign, month: tuple[dt.datetime, ...]) -> int:
    """The estimated cost of the hospital's other committed campaigns sending that month."""
    when = sa.func.coalesce(Campaign.scheduled_at, Campaign.created_at)
    total = session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(Campaign.estimated_cost_minor), 0)).where(
            Campaign.hospital_id == campaign.hospital_id,
            Campaign.id != campaign.id,
            Campaign.deleted_at.is_(None),
            Campaign.status.in_(COMMITTED),
            Campaign.currency == campaign.currency,
            when >= month[0],
            when < month[1],
        )
    )
    return int(total or 0)


def check_monthly_budget(
    session: Session, campaign: Campaign, cost_minor: int, now: dt.datetime | None = None
) -> None:
    """Refuse a campaign that would take its hospital past this month's campaign budget."""
    if campaign.hospital_id is None:
        return
    budget = session.scalars(
        sa.select(CampaignBudget).where(
            CampaignBudget.hospital_id == campaign.hospital_id,
            CampaignBudget.currency == campaign.currency,
            CampaignBudget.deleted_at.is_(None),
        )
    ).first()
    if budget is None:
        return
    month = month_of(campaign.scheduled_at or now or utcnow())
    spent = committed_minor(session, campaign, month)
    if spent + cost_minor > budget.monthly_cap_minor:
        raise OverBudgetError(
            _refusal(campaign, budget, spent, cost_minor, month[0]), field="budget"
        )


def _refusal(
    campaign: Campaign, budget: CampaignBudget, spent: int, cost: int, start: dt.datetime
) -> str:
    def money(minor: int) -> str:
        return Money(minor, campaign.currency).format_sms()

    left = max(budget.monthly_cap_minor - spent, 0)
    return (
        f"Budget: this campaign's estimated cost of {money(cost)} is more than the"
        f" {money(left)} left of the hospital's {money(budget.monthly_cap_minor)} campaign"
        f" budget for {start.astimezone(LAGOS):%B %Y}; an administrator can raise it"
    )
