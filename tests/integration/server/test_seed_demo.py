"""``seed-demo`` fills an empty database once, with a living year the app's own rules accept.

The clock is fixed at a Wednesday late morning in Lagos, so "today" has
visits done and visits to come, and the history's months are known.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import LAGOS
from shared.db import models as m
from shared.domain import earning, pooling
from shared.domain.earning import referral_key
from shared.domain.enums import (
    AppointmentStatus,
    CampaignStatus,
    FollowUpStatus,
    MessageStatus,
    PayoutStatus,
    ReminderStatus,
)
from shared.domain.loyalty import ProgramRules
from shared.domain.payouts import period_bounds
from shared.domain.phones import normalize_phone
from shared.domain.writer import SessionReader
from shared.reports.queries import load_statement
from shared.sync.validators import MergedRow, validators
from sync_server.cli import main
from sync_server.messaging.reminders import call_list
from sync_server.ops.demo_clinic import RECENT_DAYS
from sync_server.ops.demo_data import DEMO_PASSWORD, HOUSEHOLDS, NEWCOMERS
from sync_server.ops.demo_refresh import catch_up
from sync_server.sync.tables import SyncChange
from tests.integration.server.conftest import LiveServer

#: Wednesday 18 November 2026, 11:30 in Lagos.
NOW = dt.datetime(2026, 11, 18, 10, 30, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 18)
#: The twelve closed months the history runs payouts for, oldest first.
PERIODS = [
    f"{y}-{mo:02d}" for y, mo in [(2025, 11), (2025, 12)] + [(2026, n) for n in range(1, 11)]
]


@pytest.fixture
def demo(demo_at: Callable[[dt.datetime], str]) -> Iterator[sessionmaker[Session]]:
    """The demo seeded at ``NOW``: seeded once for the run, a fresh copy per test."""
    engine = sa.create_engine(demo_at(NOW), poolclass=sa.NullPool)
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()


def _lagos_day(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time(), LAGOS)
    return start, start + dt.timedelta(days=1)


def test_seed_demo_once_and_log_in_as_the_demo_manager(
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    tmp_path: Path,
    live_server: LiveServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    assert main(["seed-demo"]) == 0
    assert "3 hospitals, 120 patients" in capsys.readouterr().out
    assert main(["seed-demo"]) == 0
    assert "nothing seeded" in capsys.readouterr().out
    with Session(live_server.engine) as s:
        states = set(s.scalars(sa.select(m.Hospital.state)))
        assert states == {"Lagos", "FCT", "Kano"}
        phones = list(s.scalars(sa.select(m.Patient.phone)))
        assert len(phones) == 120
        assert all(normalize_phone(p) == p for p in phones if p)
        rewards = set(s.scalars(sa.select(m.LoyaltyReward.points_cost)))
        assert rewards == {1_000, 1_500, 2_000, 4_000}, "the seed's catalogue on the default scale"
        redemptions = list(s.scalars(sa.select(m.LoyaltyRedemption)))
        assert redemptions and all(r.used_on_id is not None for r in redemptions)
        ledger = sa.select(
            m.LoyaltyLedgerEntry.patient_id, sa.func.sum(m.LoyaltyLedgerEntry.points)
        )
        balances = s.execute(ledger.group_by(m.LoyaltyLedgerEntry.patient_id)).all()
        assert all(points >= 0 for _, points in balances), "nobody spent points they lacked"
        assert s.scalar(sa.select(sa.func.count()).select_from(m.Contract)) == 3
        assert (s.scalar(sa.select(sa.func.count()).select_from(SyncChange)) or 0) > 5000
    with live_server.client() as c:
        r = c.post("/api/auth/login", json={"username": "lkk.manager", "password": DEMO_PASSWORD})
        assert r.status_code == 200, r.text
        assert r.json()["device"]["prefix"] == "LKK1"


@pytest.mark.parametrize(
    "now",
    [NOW, NOW.replace(hour=5, minute=10), NOW.replace(hour=22, minute=50)],
    ids=["late morning", "before opening", "late evening"],
)
def test_every_hospital_has_a_clinic_today_split_at_now(
    demo_at: Callable[[dt.datetime], str], now: dt.datetime
) -> None:
    engine = sa.create_engine(demo_at(now), poolclass=sa.NullPool)
    sessions = sessionmaker(engine)
    start, end = _lagos_day(TODAY)
    with sessions() as s:
        for hospital in s.scalars(sa.select(m.Hospital)):
            rows = s.scalars(
                sa.select(m.Appointment).where(
                    m.Appointment.hospital_id == hospital.id,
                    m.Appointment.starts_at >= start,
                    m.Appointment.starts_at < end,
                )
            ).all()
            done = Counter(a.status for a in rows if a.starts_at < now)
            to_come = {a.status for a in rows if a.starts_at > now}
            assert done[AppointmentStatus.COMPLETED] >= 1, hospital.code
            assert done[AppointmentStatus.CHECKED_IN] >= 1, hospital.code  # the waiting queue
            assert to_come and to_come <= {AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED}
            waiting = [a for a in rows if a.status is AppointmentStatus.CHECKED_IN]
            assert all(a.checked_in_at is not None and a.checked_in_at <= now for a in waiting)
            taken = s.scalar(
                sa.select(sa.func.count()).where(
                    m.RevenueEntry.hospital_id == hospital.id,
                    m.RevenueEntry.received_at >= start,
                    m.RevenueEntry.received_at <= now,
                )
            )
            assert taken, f"{hospital.code} has no payments today"
        later = s.scalar(sa.select(sa.func.count()).where(m.Appointment.starts_at >= end))
        assert later, "no bookings for the coming days"
        assert s.scalar(sa.select(sa.func.max(m.RevenueEntry.received_at))) <= now
        visited = s.scalar(sa.select(sa.func.count()).where(m.Patient.last_visit_at.is_not(None)))
        assert visited
    engine.dispose()


def test_a_demo_started_days_later_is_carried_to_today(demo: sessionmaker[Session]) -> None:
    later = NOW + dt.timedelta(days=15)  # Thursday 3 December, 11:30 in Lagos
    with demo.begin() as s:
        assert catch_up(s, now=later) == 15
    with demo.begin() as s:
        assert catch_up(s, now=later) == 0  # a second start the same day adds nothing
    start, _ = _lagos_day(later.astimezone(LAGOS).date())
    with demo() as s:
        a = m.Appointment
        stale = s.scalar(
            sa.select(sa.func.count()).where(
                a.starts_at < start, a.status.in_([AppointmentStatus.SCHEDULED])
            )
        )
        assert stale == 0  # the days between were settled
        for hospital in s.scalars(sa.select(m.Hospital)):
            today = s.scalars(
                sa.select(a).where(a.hospital_id == hospital.id, a.starts_at >= start)
            ).all()
            done = {v.status for v in today if v.ends_at <= later}
            assert {AppointmentStatus.COMPLETED, AppointmentStatus.CHECKED_IN} <= done
            assert any(v.starts_at > later for v in today)
        november = s.scalars(sa.select(m.Payout).where(m.Payout.period == "2026-11")).all()
        assert len(november) == 3 and {p.status for p in november} == {PayoutStatus.PENDING}
        owner = s.get_one(m.OwnerAccount, november[0].owner_account_id)
        hospitals = [p.hospital_id for p in november if p.owner_account_id == owner.id]
        statement = load_statement(s, owner.id, "2026-11", now=later)
        assert statement.totals.gross_minor == _revenue(s, hospitals, "2026-11")


def test_a_year_of_payments_with_a_few_reversals(demo: sessionmaker[Session]) -> None:
    with demo() as s:
        months = set()
        for received_at in s.scalars(sa.select(m.RevenueEntry.received_at)):
            months.add(f"{received_at.astimezone(LAGOS):%Y-%m}")
        assert months == {*PERIODS, "2026-11"}
        e = m.RevenueEntry
        reversals = s.scalars(sa.select(e).where(e.reverses_id.is_not(None))).all()
        total = s.scalar(sa.select(sa.func.count()).select_from(e)) or 0
        assert 0 < len(reversals) < total / 50
        for reversal in reversals:
            original = s.get_one(e, reversal.reverses_id)
            assert reversal.amount_minor == -original.amount_minor
            assert reversal.received_at >= original.received_at


def _revenue(s: Session, hospital_ids: list[object], period: str) -> int:
    start, end = period_bounds(period)
    e = m.RevenueEntry
    total = s.scalar(
        sa.select(sa.func.sum(e.amount_minor)).where(
            e.hospital_id.in_(hospital_ids), e.received_at >= start, e.received_at < end
        )
    )
    return int(total or 0)


def test_owner_payouts_are_paid_and_statements_add_up_to_the_months_revenue(
    demo: sessionmaker[Session],
) -> None:
    with demo() as s:
        owner = s.scalars(sa.select(m.OwnerAccount).where(m.OwnerAccount.email.is_not(None))).one()
        hospitals = list(
            s.scalars(
                sa.select(m.Contract.hospital_id).where(m.Contract.owner_account_id == owner.id)
            )
        )
        payouts = s.scalars(sa.select(m.Payout).where(m.Payout.owner_account_id == owner.id)).all()
        status = {p.period: p.status for p in payouts}
        assert sorted(status) == PERIODS
        assert status[PERIODS[-1]] is PayoutStatus.PENDING
        assert status[PERIODS[-2]] is PayoutStatus.APPROVED
        assert {status[p] for p in PERIODS[:-2]} == {PayoutStatus.PAID}
        assert all(p.paid_at is not None and p.bank_reference for p in payouts if p.paid_at)
        for period in PERIODS:
            statement = load_statement(s, owner.id, period, now=NOW)
            revenue = _revenue(s, hospitals, period)
            assert revenue > 0
            assert statement.totals.gross_minor == revenue, period
            assert statement.totals.adjustments_minor == 0
            assert sum(line.total_minor for line in statement.methods) == revenue
            assert statement.totals.net_minor < revenue  # the management fee came off
        emails = s.scalar(
            sa.select(sa.func.count()).where(
                m.Message.owner_account_id == owner.id,
                m.Message.status.in_([MessageStatus.DELIVERED, MessageStatus.READ]),
            )
        )
        assert emails == len(PERIODS) * len(hospitals) - 2 * len(hospitals)  # one per paid payout


def test_surveys_feedback_and_messages_delivered_and_failed(demo: sessionmaker[Session]) -> None:
    with demo() as s:
        surveys = s.scalars(sa.select(m.OwnerSatisfactionSurvey)).all()
        assert len(surveys) == 8  # two owners, four quarters
        assert all(v.responded_at and v.overall_score for v in surveys)
        feedback = s.scalars(sa.select(m.PatientFeedback)).all()
        assert max(f.rating for f in feedback) == 5
        low = [f for f in feedback if f.rating <= 2]
        assert low and all(f.follow_up_status is not FollowUpStatus.NONE for f in low)
        statuses = Counter(s.scalars(sa.select(m.Message.status)))
        assert statuses[MessageStatus.DELIVERED] > 50
        failed = statuses[MessageStatus.FAILED] + statuses[MessageStatus.UNDELIVERABLE]
        assert failed > 0
        events = Counter(s.scalars(sa.select(m.DeliveryEvent.event)))
        assert events["undelivered"] + events["failed"] == failed
        assert (
            events["delivered"] == statuses[MessageStatus.DELIVERED] + statuses[MessageStatus.READ]
        )
        reminders = Counter(s.scalars(sa.select(m.AppointmentReminder.status)))
        assert reminders[ReminderStatus.FAILED] == failed  # each one is on a call list
        assert reminders[ReminderStatus.DELIVERED] > 50
        calls = [r for h in s.scalars(sa.select(m.Hospital.id)) for r in call_list(s, h, TODAY)]
        assert all(r.status is ReminderStatus.FAILED for r in calls)


def test_every_demo_row_passes_the_rules_a_desk_push_would_face(
    demo: sessionmaker[Session],
) -> None:
    with demo() as s:
        for table, validate in validators().items():
            model = next(
                mapper.class_
                for mapper in m.Patient.registry.mappers
                if mapper.local_table.name == table
            )
            for row in s.scalars(sa.select(model)):
                validate(MergedRow(table, row, {}))


def test_newer_patients_were_referred_and_each_referrer_earned_once_by_the_rule(
    demo: sessionmaker[Session],
) -> None:
    recent = dt.datetime.combine(TODAY - dt.timedelta(days=RECENT_DAYS), dt.time(), LAGOS)
    with demo() as s:
        patients = {p.id: p for p in s.scalars(sa.select(m.Patient))}
        newer = {p.id for p in patients.values() if p.created_at >= recent}
        assert len(newer) == 3 * NEWCOMERS
        referrals = s.scalars(sa.select(m.PatientReferral)).all()
        assert len(newer) / 4 <= len(referrals) <= len(newer) * 3 / 4, "about half of them"
        assert {r.patient_id for r in referrals} <= newer
        rules = ProgramRules.of(s.scalars(sa.select(m.LoyaltyProgram)).one())
        earned = 0
        for referral in referrals:
            new, referrer = patients[referral.patient_id], patients[referral.referrer_id]
            assert new.hospital_id == referrer.hospital_id == referral.hospital_id
            assert referrer.id not in newer, "referred by a patient the hospital already had"
            assert referral.created_at == new.created_at, "recorded at registration"
            visits = s.scalars(
                sa.select(m.Appointment)
                .where(
                    m.Appointment.patient_id == new.id,
                    m.Appointment.status == AppointmentStatus.COMPLETED,
                )
                .order_by(m.Appointment.starts_at)
            ).all()
            entries = s.scalars(
                sa.select(m.LoyaltyLedgerEntry).where(
                    m.LoyaltyLedgerEntry.source_key == referral_key(new.id)
                )
            ).all()
            if not visits:
                assert entries == [], "no completed visit yet, no referral points"
                continue
            rule = earning.for_referral(referral, visits[0], rules)
            assert rule is not None
            [entry] = entries
            assert (entry.patient_id, entry.points) == (referrer.id, rules.points_per_referral)
            assert (entry.occurred_at, entry.expires_at) == (rule.occurred_at, rule.expires_at)
            assert entry.occurred_at == visits[0].checked_in_at, "at the first completed visit"
            assert entry.reference_id == referral.id
            earned += 1
        assert earned, "some referred patients have had their first visit"
        a, p, r = m.Appointment, m.Patient, m.RevenueEntry
        early = sa.select(sa.func.count()).join(p, p.id == a.patient_id)
        assert s.scalar(early.select_from(a).where(a.created_at < p.created_at)) == 0
        paid = sa.select(sa.func.count()).select_from(r).join(p, p.id == r.patient_id)
        assert s.scalar(paid.where(r.received_at < p.created_at)) == 0


def test_a_few_households_pool_their_points_by_the_guardians_consent(
    demo: sessionmaker[Session],
) -> None:
    with demo() as s:
        consents = s.scalars(sa.select(m.LoyaltyPoolMember)).all()
        hospitals = s.scalars(sa.select(m.Hospital.id)).all()
        reader = SessionReader(s)
        assert len(consents) == HOUSEHOLDS * len(hospitals)
        for consent in consents:
            guardian = s.get_one(m.Patient, consent.guardian_id)
            member = s.get_one(m.Patient, consent.member_id)
            assert guardian.phone == member.phone, "one household: one phone"
            assert consent.withdrawn_at is None
            assert consent.recorded_by_id is not None
            pool = pooling.pool_of(reader, member.id)
            assert pool is not None and pool.guardian_id == guardian.id
            assert pooling.pooling_allowed(reader, guardian.hospital_id)


def test_each_hospital_has_a_sent_campaign_and_one_waiting_for_approval(
    demo: sessionmaker[Session],
) -> None:
    with demo() as s:
        campaigns = s.scalars(sa.select(m.Campaign)).all()
        by_hospital = Counter((c.hospital_id, c.status) for c in campaigns)
        for hospital_id in s.scalars(sa.select(m.Hospital.id)):
            assert by_hospital[(hospital_id, CampaignStatus.COMPLETED)] == 1
            assert by_hospital[(hospital_id, CampaignStatus.PENDING_APPROVAL)] == 1
        admin = s.scalars(sa.select(m.User).where(m.User.username == "admin")).one()
        waiting = [c for c in campaigns if c.status is CampaignStatus.PENDING_APPROVAL]
        assert all(c.created_by_id == admin.id for c in waiting), "a manager is the second person"
        assert all(
            c.estimated_cost_minor is not None
            and c.budget_cap_minor is not None
            and c.estimated_cost_minor > c.budget_cap_minor
            for c in waiting
        ), "over its cap: that is why it waits"
