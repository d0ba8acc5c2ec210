"""The demo hospitals' clinic history: a year of takings, six weeks of visits, today, the next days.

Older months hold payments only (what the owner's statements and payouts are
computed from); the last weeks hold the visits behind them as well, with
check-ins, no-shows, cancellations, loyalty points and patients' feedback.
Today is split at ``now``: visits done earlier today (completed, checked in
and waiting, no-show) and bookings later today, so the Today screen, the
waiting queue and the day's takings are all alive whatever time it is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

import sqlalchemy as sa

from shared.clock import to_lagos
from shared.db import models as m
from shared.db.base import new_id
from shared.domain import earning
from shared.domain import enums as e
from shared.domain.loyalty import ProgramRules, balance, spendable
from shared.domain.rewards import redemption_code
from sync_server.ops.demo_world import DemoHospital, DemoWorld, days_between, lagos_at

#: Days before today whose visits are written as appointments, not payments alone.
RECENT_DAYS = 42
#: Days after today with bookings already made.
COMING_DAYS = 14
SLOT = dt.timedelta(minutes=20)
#: At least this many bookings today before now and after it (some completed, some waiting).
MIN_EARLIER = 4
#: The clinic's bookable slots: 08:00 to 16:40.
SLOTS_PER_DAY = 27
#: One payment in this many is reversed (keyed twice, declined after printing).
REVERSAL_ODDS = 120
#: One payment in this many is made by a patient who redeems a reward for it, if they can.
REDEEM_ODDS = 15
#: (service, lowest and highest price in naira at base prices, how often it is paid for).
SERVICES = (
    ("Consultation", 8_000, 15_000, 40),
    ("Laboratory tests", 4_500, 25_000, 25),
    ("Pharmacy", 2_500, 35_000, 25),
    ("Ultrasound scan", 15_000, 45_000, 7),
    ("Minor procedure", 40_000, 150_000, 3),
)
METHODS = (
    (e.PaymentMethod.CASH, 30),
    (e.PaymentMethod.POS, 30),
    (e.PaymentMethod.TRANSFER, 25),
    (e.PaymentMethod.HMO, 10),
    (e.PaymentMethod.NHIA, 5),
)
REVERSAL_REASONS = (
    "Payment keyed twice",
    "POS transaction declined after the receipt printed",
    "Patient paid at the wrong hospital desk",
)
KINDS = (
    (e.AppointmentKind.CONSULTATION, 55),
    (e.AppointmentKind.FOLLOW_UP, 20),
    (e.AppointmentKind.LAB, 10),
    (e.AppointmentKind.ANTENATAL, 10),
    (e.AppointmentKind.IMMUNISATION, 5),
)
CANCEL_REASONS = ("Patient travelling", "Clinician on leave", "Patient asked to move it")
#: (rating, comments patients give at that rating).
FEEDBACK = {
    5: ("The doctor explained everything clearly.", "Very fast service today, thank you."),
    4: ("Good care, but the pharmacy queue was long.", None),
    3: ("Waited almost an hour before I was seen.", None),
    2: ("The front desk could not find my records.", "Billing was confusing."),
    1: ("Nobody told me the doctor was not coming.",),
}
RATING_WEIGHTS = (4, 6, 30, 35, 25)  # ratings 1..5
#: The demo's program keeps the default rules (the seed's tier scale: Silver from 2,000).
LOYALTY = ProgramRules()


class ClinicHistory:
    """Writes one hospital's clinic history into the world's session."""

    def __init__(self, world: DemoWorld, hospital: DemoHospital) -> None:
        self.w, self.h, self.rng = world, hospital, world.rng
        self.last_visit: dict[uuid.UUID, dt.datetime] = {}
        #: Each patient's ledger so far, for what they can spend at each payment.
        self.ledger: dict[uuid.UUID, list[m.LoyaltyLedgerEntry]] = {}
        self.patients = {p.id: p for p in hospital.patients}

    def build(self) -> list[m.Appointment]:
        """Write everything; returns the appointments, for the reminders sent about them."""
        today = self.w.today
        recent_start = today - dt.timedelta(days=RECENT_DAYS)
        for day in days_between(self.w.history_start, recent_start - dt.timedelta(days=1)):
            self.takings_only(day)
        booked: list[m.Appointment] = []
        for day in days_between(recent_start, today - dt.timedelta(days=1)):
            booked += self.past_day(day)
        booked += self.today()
        booked += self.coming_days(today)
        self.record_last_visits()
        return booked

    def catch_up(self, after: dt.date, live: list[m.Appointment]) -> None:
        """Carry a demo seeded on ``after`` to today: the days between, today, the next days.

        ``live`` are the hospital's bookings from ``after`` on still scheduled or
        confirmed; those now past are settled as the desk would have settled them.
        """
        today = self.w.today
        by_day: dict[dt.date, list[m.Appointment]] = {}
        for visit in live:
            by_day.setdefault(to_lagos(visit.starts_at).date(), []).append(visit)
        for day in days_between(after, today - dt.timedelta(days=1)):
            if day in by_day:
                for visit in by_day[day]:
                    self.settle(visit)
            elif day != after:  # that day's clinic is in the demo already
                self.past_day(day)
        self.today(by_day.get(today, []))
        horizon = max(by_day, default=today)
        self.coming_days(max(horizon, today))
        self.record_last_visits()

    def coming_days(self, last_booked: dt.date) -> list[m.Appointment]:
        """Bookings for each day after ``last_booked`` up to ``COMING_DAYS`` from today."""
        first = last_booked + dt.timedelta(days=1)
        end = self.w.today + dt.timedelta(days=COMING_DAYS)
        return [visit for day in days_between(first, end) for visit in self.coming_day(day)]

    def record_last_visits(self) -> None:
        for patient in self.h.patients:
            visit = self.last_visit.get(patient.id)
            if visit is not None and (
                patient.last_visit_at is None or patient.last_visit_at < visit
            ):
                patient.last_visit_at = visit

    # --- how busy a day is ---------------------------------------------------------

    def visits_on(self, day: dt.date) -> int:
        """Fewer on Saturdays, none on Sundays, and the year grows slowly towards today."""
        if day.weekday() == 6:
            return 0
        months_ago = (self.w.today - day).days / 30
        base = self.h.visits_per_day * (1 - 0.02 * months_ago)
        if day.weekday() == 5:
            base /= 2
        return max(1, round(base + self.rng.uniform(-2, 2)))

    def slot_times(self, day: dt.date) -> list[dt.datetime]:
        return [lagos_at(day, 8) + SLOT * n for n in range(SLOTS_PER_DAY)]

    # --- payments ------------------------------------------------------------------

    def price(self, low: int, high: int) -> int:
        """A price in kobo: naira rounded to ₦500, at this hospital's price level."""
        naira = self.rng.randint(low, high) * self.h.price_percent // 100
        return max(500, naira // 500 * 500) * 100

    def pay(
        self, patient: m.Patient, at: dt.datetime, visit: m.Appointment | None = None
    ) -> m.RevenueEntry:
        service, low, high, _ = self.rng.choices(SERVICES, [s[3] for s in SERVICES])[0]
        if visit is not None and visit.kind is e.AppointmentKind.CONSULTATION:
            service, low, high, _ = SERVICES[0]
        method = self.rng.choices([m_ for m_, _ in METHODS], [w for _, w in METHODS])[0]
        entry = self.w.add(
            m.RevenueEntry(
                hospital_id=self.h.row.id,
                patient_id=patient.id,
                appointment_id=visit.id if visit else None,
                amount_minor=self.price(low, high),
                method=method,
                received_at=at,
                reference=self.reference(method),
                note=service,
                created_at=at,
                updated_at=at,
            )
        )
        self.w.counts.payments += 1
        if self.rng.randrange(REDEEM_ODDS) == 0:
            self.redeem(patient, entry)
        earned = self.earn([earning.for_payment(entry, LOYALTY)])
        if self.rng.randrange(REVERSAL_ODDS) == 0:
            self.reverse(entry, earned[0] if earned else None)
        return entry

    def reference(self, method: e.PaymentMethod) -> str | None:
        if method is e.PaymentMethod.POS:
            return f"POS{self.rng.randrange(10**8):08d}"
        if method is e.PaymentMethod.TRANSFER:
            return f"TRF{self.rng.randrange(10**10):010d}"
        return None

    def redeem(self, patient: m.Patient, payment: m.RevenueEntry) -> None:
        """The patient spends points on a reward and its code pays towards ``payment``."""
        at = payment.received_at
        have = spendable(self.ledger_of(patient.id), at)
        affordable = [r for r in self.w.rewards if r.points_cost <= have]
        if not affordable:
            return
        reward = self.rng.choice(affordable)
        entry = self.w.add(
            m.LoyaltyLedgerEntry(
                hospital_id=payment.hospital_id,
                patient_id=patient.id,
                kind=e.LedgerKind.REDEEM,
                points=-reward.points_cost,
                reason=f"Redeemed: {reward.name}",
                reference_type="reward",
                reference_id=reward.id,
                occurred_at=at,
                created_at=at,
                updated_at=at,
            )
        )
        self.ledger_of(patient.id).append(entry)
        redemption_id = new_id()
        self.w.add(
            m.LoyaltyRedemption(
                id=redemption_id,
                hospital_id=payment.hospital_id,
                patient_id=patient.id,
                reward_id=reward.id,
                points=reward.points_cost,
                ledger_entry_id=entry.id,
                redeemed_at=at,
                code=redemption_code(redemption_id),
                used_on_id=payment.id,
                used_at=at,
                created_at=at,
                updated_at=at,
            )
        )

    def reverse(self, entry: m.RevenueEntry, earned: m.LoyaltyLedgerEntry | None) -> None:
        """The desk's correction: a negative entry naming the payment, a little later."""
        at = min(entry.received_at + dt.timedelta(minutes=self.rng.randint(5, 90)), self.w.now)
        reversal = self.w.add(
            m.RevenueEntry(
                hospital_id=entry.hospital_id,
                patient_id=entry.patient_id,
                amount_minor=-entry.amount_minor,
                method=entry.method,
                reference=entry.reference,
                received_at=at,
                reverses_id=entry.id,
                note=self.rng.choice(REVERSAL_REASONS),
                created_at=at,
                updated_at=at,
            )
        )
        self.w.counts.payments += 1
        if entry.patient_id is not None:
            self.earn(earning.for_reversal(reversal, earned, self.balance_of(entry.patient_id)))

    def balance_of(self, patient_id: uuid.UUID) -> int:
        return balance(self.ledger_of(patient_id))

    def ledger_of(self, patient_id: uuid.UUID) -> list[m.LoyaltyLedgerEntry]:
        """The patient's entries: those a catch-up finds stored, then those written since."""
        if patient_id not in self.ledger:
            stored = sa.select(m.LoyaltyLedgerEntry).where(
                m.LoyaltyLedgerEntry.patient_id == patient_id
            )
            self.ledger[patient_id] = list(self.w.session.scalars(stored))
        return self.ledger[patient_id]

    def earn(self, found: Iterable[earning.Earning | None]) -> list[m.LoyaltyLedgerEntry]:
        """Points an event earned, by the same rule the desks and the server follow."""
        written = [
            self.w.add(
                m.LoyaltyLedgerEntry(
                    **e_.fields(), created_at=e_.occurred_at, updated_at=e_.occurred_at
                )
            )
            for e_ in found
            if e_ is not None
        ]
        for entry in written:
            self.ledger_of(entry.patient_id).append(entry)
        return written

    def takings_only(self, day: dt.date) -> None:
        """An older day: the payments received, each at some time in opening hours."""
        for _ in range(self.visits_on(day)):
            at = lagos_at(day, 8) + dt.timedelta(minutes=self.rng.randint(0, 9 * 60 + 30))
            self.pay(self.rng.choice(self.registered_by(at)), at)

    def registered_by(self, moment: dt.datetime) -> list[m.Patient]:
        """The hospital's patients who had registered by ``moment``."""
        joined = self.h.joined
        return [p for p in self.h.patients if joined.get(p.id, moment) <= moment]

    # --- appointments ----------------------------------------------------------------

    def book(
        self, start: dt.datetime, status: e.AppointmentStatus, minutes: int = 20
    ) -> m.Appointment:
        patient = self.rng.choice(self.registered_by(start - dt.timedelta(days=1)))
        kind = self.rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        booked_at = min(start - dt.timedelta(days=self.rng.randint(1, 10)), self.w.now)
        booked_at = max(booked_at, self.h.joined.get(patient.id, booked_at))
        row = self.w.add(
            m.Appointment(
                hospital_id=self.h.row.id,
                patient_id=patient.id,
                clinician_id=self.rng.choice(self.h.clinicians).id,
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=minutes),
                status=status,
                kind=kind,
                created_at=booked_at,
                updated_at=booked_at,
            )
        )
        self.w.counts.appointments += 1
        if status is e.AppointmentStatus.CANCELLED:
            row.cancelled_reason = self.rng.choice(CANCEL_REASONS)
        return row

    def complete(self, visit: m.Appointment, patient: m.Patient) -> None:
        """A visit done: checked in before its time, paid for, points earned, perhaps rated."""
        visit.status = e.AppointmentStatus.COMPLETED
        visit.checked_in_at = visit.starts_at - dt.timedelta(minutes=self.rng.randint(0, 15))
        paid_at = min(visit.ends_at + dt.timedelta(minutes=self.rng.randint(2, 20)), self.w.now)
        self.pay(patient, paid_at, visit)
        if self.rng.random() < 0.4:
            later = paid_at + dt.timedelta(minutes=self.rng.randint(5, 30))
            self.pay(patient, min(later, self.w.now), visit)  # never after now
        self.earn([earning.for_visit(visit, LOYALTY)])
        self.referred(visit, patient)
        self.last_visit[patient.id] = max(
            self.last_visit.get(patient.id, visit.ends_at), visit.ends_at
        )
        if self.rng.random() < 0.25:
            self.feedback(visit, patient)

    def referred(self, visit: m.Appointment, patient: m.Patient) -> None:
        """A referred patient's first completed visit earns their referrer the referral points."""
        referral = self.h.referrals.get(patient.id)
        if referral is None:
            return
        key = earning.referral_key(patient.id)
        if any(entry.source_key == key for entry in self.ledger_of(referral.referrer_id)):
            return  # an earlier visit earned it: the key is the new patient's, once
        self.earn([earning.for_referral(referral, visit, LOYALTY)])

    def feedback(self, visit: m.Appointment, patient: m.Patient) -> None:
        rating = self.rng.choices(range(1, 6), RATING_WEIGHTS)[0]
        at = min(visit.ends_at + dt.timedelta(hours=self.rng.randint(1, 30)), self.w.now)
        follow_up = e.FollowUpStatus.NONE
        note = None
        if rating <= 2:
            follow_up = self.rng.choice([e.FollowUpStatus.OPEN, e.FollowUpStatus.IN_PROGRESS])
            note = (
                "Manager to call the patient" if follow_up is e.FollowUpStatus.IN_PROGRESS else None
            )
        feedback = self.w.add(
            m.PatientFeedback(
                hospital_id=self.h.row.id,
                patient_id=patient.id,
                appointment_id=visit.id,
                rating=rating,
                nps=min(10, rating * 2 + self.rng.randint(-1, 0)),
                category=self.category(rating),
                comments=self.rng.choice(FEEDBACK[rating]),
                follow_up_status=follow_up,
                follow_up_note=note,
                submitted_at=at,
                created_at=at,
                updated_at=at,
            )
        )
        self.earn([earning.for_feedback(feedback, LOYALTY)])

    def category(self, rating: int) -> e.FeedbackCategory:
        if rating >= 4:
            return self.rng.choice([e.FeedbackCategory.GENERAL, e.FeedbackCategory.CLINICAL_CARE])
        return self.rng.choice(
            [e.FeedbackCategory.WAITING_TIME, e.FeedbackCategory.STAFF, e.FeedbackCategory.BILLING]
        )

    def past_status(self) -> e.AppointmentStatus:
        roll = self.rng.random()
        if roll < 0.82:
            return e.AppointmentStatus.COMPLETED
        return e.AppointmentStatus.NO_SHOW if roll < 0.92 else e.AppointmentStatus.CANCELLED

    def past_day(self, day: dt.date) -> list[m.Appointment]:
        """A day of the last weeks: its visits and what came of each."""
        times = self.rng.sample(self.slot_times(day), min(SLOTS_PER_DAY, self.visits_on(day)))
        visits = [self.book(start, self.past_status()) for start in sorted(times)]
        for visit in visits:
            if visit.status is e.AppointmentStatus.COMPLETED:
                self.complete(visit, self.patients[visit.patient_id])
        return visits

    def settle(self, visit: m.Appointment) -> None:
        """A past booking's outcome: completed, missed or cancelled."""
        visit.status = self.past_status()
        if visit.status is e.AppointmentStatus.CANCELLED:
            visit.cancelled_reason = self.rng.choice(CANCEL_REASONS)
        if visit.status is e.AppointmentStatus.COMPLETED:
            self.complete(visit, self.patients[visit.patient_id])

    def today(self, booked: Sequence[m.Appointment] = ()) -> list[m.Appointment]:
        """Today, split at now: done (completed, waiting, one no-show) and still to come.

        ``booked`` are today's bookings made earlier; new ones take other slots.
        """
        now = self.w.now
        ended = [v for v in booked if v.ends_at <= now]
        earlier, later = self.today_times({v.starts_at for v in booked}, len(ended))
        new = [self.book(t, e.AppointmentStatus.COMPLETED, minutes) for t, minutes in earlier]
        visits = sorted([*ended, *new], key=lambda v: v.starts_at)
        waiting = 2 if len(visits) > MIN_EARLIER else 1
        for n, visit in enumerate(visits):
            if n == 0 and len(visits) > MIN_EARLIER:
                visit.status = e.AppointmentStatus.NO_SHOW
            elif n >= len(visits) - waiting:  # in the waiting queue
                visit.status = e.AppointmentStatus.CHECKED_IN
                visit.checked_in_at = min(visit.starts_at, self.w.now - dt.timedelta(minutes=3))
            else:
                self.complete(visit, self.patients[visit.patient_id])
        visits += [self.book(start, self.coming_status(), minutes) for start, minutes in later]
        return visits

    def today_times(
        self, taken: AbstractSet[dt.datetime] = frozenset(), ended: int = 0
    ) -> tuple[list[tuple[dt.datetime, int]], list[tuple[dt.datetime, int]]]:
        """New bookings before and after now, in free slots; at night, short ones near now.

        ``ended`` bookings made earlier are already over, so fewer new ones are needed.
        """
        now, today = self.w.now, self.w.today
        slots = [t for t in self.slot_times(today) if t not in taken]
        share = max(MIN_EARLIER, self.h.visits_per_day * 3 // 4)
        before = [t for t in slots if t + SLOT <= now]
        after = [t for t in slots if t > now]
        wanted = max(0, share - ended)
        earlier = [(t, 20) for t in sorted(self.rng.sample(before, min(wanted, len(before))))]
        later = [(t, 20) for t in sorted(self.rng.sample(after, min(share, len(after))))]
        if ended + len(earlier) < MIN_EARLIER:
            earlier = [(t, 5) for t in _spread(lagos_at(today, 0), now, MIN_EARLIER)]
        if len(later) < MIN_EARLIER:
            midnight = lagos_at(today, 0) + dt.timedelta(days=1)
            later = [(t, 5) for t in _spread(now, midnight, MIN_EARLIER)]
        return earlier, later

    def coming_day(self, day: dt.date) -> list[m.Appointment]:
        if day.weekday() == 6:
            return []
        count = min(SLOTS_PER_DAY, max(1, self.visits_on(day) * 2 // 3))
        times = sorted(self.rng.sample(self.slot_times(day), count))
        return [self.book(start, self.coming_status()) for start in times]

    def coming_status(self) -> e.AppointmentStatus:
        return (
            e.AppointmentStatus.CONFIRMED
            if self.rng.random() < 0.3
            else e.AppointmentStatus.SCHEDULED
        )


def _spread(first: dt.datetime, last: dt.datetime, count: int) -> Sequence[dt.datetime]:
    """``count`` moments evenly inside (first, last), for a day whose clinic hours are over."""
    step = (last - first) / (count + 1)
    return [first + step * (n + 1) for n in range(count)]
