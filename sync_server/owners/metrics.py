"""Monthly performance packs and owner satisfaction, read from PostgreSQL.

The arithmetic is ``shared.domain.owner_metrics``; this module only gathers
the counts. A pack shows one hospital beside the network's medians, so an
owner never sees another hospital's own figures.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import lagos_today
from shared.db import models as m
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.enums import AppointmentStatus
from shared.domain.owner_metrics import (
    ContractTerm,
    HospitalMonth,
    PerformancePack,
    average_score,
    communication_engagement_rate,
    contract_renewal_rate,
    payout_completion_rate,
    performance_pack,
    satisfaction_trend,
    survey_response_rate,
)
from shared.domain.payouts import period_bounds, period_first_day, period_last_day, period_of
from shared.errors import NotFoundError
from sync_server.owners.surveys import response_counts

ATTENDED = (AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED)


def _appointment_counts(session: Session, period: str) -> dict[uuid.UUID, dict[str, int]]:
    start, end = period_bounds(period)
    a = m.Appointment
    rows = session.execute(
        sa.select(a.hospital_id, a.status, sa.func.count())
        .where(a.starts_at >= start, a.starts_at < end, a.deleted_at.is_(None))
        .group_by(a.hospital_id, a.status)
    )
    counts: dict[uuid.UUID, dict[str, int]] = defaultdict(lambda: {"visits": 0, "no_shows": 0})
    for hospital_id, status, n in rows:
        if status in ATTENDED:
            counts[hospital_id]["visits"] += n
        elif status is AppointmentStatus.NO_SHOW:
            counts[hospital_id]["no_shows"] += n
    return counts


def _nps_scores(session: Session, period: str) -> dict[uuid.UUID, list[int]]:
    start, end = period_bounds(period)
    f = m.PatientFeedback
    rows = session.execute(
        sa.select(f.hospital_id, f.nps).where(
            f.submitted_at >= start,
            f.submitted_at < end,
            f.nps.is_not(None),
            f.deleted_at.is_(None),
        )
    )
    scores: dict[uuid.UUID, list[int]] = defaultdict(list)
    for hospital_id, nps in rows:
        scores[hospital_id].append(nps)
    return scores


def _revenue(session: Session, period: str) -> dict[uuid.UUID, int]:
    s = m.RevenueSummary
    rows = session.execute(
        sa.select(s.hospital_id, sa.func.sum(s.total_minor))
        .where(s.day >= period_first_day(period), s.day <= period_last_day(period))
        .group_by(s.hospital_id)
    )
    return {hospital_id: int(total) for hospital_id, total in rows}


def _recovery(session: Session, period: str) -> dict[uuid.UUID, tuple[int, int]]:
    """Each hospital's ``(known, recovered)`` callbacks, as the service-recovery job counted."""
    r = m.ServiceRecoveryMonth
    rows = session.execute(
        sa.select(r.hospital_id, r.known, r.recovered).where(
            r.period == period, r.deleted_at.is_(None)
        )
    )
    return {hospital_id: (known, recovered) for hospital_id, known, recovered in rows}


def hospital_months(session: Session, period: str) -> dict[uuid.UUID, HospitalMonth]:
    """Every active hospital's month, the network the medians are taken over."""
    counts, scores = _appointment_counts(session, period), _nps_scores(session, period)
    revenue = _revenue(session, period)
    recovery = _recovery(session, period)
    hospitals = session.scalars(sa.select(m.Hospital.id).where(m.Hospital.deleted_at.is_(None)))
    return {
        hid: HospitalMonth(
            visits=counts[hid]["visits"],
            no_shows=counts[hid]["no_shows"],
            nps_scores=tuple(scores.get(hid, ())),
            revenue_minor=revenue.get(hid, 0),
            recovery_known=recovery.get(hid, (0, 0))[0],
            recovery_recovered=recovery.get(hid, (0, 0))[1],
        )
        for hid in hospitals
    }


def _owner_of(session: Session, principal: Principal, hospital_id: uuid.UUID) -> uuid.UUID | None:
    """The hospital's owner as the access check needs it: the caller's own, if it is one."""
    owners = set(
        session.scalars(
            sa.select(m.Contract.owner_account_id).where(
                m.Contract.hospital_id == hospital_id, m.Contract.deleted_at.is_(None)
            )
        )
    )
    if principal.owner_account_id in owners:
        return principal.owner_account_id
    return next(iter(owners), None)


def hospital_performance(
    session: Session, principal: Principal, hospital_id: uuid.UUID, period: str
) -> PerformancePack:
    """The hospital's performance pack for the month (its owner, its manager, admins)."""
    require(
        principal,
        Action.READ,
        Resource.REPORTS,
        hospital_id=hospital_id,
        owner_account_id=_owner_of(session, principal, hospital_id),
    )
    network = hospital_months(session, period)
    if hospital_id not in network:
        raise NotFoundError("No such hospital.", field="hospital_id")
    return performance_pack(network[hospital_id], list(network.values()))


@dataclass(frozen=True, slots=True)
class OwnerSatisfaction:
    average: float | None
    trend: float | None
    payout_completion_rate: float | None
    communication_engagement_rate: float | None
    contract_renewal_rate: float | None
    survey_response_rate: float | None


def _survey_averages(session: Session, owner_account_id: uuid.UUID) -> dict[str, float]:
    s = m.OwnerSatisfactionSurvey
    surveys = session.scalars(
        sa.select(s).where(
            s.owner_account_id == owner_account_id,
            s.responded_at.is_not(None),
            s.deleted_at.is_(None),
        )
    )
    by_period: dict[str, list[int | None]] = defaultdict(list)
    for survey in surveys:
        assert survey.responded_at is not None
        by_period[period_of(survey.responded_at)].append(survey.overall_score)
    averages = {p: average_score(scores) for p, scores in by_period.items()}
    return {p: avg for p, avg in averages.items() if avg is not None}


def owner_satisfaction(
    session: Session, principal: Principal, owner_account_id: uuid.UUID, *, now: dt.datetime
) -> OwnerSatisfaction:
    """Satisfaction metrics for one owner (staff dashboards and the owner's own view)."""
    require(principal, Action.READ, Resource.OWNERS, owner_account_id=owner_account_id)
    averages = _survey_averages(session, owner_account_id)
    latest = averages[max(averages)] if averages else None
    statuses = session.scalars(
        sa.select(m.Payout.status).where(m.Payout.owner_account_id == owner_account_id)
    )
    log = session.execute(
        sa.select(m.OwnerCommunication.direction, m.OwnerCommunication.occurred_at).where(
            m.OwnerCommunication.owner_account_id == owner_account_id
        )
    )
    contracts = session.scalars(
        sa.select(m.Contract).where(m.Contract.owner_account_id == owner_account_id)
    )
    terms = [
        ContractTerm(str(c.owner_account_id), str(c.hospital_id), c.start_date, c.end_date)
        for c in contracts
    ]
    return OwnerSatisfaction(
        average=latest,
        trend=satisfaction_trend(averages),
        payout_completion_rate=payout_completion_rate(list(statuses)),
        communication_engagement_rate=communication_engagement_rate([(d, at) for d, at in log]),
        contract_renewal_rate=contract_renewal_rate(terms, as_of=lagos_today(now)),
        survey_response_rate=survey_response_rate(*response_counts(session, owner_account_id)),
    )
