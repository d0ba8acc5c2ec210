"""A realistic demo site: three hospitals, their owners, staff, patients and activity.

Deterministic (a fixed random seed) so screenshots and walkthroughs match.
Every synced row goes through the change log so desks pull the demo too.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db import models as m
from shared.domain import enums as e
from sync_server.auth.passwords import hash_password
from sync_server.auth.tables import UserCredential
from sync_server.sync.changes import set_actor

T = TypeVar("T")
DEMO_PASSWORD = "grandpro-demo"
HOSPITALS = (
    ("LKK", "Lekki Family Hospital", "Lagos", "Eti-Osa", "+2348031234500"),
    ("GRK", "Garki Specialist Clinic", "FCT", "Abuja Municipal", "+2348051234500"),
    ("NAS", "Nassarawa General Hospital", "Kano", "Nassarawa", "+2348061234500"),
)
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
REWARDS = (
    ("10% Consultation Discount", e.RewardKind.DISCOUNT, 50),
    ("Free Blood Test", e.RewardKind.FREE_SERVICE, 100),
    ("20% Pharmacy Discount", e.RewardKind.DISCOUNT, 75),
    ("Free Health Checkup", e.RewardKind.FREE_SERVICE, 200),
)
TEMPLATES = (
    (
        "appointment_reminder",
        "Appointment reminder",
        "Dear {{ patient_name }}, this is a reminder of your appointment at {{ hospital_name }}"
        " on {{ appointment_time }}. Reply or call {{ hospital_phone }} to reschedule.",
        ["patient_name", "hospital_name", "appointment_time", "hospital_phone"],
    ),
    (
        "payment_thanks",
        "Payment received",
        "Thank you {{ patient_name }}. We received {{ amount }} at {{ hospital_name }}.",
        ["patient_name", "amount", "hospital_name"],
    ),
    (
        "health_tip",
        "Health tip",
        "{{ hospital_name }}: sleep under a treated mosquito net every night. Stay healthy!",
        ["hospital_name"],
    ),
)


@dataclass
class Seeded:
    hospitals: int = 0
    patients: int = 0
    appointments: int = 0
    payments: int = 0
    users: int = 0


class _Seeder:
    def __init__(self, session: Session) -> None:
        self.s = session
        set_actor(session, "seed-demo")
        self.rng = random.Random(2026)
        self.now = utcnow().replace(minute=0, second=0, microsecond=0)
        self.out = Seeded()
        self.password_hash = hash_password(DEMO_PASSWORD)

    def add(self, row: T) -> T:
        self.s.add(row)
        return row

    def user(self, username: str, full_name: str, role: e.Role, **scope: Any) -> m.User:
        user = self.add(
            m.User(id=uuid.uuid4(), username=username, full_name=full_name, role=role, **scope)
        )
        self.s.flush()
        self.s.add(UserCredential(user_id=user.id, password_hash=self.password_hash))
        self.out.users += 1
        return user

    def phone(self) -> str:
        return f"+234{self.rng.choice(['803', '806', '813', '816', '703', '805', '809'])}" + (
            f"{self.rng.randrange(10**7):07d}"
        )

    def run(self) -> Seeded:
        self.user("admin", "GrandPro Administrator", e.Role.ADMIN)
        owners = [
            self.add(
                m.OwnerAccount(
                    kind=e.OwnerKind.COMPANY,
                    display_name="Eko Health Holdings Ltd",
                    contact_name="Folasade Adeyemi",
                    phone=self.phone(),
                    email="finance@ekohealth.example.ng",
                    state="Lagos",
                    bank_name="First Bank",
                    bank_account_number="3012345678",
                )
            ),
            self.add(
                m.OwnerAccount(
                    kind=e.OwnerKind.PERSON,
                    display_name="Alhaji Musa Danjuma",
                    phone=self.phone(),
                    state="Kano",
                    bank_name="Zenith Bank",
                    bank_account_number="2087654321",
                )
            ),
        ]
        self.s.flush()
        for i, owner in enumerate(owners):
            self.user(f"owner{i + 1}", owner.display_name, e.Role.OWNER, owner_account_id=owner.id)
        self.loyalty()
        for i, spec in enumerate(HOSPITALS):
            self.hospital(spec, owners[0 if i < 2 else 1])
        for key, name, body, variables in TEMPLATES:
            purpose = (
                e.MessagePurpose.HEALTH_EDUCATION
                if key == "health_tip"
                else e.MessagePurpose.TRANSACTIONAL
            )
            self.add(
                m.MessageTemplate(
                    key=key,
                    channel=e.Channel.SMS,
                    name=name,
                    body=body,
                    variables=variables,
                    purpose=purpose,
                )
            )
        return self.out

    def loyalty(self) -> None:
        self.add(
            m.LoyaltyProgram(
                name="GrandPro Health Rewards",
                points_per_visit=10,
                silver_threshold=100,
                gold_threshold=500,
                platinum_threshold=1000,
            )
        )
        for name, kind, cost in REWARDS:
            self.add(m.LoyaltyReward(name=name, kind=kind, points_cost=cost))

    def hospital(self, spec: tuple[str, str, str, str, str], owner: m.OwnerAccount) -> None:
        code, name, state, lga, phone = spec
        hospital = self.add(m.Hospital(code=code, name=name, state=state, lga=lga, phone=phone))
        self.s.flush()
        self.out.hospitals += 1
        self.add(
            m.Contract(
                owner_account_id=owner.id,
                hospital_id=hospital.id,
                reference=f"GP-C-{code}-2026",
                start_date=dt.date(2026, 1, 1),
                management_fee_bps=1250,
                status=e.ContractStatus.ACTIVE,
            )
        )
        lower = code.lower()
        self.user(
            f"{lower}.manager", f"{self.name(state)}", e.Role.MANAGER, hospital_id=hospital.id
        )
        self.user(
            f"{lower}.desk", f"{self.name(state)}", e.Role.FRONT_DESK, hospital_id=hospital.id
        )
        dept = self.add(m.Department(hospital_id=hospital.id, name="General Outpatients"))
        self.s.flush()
        clinician = self.add(
            m.Clinician(
                hospital_id=hospital.id,
                department_id=dept.id,
                full_name=f"Dr {self.name(state)}",
                title="Dr",
                specialty="Family Medicine",
            )
        )
        self.s.flush()
        for n in range(20):
            self.patient(hospital, clinician, state, lga, n)

    def name(self, state: str) -> str:
        return f"{self.rng.choice(FIRST[state])} {self.rng.choice(LAST[state])}"

    def patient(
        self, hospital: m.Hospital, clinician: m.Clinician, state: str, lga: str, n: int
    ) -> None:
        sex = e.Sex.FEMALE if n % 2 else e.Sex.MALE
        patient = self.add(
            m.Patient(
                hospital_id=hospital.id,
                patient_number=f"{hospital.code}0-{n + 1:06d}",
                first_name=self.rng.choice(FIRST[state]),
                last_name=self.rng.choice(LAST[state]),
                sex=sex,
                date_of_birth=dt.date(
                    self.rng.randint(1950, 2020), self.rng.randint(1, 12), self.rng.randint(1, 28)
                ),
                phone=self.phone(),
                state=state,
                lga=lga,
            )
        )
        self.s.flush()
        self.out.patients += 1
        past = self.now - dt.timedelta(days=self.rng.randint(3, 90), hours=self.rng.randint(0, 6))
        visit = self.appointment(hospital, clinician, patient, past, e.AppointmentStatus.COMPLETED)
        self.add(
            m.RevenueEntry(
                hospital_id=hospital.id,
                patient_id=patient.id,
                appointment_id=visit.id,
                amount_minor=self.rng.choice([5_000, 10_000, 15_000, 25_000]) * 100,
                method=self.rng.choice(list(e.PaymentMethod)),
                received_at=past,
            )
        )
        self.out.payments += 1
        self.add(
            m.LoyaltyLedgerEntry(
                hospital_id=hospital.id,
                patient_id=patient.id,
                kind=e.LedgerKind.EARN,
                points=10,
                reason="Visit",
                occurred_at=past,
                expires_at=past + dt.timedelta(days=365),
            )
        )
        future = self.now + dt.timedelta(days=self.rng.randint(1, 21), hours=self.rng.randint(0, 6))
        self.appointment(hospital, clinician, patient, future, e.AppointmentStatus.SCHEDULED)

    def appointment(
        self,
        hospital: m.Hospital,
        clinician: m.Clinician,
        patient: m.Patient,
        start: dt.datetime,
        status: e.AppointmentStatus,
    ) -> m.Appointment:
        row = self.add(
            m.Appointment(
                hospital_id=hospital.id,
                patient_id=patient.id,
                clinician_id=clinician.id,
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=20),
                status=status,
                kind=e.AppointmentKind.CONSULTATION,
            )
        )
        self.s.flush()
        self.out.appointments += 1
        return row


def seed(session: Session) -> Seeded:
    """Write the demo into an empty database (the caller commits)."""
    return _Seeder(session).run()
