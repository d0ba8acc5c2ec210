"""One batch editing many rows: what the set-based write stores on the server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import Patient
from shared.domain.access import Principal
from tests.integration.sync.conftest import Desk, HospitalWorld
from tests.integration.sync.test_roundtrip import local, register


def test_one_batch_clearing_dating_and_re_editing_rows_lands_on_the_server_and_other_desks(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patients = [
        register(a, world, f"IKJ1-00010{i}", middle_name="Ngozi", address="1 Broad Street")
        for i in range(3)
    ]
    a.sync.sync_once()
    born = dt.date(1990, 5, 17)
    with a.write() as writer:
        rows = [writer.session.get(Patient, patient.id) for patient in patients]
        for row in rows:  # every value of the column cleared in one batch
            writer.update(row, middle_name=None, date_of_birth=born)
        writer.update(rows[0], address="2 Marina Road")
        writer.update(rows[0], address="3 Awolowo Road")
    report = a.sync.sync_once()
    assert report.pushed == 5 and report.rejected == 0
    with pg_sessions() as session:
        rows = [session.get(Patient, patient.id) for patient in patients]
        assert [(r.middle_name, r.date_of_birth) for r in rows if r] == [(None, born)] * 3
        first = rows[0]
        assert first is not None and first.address == "3 Awolowo Road"
    b.sync.sync_once()
    copies = [local(b, patient.id) for patient in patients]
    assert [(c.middle_name, c.date_of_birth) for c in copies] == [(None, born)] * 3
    assert copies[0].address == "3 Awolowo Road"
    assert copies[1].address == "1 Broad Street"
