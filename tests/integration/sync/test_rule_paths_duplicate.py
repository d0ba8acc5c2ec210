"""The duplicate-person rule gives one answer on the desk, over REST and on push.

The same person typed with and without tone marks ("Adébáyọ̀" and "Adebayo")
at the same phone and birth date is a likely duplicate on every path: the
desk asks before saving, the REST API and a push from a desk that could not
see the first record flag the pair for review. A sibling on the same phone
is a household, flagged on no path.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.desk import DeskIdentity
from desktop.services.registration import LikelyDuplicateError, Registered, register_patient
from desktop.store.tables import OutboxMutation
from shared.db.models import PatientDuplicateFlag
from shared.domain.access import Principal
from shared.domain.patients import DUPLICATE_REASON
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer
from tests.integration.sync.rule_paths import Site, dry_run


def person(first_name: str, last_name: str = "Okafor") -> dict[str, Any]:
    return {
        "first_name": first_name,
        "last_name": last_name,
        "sex": "male",
        "phone": "0803 123 4567",
        "date_of_birth": "1990-04-12",
    }


@dataclass(frozen=True)
class Paths:
    site: Site
    first: Registered

    def desk(self, data: dict[str, Any]) -> list[str]:
        """Who desk ``a`` says the person may already be (nothing is saved)."""
        with dry_run(self.site.a) as (session, writer):
            try:
                register_patient(session, writer, desk=identity(self.site, self.site.a), data=data)
            except LikelyDuplicateError as exc:
                return [label.rsplit("(", 1)[1].rstrip(")") for label in exc.matches]
        return []

    def rest(self, data: dict[str, Any]) -> list[str]:
        """The patient numbers the REST API flags the new record against."""
        with self.site.api(2) as client:
            response = client.post("/api/crm/patients/profile", json=data)
        assert response.status_code == 201, response.text
        body = response.json()
        return self._flagged(uuid.UUID(body["patient"]["id"]), body["possible_duplicates"])

    def push(self, data: dict[str, Any]) -> list[str]:
        """Desk ``b``, which never saw the first record, registers and syncs.

        The answer is flagged ``possible_duplicate`` when the server found
        anyone (the record the REST path made counts too); which records it
        flagged is read from the server.
        """
        with self.site.b.write() as writer:
            new = register_patient(
                writer.session, writer, desk=identity(self.site, self.site.b), data=data
            )
        self.site.b.sync.sync_once()
        with self.site.b.sessions() as session:
            answer = session.scalars(
                sa.select(OutboxMutation).where(OutboxMutation.row_id == new.id)
            ).one()
        assert answer.outcome == "applied"
        assert answer.reason_code in (None, "possible_duplicate")
        return self._flagged(new.id, None)

    def _flagged(self, patient_id: uuid.UUID, said: list[str] | None) -> list[str]:
        """The first record's number if ``patient_id`` was flagged against it."""
        with self.site.sessions() as session:
            flags = list(
                session.scalars(
                    sa.select(PatientDuplicateFlag).where(
                        PatientDuplicateFlag.patient_id == patient_id
                    )
                )
            )
        assert all(flag.reason == DUPLICATE_REASON for flag in flags)
        if said is not None:
            assert sorted(said) == sorted(str(flag.other_patient_id) for flag in flags)
        return [self.first.patient_number for f in flags if f.other_patient_id == self.first.id]


def identity(site: Site, desk: Desk) -> DeskIdentity:
    device_id = desk.principal.device_id
    assert device_id is not None
    return DeskIdentity(device_id, site.world.prefixes[site.world.device_ids.index(device_id)])


@pytest.fixture
def paths(
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    make_desk: Callable[[Principal], Desk],
) -> Paths:
    site = Site.of(world, sync_server, pg_sessions, make_desk)
    with site.a.write() as writer:
        first = register_patient(
            writer.session, writer, desk=identity(site, site.a), data=person("Adébáyọ̀")
        )
    site.a.sync.sync_once()
    return Paths(site, first)


def test_the_same_person_typed_without_tone_marks_is_a_duplicate_on_every_path(
    paths: Paths,
) -> None:
    answers = [path(person("adebayo")) for path in (paths.desk, paths.rest, paths.push)]
    assert answers == [[paths.first.patient_number]] * 3


def test_a_sibling_on_the_same_phone_is_a_duplicate_on_no_path(paths: Paths) -> None:
    answers = [path(person("Chidi")) for path in (paths.desk, paths.rest, paths.push)]
    assert answers == [[], [], []]
