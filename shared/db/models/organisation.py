"""Hospitals, their departments and clinicians, staff accounts and registered devices."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.db.base import Base, SyncedMixin, currency_check, hospital_fk
from shared.db.types import enum_column
from shared.domain.enums import Role


class Hospital(SyncedMixin, Base):
    __tablename__ = "hospitals"
    __table_args__ = (
        currency_check(),
        sa.CheckConstraint("length(code) BETWEEN 2 AND 12", name="code_length"),
    )

    code: Mapped[str] = mapped_column(sa.String(12), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    state: Mapped[str] = mapped_column(sa.String(40))
    lga: Mapped[str | None] = mapped_column(sa.String(80))
    address: Mapped[str | None] = mapped_column(sa.String(300))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    currency: Mapped[str] = mapped_column(sa.String(3), default="NGN")
    #: Where patients rate a visit; when set, completing a visit queues the feedback request.
    feedback_request_link: Mapped[str | None] = mapped_column(sa.String(300))


class Department(SyncedMixin, Base):
    __tablename__ = "departments"
    __table_args__ = (sa.UniqueConstraint("hospital_id", "name"),)

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    name: Mapped[str] = mapped_column(sa.String(120))


class Clinician(SyncedMixin, Base):
    """Someone patients are booked with; booking and free slots follow their hours.

    ``working_hours`` is per weekday in Lagos time (``{"mon": {"start": "08:00",
    "end": "16:00"}}``, a day left out is a day off; see
    ``shared.domain.admin.organisation.working_window``); NULL means not set,
    and the hospital's opening hours apply. ``slot_minutes`` is the length of
    one booking the free-slot finder suggests.
    """

    __tablename__ = "clinicians"
    __table_args__ = (
        sa.CheckConstraint("slot_minutes BETWEEN 5 AND 480", name="slot_minutes_range"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("departments.id", ondelete="RESTRICT"), index=True
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    full_name: Mapped[str] = mapped_column(sa.String(200))
    title: Mapped[str | None] = mapped_column(sa.String(40))
    specialty: Mapped[str | None] = mapped_column(sa.String(120))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    active: Mapped[bool] = mapped_column(default=True)
    working_hours: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON, nullable=True)
    slot_minutes: Mapped[int] = mapped_column(default=30, server_default="30")


class User(SyncedMixin, Base):
    """A staff member or owner. Secrets live in the server-only credentials table."""

    __tablename__ = "users"
    __table_args__ = (
        sa.CheckConstraint(
            "role NOT IN ('manager', 'front_desk', 'clinician') OR hospital_id IS NOT NULL",
            name="hospital_staff_have_hospital",
        ),
        sa.CheckConstraint(
            "role <> 'owner' OR owner_account_id IS NOT NULL", name="owner_has_account"
        ),
    )

    username: Mapped[str] = mapped_column(sa.String(80), unique=True)
    full_name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[Role] = mapped_column(enum_column(Role, name="role"))
    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    owner_account_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("owner_accounts.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str | None] = mapped_column(sa.String(254))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    is_active: Mapped[bool] = mapped_column(default=True)


class Device(SyncedMixin, Base):
    """A registered PC. ``prefix`` makes offline patient numbers collision-free."""

    __tablename__ = "devices"
    __table_args__ = (
        sa.CheckConstraint(
            "hospital_id IS NULL OR owner_account_id IS NULL", name="one_kind_of_scope"
        ),
        sa.CheckConstraint("length(prefix) BETWEEN 2 AND 6", name="prefix_length"),
    )

    name: Mapped[str] = mapped_column(sa.String(120))
    prefix: Mapped[str] = mapped_column(sa.String(6), unique=True)
    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    owner_account_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("owner_accounts.id", ondelete="RESTRICT"), index=True
    )
    registered_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    last_seen_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]
