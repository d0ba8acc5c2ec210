"""An owner with one NGN hospital under contract, its staff, and helpers for revenue."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.access import Principal
from shared.domain.enums import PaymentMethod, Role
from sync_server.config import ServerSettings
from tests import factories as f

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)


@dataclass
class World:
    hospital: m.Hospital
    owner: m.OwnerAccount
    contract: m.Contract
    admin: Principal
    owner_user: Principal
    manager: Principal


def pay(
    session: Session,
    hospital_id: uuid.UUID,
    amount_minor: int,
    received_at: dt.datetime,
    *,
    method: PaymentMethod = PaymentMethod.CASH,
    currency: str = "NGN",
    patient_id: uuid.UUID | None = None,
    reverses_id: uuid.UUID | None = None,
) -> m.RevenueEntry:
    """A payment taken at the desk (as a synced revenue entry)."""
    entry = m.RevenueEntry(
        hospital_id=hospital_id,
        patient_id=patient_id,
        amount_minor=amount_minor,
        currency=currency,
        method=method,
        received_at=received_at,
        reverses_id=reverses_id,
    )
    session.add(entry)
    session.flush()
    return entry


def principal(user: m.User) -> Principal:
    return Principal(
        user_id=user.id,
        role=user.role,
        hospital_id=user.hospital_id,
        owner_account_id=user.owner_account_id,
    )


def make_world(session: Session, *, currency: str = "NGN") -> World:
    hospital = f.hospital(session, name="Surulere Family Hospital", currency=currency)
    owner = f.owner_account(session, display_name="Adebayo Health Holdings")
    contract = f.contract(
        session,
        owner_account_id=owner.id,
        hospital_id=hospital.id,
        management_fee_bps=1250,
        fixed_deductions_minor=500_000,
    )
    admin = f.user(session, role=Role.ADMIN)
    owner_user = f.user(session, role=Role.OWNER, owner_account_id=owner.id)
    manager = f.user(session, role=Role.MANAGER, hospital_id=hospital.id)
    return World(
        hospital, owner, contract, principal(admin), principal(owner_user), principal(manager)
    )


@pytest.fixture
def world(pg_session: Session) -> World:
    return make_world(pg_session)


@pytest.fixture
def settings() -> ServerSettings:
    """Default settings: what the monthly job's handler receives (it needs none)."""
    return ServerSettings()
