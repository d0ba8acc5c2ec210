"""A seeded generator of one busy hospital: 100,000 patients and 300,000 appointments.

Rows are loaded with PostgreSQL ``COPY`` (the fastest path, so the benchmark
measures sync, not set-up). The same seed gives the same names, numbers and
times on every run.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from shared.db.base import new_id

FIRST = (
    "Adaeze",
    "Babajide",
    "Chinedu",
    "Damilola",
    "Emeka",
    "Folake",
    "Garba",
    "Halima",
    "Ifeoma",
    "Jide",
    "Kemi",
    "Lawal",
    "Musa",
    "Ngozi",
    "Oluwaseun",
    "Tunde",
    "Zainab",
)
LAST = (
    "Adeyemi",
    "Bello",
    "Chukwu",
    "Danjuma",
    "Eze",
    "Fashola",
    "Ibrahim",
    "Okafor",
    "Okonkwo",
    "Olawale",
    "Suleiman",
    "Usman",
    "Yusuf",
)
STATES = ("Lagos", "FCT", "Kano", "Rivers", "Oyo", "Kaduna")


@dataclass(frozen=True)
class Hospital:
    hospital_id: uuid.UUID
    clinician_ids: tuple[uuid.UUID, ...]
    device_ids: tuple[uuid.UUID, ...]
    user_id: uuid.UUID
    patient_ids: tuple[uuid.UUID, ...]


def generate(
    engine: sa.Engine, *, patients: int = 100_000, appointments: int = 300_000, seed: int = 7
) -> Hospital:
    """Load the hospital into an empty, migrated server database."""
    rng = random.Random(seed)
    hospital_id, user_id = new_id(), new_id()
    clinicians = tuple(new_id() for _ in range(40))
    devices = tuple(new_id() for _ in range(4))
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO hospitals (id, code, name, state, currency, created_at, updated_at,"
                " server_seq, field_clocks) VALUES (:id, 'BNCH', 'Bench General Hospital',"
                " 'Lagos', 'NGN', :now, :now, 0, '{}')"
            ),
            {"id": hospital_id, "now": now},
        )
        _insert_staff(conn, hospital_id, user_id, clinicians, devices, now)
        patient_ids = _copy_patients(conn, rng, hospital_id, patients, now)
        _copy_appointments(conn, rng, hospital_id, patient_ids, clinicians, appointments, now)
    _settle(engine)
    return Hospital(hospital_id, clinicians, devices, user_id, patient_ids)


def _settle(engine: sa.Engine) -> None:
    """Vacuum and analyse, as autovacuum would have done on a server that has been running.

    A table loaded a moment ago has no planner statistics and no hint bits,
    so whichever benchmark read it first would pay for that, not for its
    own work.
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


def _insert_staff(
    conn: sa.Connection,
    hospital_id: uuid.UUID,
    user_id: uuid.UUID,
    clinicians: tuple[uuid.UUID, ...],
    devices: tuple[uuid.UUID, ...],
    now: dt.datetime,
) -> None:
    common = {"h": hospital_id, "now": now}
    conn.execute(
        sa.text(
            "INSERT INTO users (id, username, full_name, role, hospital_id, is_active, created_at,"
            " updated_at, server_seq, field_clocks) VALUES (:id, 'bench_desk', 'Bench Desk',"
            " 'front_desk', :h, true, :now, :now, 0, '{}')"
        ),
        {"id": user_id, **common},
    )
    conn.execute(
        sa.text(
            "INSERT INTO clinicians (id, hospital_id, full_name, active, created_at, updated_at,"
            " server_seq, field_clocks) VALUES (:id, :h, :name, true, :now, :now, 0, '{}')"
        ),
        [{"id": c, "name": f"Dr Clinician {i}", **common} for i, c in enumerate(clinicians)],
    )
    conn.execute(
        sa.text(
            "INSERT INTO devices (id, name, prefix, hospital_id, created_at, updated_at,"
            " server_seq, field_clocks) VALUES (:id, :name, :prefix, :h, :now, :now, 0, '{}')"
        ),
        [
            {"id": d, "name": f"Desk {i}", "prefix": f"BN{i}", **common}
            for i, d in enumerate(devices)
        ],
    )


def _copy(
    conn: sa.Connection, table: str, columns: list[str], rows: list[tuple[object, ...]]
) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy(  # type: ignore[attr-defined]
            f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        ) as copy,
    ):
        for row in rows:
            copy.write_row(row)


def _copy_patients(
    conn: sa.Connection, rng: random.Random, hospital_id: uuid.UUID, count: int, now: dt.datetime
) -> tuple[uuid.UUID, ...]:
    columns = [
        "id",
        "hospital_id",
        "patient_number",
        "first_name",
        "last_name",
        "sex",
        "date_of_birth",
        "phone",
        "state",
        "allergies",
        "chronic_conditions",
        "payer_type",
        "preferred_language",
        "preferred_channel",
        "consent_sms",
        "consent_whatsapp",
        "consent_email",
        "consent_marketing",
        "created_at",
        "updated_at",
        "server_seq",
        "field_clocks",
    ]
    ids = tuple(new_id() for _ in range(count))
    rows = [
        (
            pid,
            hospital_id,
            f"BN0-{n:06d}",
            rng.choice(FIRST),
            rng.choice(LAST),
            rng.choice(("male", "female")),
            dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(25000)),
            f"+234803{rng.randrange(10**7):07d}",
            rng.choice(STATES),
            "[]",
            "[]",
            "self_pay",
            "en",
            "sms",
            True,
            False,
            False,
            False,
            now,
            now,
            0,
            "{}",
        )
        for n, pid in enumerate(ids)
    ]
    _copy(conn, "patients", columns, rows)
    return ids


def _copy_appointments(
    conn: sa.Connection,
    rng: random.Random,
    hospital_id: uuid.UUID,
    patients: tuple[uuid.UUID, ...],
    clinicians: tuple[uuid.UUID, ...],
    count: int,
    now: dt.datetime,
) -> None:
    columns = [
        "id",
        "hospital_id",
        "patient_id",
        "clinician_id",
        "starts_at",
        "ends_at",
        "kind",
        "status",
        "needs_reschedule",
        "created_at",
        "updated_at",
        "server_seq",
        "field_clocks",
    ]
    rows = []
    for n in range(count):
        start = now + dt.timedelta(minutes=30 * n)
        rows.append(
            (
                new_id(),
                hospital_id,
                rng.choice(patients),
                clinicians[n % len(clinicians)],
                start,
                start + dt.timedelta(minutes=30),
                "consultation",
                "scheduled",
                False,
                now,
                now,
                0,
                "{}",
            )
        )
    _copy(conn, "appointments", columns, rows)
