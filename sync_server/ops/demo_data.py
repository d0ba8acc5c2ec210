"""A realistic demo site: three hospitals, their owners, staff, patients and a living year.

Everything is written relative to ``now`` in Lagos time, so whichever day the
demo starts the Today screen has its clinic, the Payments screen today's
takings and the owner a year of statements and payouts (``demo_clinic``,
``demo_owners``, ``demo_messages``). Deterministic (a fixed random seed), so
screenshots and walkthroughs match. All of it is ORM writes in the caller's
one session, so the change log records every row and desks pull the demo too.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db import models as m
from shared.domain import enums as e
from shared.domain import pooling
from shared.domain.referrals import record_referral
from sync_server.auth.passwords import hash_password
from sync_server.auth.tables import UserCredential
from sync_server.ops.demo_clinic import RECENT_DAYS, ClinicHistory
from sync_server.ops.demo_messages import build_messages
from sync_server.ops.demo_owners import build_owners
from sync_server.ops.demo_world import Counts, DemoHospital, DemoWorld, DemoWriter, lagos_at
from sync_server.sync.changes import set_actor

T = TypeVar("T")
DEMO_PASSWORD = "grandpro-demo"
#: (code, name, state, LGA, phone, visits per weekday, price level in percent).
HOSPITALS = (
    ("LKK", "Lekki Family Hospital", "Lagos", "Eti Osa", "+2348031234500", 7, 130),
    ("GRK", "Garki Specialist Clinic", "FCT", "Municipal Area Council", "+2348051234500", 6, 115),
    ("NAS", "Nassarawa General Hospital", "Kano", "Nasarawa", "+2348061234500", 5, 85),
)
PATIENTS_PER_HOSPITAL = 40
#: The last this many of each hospital's patients registered during the weeks of visits.
NEWCOMERS = 8
#: About this share of those newer patients were brought in by an existing patient.
REFERRED_SHARE = 0.5
#: Parents per hospital who registered a child on their phone and pool points with them.
HOUSEHOLDS = 3
DEPARTMENTS = ("General Outpatients", "Maternal and Child Health")
#: (specialty, department index) of each hospital's clinicians.
CLINICIANS = (("Family Medicine", 0), ("Internal Medicine", 0), ("Obstetrics", 1))
FIRST = {
    "Lagos": ["Adebayo", "Folake", "Oluwaseun", "Titilayo", "Chukwuemeka", "Ngozi", "Babatunde"],
    "FCT": ["Emeka", "Amina", "Ifeoma", "Yakubu", "Chiamaka", "Tunde", "Hauwa"],
    "Kano": ["Musa", "Zainab", "Abdullahi", "Fatima", "Ibrahim", "Hadiza", "Sani"],
}
LAST = {
    "Lagos": ["Adeyemi", "Ogunleye", "Okafor", "Balogun", "Adeleke", "Nwosu"],
    "FCT": ["Eze", "Bello", "Okonkwo", "Danjuma", "Obi", "Ibrahim"],
    "Kano": ["Abubakar", "Sani", "Garba", "Usman", "Lawal", "Aliyu"],
}
#: The seed's catalogue (50 / 100 / 75 / 200 points on its Silver-from-100 scale), scaled
#: twenty times to the default scale a manager would move it to (Silver from 2,000).
REWARDS = (
    ("10% Consultation Discount", e.RewardKind.DISCOUNT, 1_000),
    ("Free Blood Test", e.RewardKind.FREE_SERVICE, 2_000),
    ("20% Pharmacy Discount", e.RewardKind.DISCOUNT, 1_500),
    ("Free Health Checkup", e.RewardKind.FREE_SERVICE, 4_000),
)


class _Seeder:
    def __init__(self, session: Session, now: dt.datetime) -> None:
        set_actor(session, "seed-demo")
        self.w = DemoWorld(session=session, now=now, rng=random.Random(2026))
        self.s, self.rng, self.out = session, self.w.rng, self.w.counts
        self.password_hash = hash_password(DEMO_PASSWORD)

    def add(self, row: T) -> T:
        return self.w.add(row)

    def user(self, username: str, full_name: str, role: e.Role, **scope: Any) -> m.User:
        user = self.add(
            m.User(id=uuid.uuid4(), username=username, full_name=full_name, role=role, **scope)
        )
        self.w.flush()
        self.s.add(UserCredential(user_id=user.id, password_hash=self.password_hash))
        self.out.users += 1
        return user

    def phone(self) -> str:
        return f"+234{self.rng.choice(['803', '806', '813', '816', '703', '805', '809'])}" + (
            f"{self.rng.randrange(10**7):07d}"
        )

    def run(self) -> Counts:
        self.w.admin = self.user("admin", "GrandPro Administrator", e.Role.ADMIN)
        self.w.owners = owners = [
            self.add(
                m.OwnerAccount(
                    kind=e.OwnerKind.COMPANY,
                    display_name="Eko Health Holdings Ltd",
                    contact_name="Folasade Adeyemi",
                    phone=self.phone(),
                    email="finance@ekohealth.example.ng",
                    state="Lagos",
                    bank_name="First Bank",
                    # Replicated rows hold bank numbers masked only (the server keeps the
                    # number itself encrypted); a demo has no real number to keep.
                    bank_account_number="******5678",
                )
            ),
            self.add(
                m.OwnerAccount(
                    kind=e.OwnerKind.PERSON,
                    display_name="Alhaji Musa Danjuma",
                    phone=self.phone(),
                    state="Kano",
                    bank_name="Zenith Bank",
                    bank_account_number="******4321",
                )
            ),
        ]
        self.w.flush()
        for i, owner in enumerate(owners):
            self.user(f"owner{i + 1}", owner.display_name, e.Role.OWNER, owner_account_id=owner.id)
        self.loyalty()
        for i, spec in enumerate(HOSPITALS):
            self.hospital(spec, owners[0 if i < 2 else 1])
        booked = {h.row.id: ClinicHistory(self.w, h).build() for h in self.w.hospitals}
        self.w.flush()
        build_owners(self.w)
        build_messages(self.w, booked)
        self.w.flush()
        return self.out

    def loyalty(self) -> None:
        self.add(m.LoyaltyProgram(name="GrandPro Health Rewards", pooling_allowed=True))
        for name, kind, cost in REWARDS:
            self.w.rewards.append(self.add(m.LoyaltyReward(name=name, kind=kind, points_cost=cost)))

    def hospital(
        self, spec: tuple[str, str, str, str, str, int, int], owner: m.OwnerAccount
    ) -> None:
        code, name, state, lga, phone, visits, prices = spec
        hospital = self.add(m.Hospital(code=code, name=name, state=state, lga=lga, phone=phone))
        self.w.flush()
        self.out.hospitals += 1
        start = self.w.history_start
        contract = self.add(
            m.Contract(
                owner_account_id=owner.id,
                hospital_id=hospital.id,
                reference=f"GP-C-{code}-{start.year}",
                start_date=start,
                management_fee_bps=1250,
                status=e.ContractStatus.ACTIVE,
            )
        )
        demo = DemoHospital(hospital, owner, contract, visits, prices)
        self.w.hospitals.append(demo)
        lower = code.lower()
        self.user(
            f"{lower}.manager", f"{self.name(state)}", e.Role.MANAGER, hospital_id=hospital.id
        )
        desk = self.user(
            f"{lower}.desk", f"{self.name(state)}", e.Role.FRONT_DESK, hospital_id=hospital.id
        )
        departments = [self.add(m.Department(hospital_id=hospital.id, name=n)) for n in DEPARTMENTS]
        for specialty, dept in CLINICIANS:
            demo.clinicians.append(
                self.add(
                    m.Clinician(
                        hospital_id=hospital.id,
                        department_id=departments[dept].id,
                        full_name=f"Dr {self.name(state)}",
                        title="Dr",
                        specialty=specialty,
                    )
                )
            )
        for n in range(PATIENTS_PER_HOSPITAL):
            demo.patients.append(self.patient(hospital, state, lga, n))
        self.newcomers(demo)
        self.households(demo, desk)

    def newcomers(self, demo: DemoHospital) -> None:
        """The newer patients: registered in the last weeks, about half referred by a patient.

        A referral is recorded by the desk's own command, at registration; the
        referrer's points come with the new patient's first completed visit.
        """
        established = demo.patients[:-NEWCOMERS]
        for k, patient in enumerate(demo.patients[-NEWCOMERS:]):
            day = self.w.today - dt.timedelta(days=RECENT_DAYS - 2 - 4 * k)
            at = lagos_at(day, 8) + dt.timedelta(minutes=self.rng.randint(0, 8 * 60))
            patient.created_at = patient.updated_at = at
            demo.joined[patient.id] = at
            if self.rng.random() < REFERRED_SHARE:
                referrer = self.rng.choice(established).patient_number
                referral = record_referral(DemoWriter(self.w, at), patient, referrer)
                if referral is not None:
                    demo.referrals[patient.id] = referral

    def households(self, demo: DemoHospital, desk: m.User) -> None:
        """A few parents who registered a child on their phone and pool the family's points.

        The consent goes through the desk's own command, as the desk user,
        early in the history, so the profile's loyalty tab shows a live pool.
        """
        for k in range(HOUSEHOLDS):
            parent, child = demo.patients[10 * k + 3], demo.patients[10 * k + 4]
            parent.date_of_birth = dt.date(1979 + 3 * k, 4 + k, 12)
            child.phone, child.last_name = parent.phone, parent.last_name
            child.date_of_birth = dt.date(2013 + k, 9 - k, 5)
            at = lagos_at(self.w.history_start + dt.timedelta(days=3 + 7 * k), 10)
            pooling.join_pool(
                DemoWriter(self.w, at),
                guardian_id=parent.id,
                member_id=child.id,
                recorded_by_id=desk.id,
                now=at,
            )

    def name(self, state: str) -> str:
        return f"{self.rng.choice(FIRST[state])} {self.rng.choice(LAST[state])}"

    def patient(self, hospital: m.Hospital, state: str, lga: str, n: int) -> m.Patient:
        sex = e.Sex.FEMALE if n % 2 else e.Sex.MALE
        first, last = self.rng.choice(FIRST[state]), self.rng.choice(LAST[state])
        email = f"{first}.{last}{n}@example.ng".lower() if n % 4 == 0 else None
        self.out.patients += 1
        weeks_before = PATIENTS_PER_HOSPITAL - n  # patients well before the history starts
        registered = lagos_at(self.w.history_start, 9) - dt.timedelta(weeks=weeks_before)
        return self.add(
            m.Patient(
                hospital_id=hospital.id,
                created_at=registered,
                updated_at=registered,
                patient_number=f"{hospital.code}0-{n + 1:06d}",
                first_name=first,
                last_name=last,
                sex=sex,
                date_of_birth=dt.date(
                    self.rng.randint(1950, 2020), self.rng.randint(1, 12), self.rng.randint(1, 28)
                ),
                phone=self.phone(),
                email=email,
                consent_email=email is not None,
                consent_whatsapp=n % 3 == 0,
                state=state,
                lga=lga,
            )
        )


def seed(session: Session, *, now: dt.datetime | None = None) -> Counts:
    """Write the demo into an empty database, as of ``now`` (the caller commits)."""
    return _Seeder(session, now or utcnow()).run()
