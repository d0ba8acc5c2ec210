"""Plain keyword-only factories for test data: one row each, sensible Nigerian defaults.

Each returns the added (flushed) ORM object; the caller decides when to commit.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db import models as m
from shared.domain import enums as e

_counter = itertools.count(1)


def _n() -> int:
    return next(_counter)


def _add(session: Session, row: Any) -> Any:
    session.add(row)
    session.flush()
    return row


def hospital(session: Session, **kw: Any) -> m.Hospital:
    n = _n()
    defaults: dict[str, Any] = {
        "code": f"H{n:04d}",
        "name": f"Ikeja General {n}",
        "state": "Lagos",
        "lga": "Ikeja",
        "currency": "NGN",
    }
    return _add(session, m.Hospital(**(defaults | kw)))


def department(session: Session, *, hospital_id: uuid.UUID, **kw: Any) -> m.Department:
    return _add(session, m.Department(hospital_id=hospital_id, **({"name": f"OPD {_n()}"} | kw)))


def clinician(session: Session, *, hospital_id: uuid.UUID, **kw: Any) -> m.Clinician:
    defaults = {"full_name": f"Dr Ngozi Okafor {_n()}", "title": "Dr"}
    return _add(session, m.Clinician(hospital_id=hospital_id, **(defaults | kw)))


def owner_account(session: Session, **kw: Any) -> m.OwnerAccount:
    defaults: dict[str, Any] = {
        "kind": e.OwnerKind.COMPANY,
        "display_name": f"HealthCare Partners Ltd {_n()}",
        "email": "owners@example.ng",
        "phone": "+2348031234567",
        "bank_account_number": "******6789",  # the synced column holds only the masked form
    }
    return _add(session, m.OwnerAccount(**(defaults | kw)))


def user(session: Session, **kw: Any) -> m.User:
    defaults: dict[str, Any] = {
        "username": f"user{_n()}",
        "full_name": "Aisha Bello",
        "role": e.Role.ADMIN,
    }
    return _add(session, m.User(**(defaults | kw)))


def patient(session: Session, *, hospital_id: uuid.UUID, **kw: Any) -> m.Patient:
    n = _n()
    defaults: dict[str, Any] = {
        "patient_number": f"T1-{n:06d}",
        "first_name": "Chinedu",
        "last_name": f"Okeke{n}",
        "sex": e.Sex.MALE,
        "date_of_birth": dt.date(1990, 5, 17),
        "phone": "+2348031234567",
        "state": "Lagos",
        "lga": "Ikeja",
    }
    return _add(session, m.Patient(hospital_id=hospital_id, **(defaults | kw)))


def points(
    session: Session, *, hospital_id: uuid.UUID, patient_id: uuid.UUID, amount: int, **kw: Any
) -> m.LoyaltyLedgerEntry:
    """Points a manager gave the patient (an opening balance), unless ``kw`` says otherwise."""
    defaults: dict[str, Any] = {
        "kind": e.LedgerKind.ADJUST,
        "reason": "Opening balance",
        "occurred_at": utcnow(),
    }
    entry = m.LoyaltyLedgerEntry(
        hospital_id=hospital_id, patient_id=patient_id, points=amount, **(defaults | kw)
    )
    session.add(entry)
    return entry


def appointment(
    session: Session, *, hospital_id: uuid.UUID, patient_id: uuid.UUID, **kw: Any
) -> m.Appointment:
    start = kw.pop("starts_at", utcnow().replace(microsecond=0) + dt.timedelta(days=1))
    defaults: dict[str, Any] = {"ends_at": start + dt.timedelta(minutes=20)}
    if "clinician_id" not in kw and "department_id" not in kw:
        kw["clinician_id"] = clinician(session, hospital_id=hospital_id).id
    return _add(
        session,
        m.Appointment(
            hospital_id=hospital_id, patient_id=patient_id, starts_at=start, **(defaults | kw)
        ),
    )


def contract(
    session: Session, *, owner_account_id: uuid.UUID, hospital_id: uuid.UUID, **kw: Any
) -> m.Contract:
    defaults: dict[str, Any] = {
        "reference": f"GP-C-{_n():05d}",
        "start_date": dt.date(2026, 1, 1),
        "management_fee_bps": 1250,
    }
    return _add(
        session,
        m.Contract(owner_account_id=owner_account_id, hospital_id=hospital_id, **(defaults | kw)),
    )


def payout(session: Session, *, contract: m.Contract, **kw: Any) -> m.Payout:
    """A pending October payout on ``contract``: ₦10,000 gross, 12.5% fee."""
    defaults: dict[str, Any] = {
        "period": "2026-10",
        "currency": "NGN",
        "gross_minor": 1_000_000,
        "fee_minor": 125_000,
        "net_minor": 875_000,
        "fee_bps": 1250,
    }
    return _add(
        session,
        m.Payout(
            contract_id=contract.id,
            owner_account_id=contract.owner_account_id,
            hospital_id=contract.hospital_id,
            **(defaults | kw),
        ),
    )


def template(session: Session, **kw: Any) -> m.MessageTemplate:
    defaults: dict[str, Any] = {
        "key": f"reminder_{_n()}",
        "channel": e.Channel.SMS,
        "name": "Appointment reminder",
        "body": "Dear {{ patient_name }}, see you at {{ hospital_name }}.",
        "variables": ["patient_name", "hospital_name"],
    }
    return _add(session, m.MessageTemplate(**(defaults | kw)))
