"""Fixtures for sync tests: a hospital with staff and devices on a fresh PostgreSQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import Device, Hospital, User
from shared.domain.access import Principal
from shared.domain.enums import Role


@dataclass(frozen=True)
class HospitalWorld:
    """One hospital, a front-desk user, and three registered desks."""

    hospital_id: uuid.UUID
    user_id: uuid.UUID
    device_ids: tuple[uuid.UUID, ...]
    prefixes: tuple[str, ...]

    def principal(self, index: int = 0) -> Principal:
        return Principal(
            self.user_id,
            Role.FRONT_DESK,
            hospital_id=self.hospital_id,
            device_id=self.device_ids[index],
        )


def make_hospital(
    session: Session, *, code: str, devices: int = 3, role: Role = Role.FRONT_DESK
) -> HospitalWorld:
    hospital = Hospital(code=code, name=f"{code} General Hospital", state="Lagos")
    session.add(hospital)
    session.flush()
    user = User(
        username=f"desk_{code.lower()}",
        full_name="Front Desk",
        role=role,
        hospital_id=hospital.id,
    )
    rows = [
        Device(name=f"Desk {i + 1}", prefix=f"{code[:3]}{i + 1}", hospital_id=hospital.id)
        for i in range(devices)
    ]
    session.add_all([user, *rows])
    session.flush()
    return HospitalWorld(
        hospital.id, user.id, tuple(d.id for d in rows), tuple(d.prefix for d in rows)
    )


@pytest.fixture
def pg_sessions(pg_engine: sa.Engine) -> sessionmaker[Session]:
    return sessionmaker(pg_engine, expire_on_commit=False)


@pytest.fixture
def world(pg_sessions: sessionmaker[Session]) -> HospitalWorld:
    with pg_sessions.begin() as session:
        return make_hospital(session, code="IKJ")
