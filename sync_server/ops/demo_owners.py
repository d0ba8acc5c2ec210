"""The owners' side of the demo: a year of monthly payout runs, their surveys and contact log.

The runs are the real monthly run (``owners.service.run_monthly_payouts``) at
the moment the scheduled job would have made each one, and approving and
paying go through ``transition_payout`` as an administrator, so every payout,
allocation, revenue summary and audit entry is what production would hold,
and each statement adds up to the payments of its month. The latest month is
left pending and the one before approved: the admin has something to do.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from shared.clock import to_lagos
from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import Direction, LogChannel, PayoutStatus, Role
from shared.domain.feedback import SatisfactionInput
from shared.domain.payouts import TransitionDetails, next_period, payout_run_at, period_first_day
from sync_server.ops.demo_world import DemoWorld, days_between, lagos_at
from sync_server.owners import service, surveys

#: Days after the run that the admin approves a payout, and that the bank transfer goes out.
APPROVED_AFTER = dt.timedelta(days=2)
PAID_AFTER = dt.timedelta(days=4)
#: How far each of the last months got, counted from the latest (1): the rest are paid.
_SETTLED_AS = {1: PayoutStatus.PENDING, 2: PayoutStatus.APPROVED}
#: (overall, communication, payout timeliness, reporting, hospital performance) by round.
SCORES = ((4, 4, 3, 4, 4), (5, 4, 4, 5, 4), (4, 5, 5, 4, 3), (5, 5, 4, 5, 5))
SURVEY_COMMENTS = (
    "Statements are clear; payment came two days late.",
    "Happy with the monthly reports.",
    "Please add the patient count per clinic to the statement.",
    None,
)
CONTACT_LOG = (
    (
        LogChannel.MEETING,
        "Quarterly review",
        "Went through the quarter's revenue and the new scan room.",
    ),
    (LogChannel.CALL, "Payout question", "Explained the management fee on last month's statement."),
    (LogChannel.EMAIL, "Contract renewal", "Sent the draft renewal for the coming year."),
)


def build_owners(world: DemoWorld) -> None:
    """Run every closed month of the history, settle them, then the surveys and contact log."""
    admin = world.admin
    assert admin is not None
    principal = Principal(admin.id, Role.ADMIN)
    periods = _closed_periods(world)
    # The year of payments went in moments ago, in this transaction: without
    # statistics PostgreSQL plans each run's allocation as if the table were empty.
    world.session.execute(sa.text("ANALYZE revenue_entries, payout_allocations"))
    for n, period in enumerate(periods):
        run_at = min(payout_run_at(period), world.now)
        created = service.run_monthly_payouts(world.session, period, now=run_at).created
        world.counts.payouts += len(created)
        target = _SETTLED_AS.get(len(periods) - n, PayoutStatus.PAID)
        for payout_id in created:
            _settle(world, principal, payout_id, run_at, target)
    _refresh_this_month(world)
    _surveys(world)
    _contact_log(world)


def _closed_periods(world: DemoWorld) -> list[str]:
    """The months from the start of the history up to last month."""
    this_month = f"{world.today:%Y-%m}"
    period, out = f"{world.history_start:%Y-%m}", []
    while period < this_month:
        out.append(period)
        period = next_period(period)
    return out


def _settle(
    world: DemoWorld,
    principal: Principal,
    payout_id: uuid.UUID,
    run_at: dt.datetime,
    target: PayoutStatus,
) -> None:
    """Approve and pay as the admin would, a few days after the run (never after now)."""
    if target is PayoutStatus.PENDING:
        return
    approved_at = min(run_at + APPROVED_AFTER, world.now)
    service.transition_payout(
        world.session, payout_id, PayoutStatus.APPROVED, principal, now=approved_at
    )
    if target is not PayoutStatus.PAID:
        return
    paid_at = min(run_at + PAID_AFTER, world.now)
    details = TransitionDetails(
        bank_reference=f"FBN{world.rng.randrange(10**10):010d}",
        paid_on=to_lagos(paid_at).date(),
    )
    service.transition_payout(
        world.session, payout_id, PayoutStatus.PAID, principal, details=details, now=paid_at
    )


def _refresh_this_month(world: DemoWorld) -> None:
    """This month's daily totals, which the owner's dashboard shows before any run."""
    first = period_first_day(f"{world.today:%Y-%m}")
    days = set(days_between(first, world.today))
    for hospital in world.hospitals:
        service.refresh_revenue_summaries(world.session, hospital.row.id, days, now=world.now)


def _quarters(world: DemoWorld) -> list[tuple[str, dt.date]]:
    """The last four whole quarters, each with the day after it ends (when its survey goes out)."""
    quarter_start = dt.date(world.today.year, (world.today.month - 1) // 3 * 3 + 1, 1)
    out = []
    for _ in range(len(SCORES)):
        end = quarter_start
        months = quarter_start.year * 12 + quarter_start.month - 1 - 3
        quarter_start = dt.date(months // 12, months % 12 + 1, 1)
        out.append((f"{quarter_start.year}-Q{(quarter_start.month - 1) // 3 + 1}", end))
    return out[::-1]


def _surveys(world: DemoWorld) -> None:
    """Each owner answered the last four quarterly rounds, through the answering code."""
    for owner in world.owners:
        hospital = next(h for h in world.hospitals if h.owner is owner)
        for (survey_round, sent_on), scores, comment in zip(
            _quarters(world), SCORES, SURVEY_COMMENTS, strict=True
        ):
            sent_at = lagos_at(sent_on, 10)
            survey = world.add(
                m.OwnerSatisfactionSurvey(
                    owner_account_id=owner.id, survey_round=survey_round, sent_at=sent_at
                )
            )
            overall, communication, timeliness, reporting, performance = scores
            answers = SatisfactionInput(
                hospital_id=hospital.row.id,
                overall_score=overall,
                communication_score=communication,
                payout_timeliness_score=timeliness,
                reporting_transparency_score=reporting,
                hospital_performance_score=performance,
                comments=comment,
            )
            answered_at = min(sent_at + dt.timedelta(days=3), world.now)
            world.flush()
            surveys.answer_survey(world.session, survey, answers, principal=None, now=answered_at)


def _contact_log(world: DemoWorld) -> None:
    for owner in world.owners:
        for weeks, (channel, subject, summary) in zip((9, 5, 1), CONTACT_LOG, strict=True):
            at = world.now - dt.timedelta(weeks=weeks, hours=world.rng.randint(1, 48))
            world.add(
                m.OwnerCommunication(
                    owner_account_id=owner.id,
                    channel=channel,
                    direction=Direction.OUTBOUND,
                    subject=subject,
                    summary=summary,
                    occurred_at=at,
                    created_at=at,
                    updated_at=at,
                )
            )
