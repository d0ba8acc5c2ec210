"""The sequence-gap race: a pull must never skip a change that committed late.

Writer A takes change number N and then stalls before committing; writer B
starts later and commits N+1 while A is still open. With numbers taken at
insert time, a reader polling in between would see N+1, move its cursor past
N, and never see A's change. The change log takes its numbers under a
transaction-scoped lock at the end of the transaction, so B waits for A and
every poll of the reader sees a gap-free prefix.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import Patient
from shared.domain.enums import Sex
from sync_server.sync.changes import flush_changes
from sync_server.sync.pull import pull_json
from tests.integration.sync.conftest import HospitalWorld


def _write(
    sessions: sessionmaker[Session], world: HospitalWorld, number: str, stall: float
) -> None:
    with sessions.begin() as session:
        patient = Patient(
            hospital_id=world.hospital_id,
            patient_number=number,
            first_name="Yusuf",
            last_name="Garba",
            sex=Sex.MALE,
        )
        session.add(patient)
        flush_changes(session)  # number taken; now stall before the commit
        time.sleep(stall)


def _patient_seqs(page: dict[str, Any]) -> list[int]:
    """The world fixture's own rows are in the feed too; the race is over the patients."""
    return [change["seq"] for change in page["changes"] if change["table"] == "patients"]


def test_a_reader_never_skips_a_late_commit(
    pg_sessions: sessionmaker[Session], world: HospitalWorld
) -> None:
    principal = world.principal(0)
    slow = threading.Thread(target=_write, args=(pg_sessions, world, "IKJ1-000900", 0.6))
    fast = threading.Thread(target=_write, args=(pg_sessions, world, "IKJ1-000901", 0.0))
    slow.start()
    time.sleep(0.15)  # the slow writer holds its number
    fast.start()
    cursor, seen = 0, []
    while slow.is_alive() or fast.is_alive():
        with pg_sessions() as session:
            page = orjson.loads(pull_json(session, principal, cursor, 100))
        seen.extend(_patient_seqs(page))
        cursor = page["cursor"]
        time.sleep(0.02)
    slow.join()
    fast.join()
    with pg_sessions() as session:
        page = orjson.loads(pull_json(session, principal, cursor, 100))
        seen.extend(_patient_seqs(page))
        committed = sorted(session.scalars(sa.select(Patient.server_seq)))
    assert len(committed) == 2
    assert sorted(seen) == committed  # the reader got both, whatever it polled in between
