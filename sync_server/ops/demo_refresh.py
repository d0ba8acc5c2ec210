"""Carry a demo seeded on an earlier day up to today, each time the demo starts.

The demo is seeded once, relative to the day it was first started; started
again a week later its "today" would be a week old, the Today screen would
hold only the bookings made back then and nothing would have been taken
since. So on every start the days since the demo's last takings are filled
the way they would have gone: past bookings settled (completed and paid,
missed, cancelled), today split at now again, bookings made for the next two
weeks, and each month that closed meanwhile run through the real monthly
payout run (left pending: approving it is the admin's to do). A second start
on the same day changes nothing. Hospitals that are not the demo's are left alone.
"""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import to_lagos, utcnow
from shared.db import models as m
from shared.domain.enums import AppointmentStatus
from shared.domain.payouts import next_period, payout_run_at
from sync_server.ops.demo_clinic import ClinicHistory
from sync_server.ops.demo_data import HOSPITALS
from sync_server.ops.demo_world import DemoHospital, DemoWorld, days_between, lagos_at
from sync_server.owners import service
from sync_server.sync.changes import set_actor

_LIVE = (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED)


def catch_up(session: Session, *, now: dt.datetime | None = None) -> int:
    """Fill the days since the demo's last takings; returns how many days were added."""
    now = now or utcnow()
    world = DemoWorld(session=session, now=now, rng=random.Random(to_lagos(now).toordinal()))
    last = session.scalar(sa.select(sa.func.max(m.RevenueEntry.received_at)))
    if last is None or to_lagos(last).date() >= world.today:
        return 0
    after = to_lagos(last).date()
    set_actor(session, "seed-demo")
    hospitals = _demo_hospitals(session)
    for hospital in hospitals:
        ClinicHistory(world, hospital).catch_up(after, _live_since(session, hospital, after))
    world.flush()
    _run_closed_months(world, after)
    days = set(days_between(after, world.today))
    for hospital in hospitals:
        service.refresh_revenue_summaries(session, hospital.row.id, days, now=world.now)
    return (world.today - after).days


def _demo_hospitals(session: Session) -> list[DemoHospital]:
    """The demo's hospitals as the clinic history needs them, read back from the database."""
    out = []
    for code, *_, visits, prices in HOSPITALS:
        row = session.scalars(sa.select(m.Hospital).where(m.Hospital.code == code)).first()
        if row is None:
            continue
        contract = session.scalars(
            sa.select(m.Contract).where(m.Contract.hospital_id == row.id)
        ).first()
        if contract is None:
            continue
        owner = session.get_one(m.OwnerAccount, contract.owner_account_id)
        demo = DemoHospital(row, owner, contract, visits, prices)
        demo.clinicians = list(
            session.scalars(
                sa.select(m.Clinician).where(
                    m.Clinician.hospital_id == row.id, m.Clinician.active.is_(True)
                )
            )
        )
        demo.patients = list(
            session.scalars(
                sa.select(m.Patient).where(
                    m.Patient.hospital_id == row.id, m.Patient.deleted_at.is_(None)
                )
            )
        )
        demo.referrals = {
            referral.patient_id: referral
            for referral in session.scalars(
                sa.select(m.PatientReferral).where(
                    m.PatientReferral.hospital_id == row.id,
                    m.PatientReferral.deleted_at.is_(None),
                )
            )
        }
        if demo.clinicians and demo.patients:
            out.append(demo)
    return out


def _live_since(session: Session, hospital: DemoHospital, after: dt.date) -> list[m.Appointment]:
    start = lagos_at(after, 0)
    a = m.Appointment
    return list(
        session.scalars(
            sa.select(a)
            .where(a.hospital_id == hospital.row.id, a.starts_at >= start)
            .where(a.status.in_(_LIVE), a.deleted_at.is_(None))
            .order_by(a.starts_at)
        )
    )


def _run_closed_months(world: DemoWorld, after: dt.date) -> None:
    """The monthly run for each month that closed since ``after``; it only fills gaps."""
    period, this_month = f"{after:%Y-%m}", f"{world.today:%Y-%m}"
    while period < this_month:
        run_at = min(payout_run_at(period), world.now)
        service.run_monthly_payouts(world.session, period, now=run_at)
        period = next_period(period)
