"""Completing a visit gives one answer at the desk, over REST and on push.

A visit is completed once: the desk refuses a second completion, the API
answers 409 with the same sentence, and of two desks that each completed the
same visit while offline the second's push is refused with it (shown in Sync
health). ``patients.last_visit_at`` is the visit's check-in time on every
path, set once; a completion pushed without it sets it at the server. A
hospital that names its rating page gets the feedback request queued on the
desk and the REST path alike. A pushed edit that moves a completed visit backwards is
refused with the status named.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.sync_health import sync_health
from desktop.services.visits import check_in, complete_visit
from shared.clock import utcnow
from shared.db.models import Appointment, Hospital, Message, Patient
from shared.domain.access import Principal
from shared.domain.enums import AppointmentStatus
from shared.errors import ConflictError
from sync_server.messaging.templates import seed_templates
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer, make_hospital
from tests.integration.sync.rule_paths import Site, dry_run
from tests.integration.sync.test_roundtrip import register
from tests.integration.sync.test_rule_paths_validation import unchecked_write

ALREADY = "this visit was already completed"


@pytest.fixture
def site(
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    make_desk: Callable[[Principal], Desk],
) -> Site:
    return Site.of(world, sync_server, pg_sessions, make_desk)


def checked_in_visit(
    site: Site, number: str, **patient: object
) -> tuple[uuid.UUID, uuid.UUID, dt.datetime]:
    """A patient booked at desk ``a`` and checked in there; both desks have synced it."""
    person = register(site.a, site.world, number, **patient)
    arrived = utcnow().replace(microsecond=0) - dt.timedelta(minutes=20)
    with site.a.write() as writer:
        visit = writer.insert(
            Appointment,
            hospital_id=site.world.hospital_id,
            patient_id=person.id,
            clinician_id=site.world.clinician_id,
            starts_at=arrived,
            ends_at=arrived + dt.timedelta(minutes=30),
        )
    with site.a.write() as writer:
        check_in(writer.session, writer, appointment_id=visit.id, now=arrived)
    site.a.sync.sync_once()
    site.b.sync.sync_once()
    return visit.id, person.id, arrived


def complete_at(desk: Desk, visit_id: uuid.UUID, note: str | None = None) -> None:
    with desk.write() as writer:
        complete_visit(writer.session, writer, appointment_id=visit_id, note=note)


def server_rows(site: Site, visit_id: uuid.UUID) -> tuple[Appointment, Patient]:
    with site.sessions() as session:
        visit = session.get_one(Appointment, visit_id)
        return visit, session.get_one(Patient, visit.patient_id)


def test_each_path_completes_a_visit_and_sets_the_last_visit(site: Site) -> None:
    pushed, patient_id, arrived = checked_in_visit(site, "IKJ1-000061")
    complete_at(site.a, pushed, "BP normal")
    with site.a.sessions() as session:
        assert session.get_one(Patient, patient_id).last_visit_at == arrived
    assert site.a.sync.sync_once().rejected == 0
    visit, patient = server_rows(site, pushed)
    assert (visit.status, visit.notes) == (AppointmentStatus.COMPLETED, "Visit note: BP normal")
    assert patient.last_visit_at == arrived

    over_rest, _, later = checked_in_visit(site, "IKJ1-000062")
    with site.api() as client:
        too_long = client.post(
            f"/api/crm/appointments/{over_rest}/complete", json={"note": "x" * 1001}
        )
        missing = client.post(f"/api/crm/appointments/{uuid.uuid4()}/complete", json={})
        answer = client.post(f"/api/crm/appointments/{over_rest}/complete", json={})
    assert (too_long.status_code, too_long.json()["error"]["field"]) == (422, "note")
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "not_found")
    assert answer.status_code == 200, answer.text
    visit, patient = server_rows(site, over_rest)
    assert visit.status is AppointmentStatus.COMPLETED
    assert patient.last_visit_at == later


def test_one_visit_completed_at_two_desks_offline_is_completed_once(site: Site) -> None:
    visit_id, _, arrived = checked_in_visit(site, "IKJ1-000063")
    complete_at(site.a, visit_id, "Seen by Dr Okafor")  # both desks offline
    complete_at(site.b, visit_id, "Seen again")
    assert site.a.sync.sync_once().rejected == 0
    assert site.b.sync.sync_once().rejected == 1

    with site.b.sessions() as session:
        reasons = [(r.row_id, r.reason) for r in sync_health(session).rejections]
    assert [(row, ALREADY in reason.lower()) for row, reason in reasons] == [(visit_id, True)]
    visit, patient = server_rows(site, visit_id)
    assert (visit.status, visit.notes) == (
        AppointmentStatus.COMPLETED,
        "Visit note: Seen by Dr Okafor",
    )
    assert patient.last_visit_at == arrived
    with site.b.sessions() as session:  # desk b now holds the completion that stands
        assert session.get_one(Appointment, visit_id).notes == "Visit note: Seen by Dr Okafor"

    site.a.sync.sync_once()  # the same question on the other two paths: the same answer
    with dry_run(site.a) as (session, writer), pytest.raises(ConflictError) as at_desk:
        complete_visit(session, writer, appointment_id=visit_id)
    with site.api() as client:
        answer = client.post(f"/api/crm/appointments/{visit_id}/complete", json={"note": "x"})
    assert (at_desk.value.message, at_desk.value.field) == (ALREADY, "status")
    assert answer.status_code == 409
    assert answer.json()["error"] | {"message": ALREADY} == {
        "code": "already_completed",
        "message": at_desk.value.message,
        "field": "status",
    }


def test_a_pushed_edit_cannot_take_a_completed_visit_back(site: Site) -> None:
    visit_id, _, _ = checked_in_visit(site, "IKJ1-000064")
    complete_at(site.a, visit_id)
    site.a.sync.sync_once()
    with unchecked_write(site.b) as writer:  # an old desk, offline since the check-in
        row = writer.session.get_one(Appointment, visit_id)
        writer.update(row, status=AppointmentStatus.SCHEDULED)
    assert site.b.sync.sync_once().rejected == 1
    with site.b.sessions() as session:
        [rejection] = sync_health(session).rejections
    assert (rejection.row_id, rejection.field) == (visit_id, "status")
    assert "an appointment that is completed cannot become scheduled" in rejection.reason
    visit, _ = server_rows(site, visit_id)
    assert visit.status is AppointmentStatus.COMPLETED


LINK = "https://grandpro.example.ng/rate"


def ask_for_feedback(site: Site) -> None:
    """The hospital names its rating page and has the shipped templates; both desks pull them."""
    with site.sessions.begin() as session:
        seed_templates(session)
        session.get_one(Hospital, site.world.hospital_id).feedback_request_link = LINK
    site.a.sync.sync_once()
    site.b.sync.sync_once()


def feedback_requests(site: Site, patient_id: uuid.UUID) -> list[str]:
    with site.sessions() as session:
        query = sa.select(Message.body).where(Message.patient_id == patient_id)
        return list(session.scalars(query))


def test_completing_a_visit_queues_the_hospitals_feedback_request(site: Site) -> None:
    visit_id, patient_id, _ = checked_in_visit(site, "IKJ1-000065", phone="+2348031234565")
    quiet_id, quiet_patient, _ = checked_in_visit(site, "IKJ1-000066")  # no phone on file
    complete_at(site.a, visit_id)
    site.a.sync.sync_once()
    assert feedback_requests(site, patient_id) == []  # the hospital has not asked for any

    ask_for_feedback(site)
    again_id, again_patient, _ = checked_in_visit(site, "IKJ1-000067", phone="+2348031234567")
    complete_at(site.a, again_id)
    with site.api() as client:
        answer = client.post(f"/api/crm/appointments/{quiet_id}/complete", json={})
    assert answer.status_code == 200, answer.text
    assert answer.json()["feedback_request_id"] is None  # nothing to send it to
    assert site.a.sync.sync_once().rejected == 0

    [body] = feedback_requests(site, again_patient)
    assert LINK in body and body.startswith("Dear Amaka")
    assert feedback_requests(site, quiet_patient) == []

    rest_id, rest_patient, _ = checked_in_visit(site, "IKJ1-000069", phone="+2348031234569")
    with site.api() as client:
        answer = client.post(f"/api/crm/appointments/{rest_id}/complete", json={})
    [rest_body] = feedback_requests(site, rest_patient)
    assert answer.json()["feedback_request_id"] is not None
    assert rest_body == body  # the same words for the same first name, whichever path
    _, patient = server_rows(site, again_id)
    assert patient.last_visit_at is not None


def test_a_completion_pushed_without_the_last_visit_sets_it_at_the_server(site: Site) -> None:
    visit_id, patient_id, arrived = checked_in_visit(site, "IKJ1-000068")
    with site.b.write() as writer:  # an older desk: it completes the visit and nothing else
        writer.update(
            writer.session.get_one(Appointment, visit_id), status=AppointmentStatus.COMPLETED
        )
    assert site.b.sync.sync_once().rejected == 0
    _, patient = server_rows(site, visit_id)
    assert patient.last_visit_at == arrived
    site.a.sync.sync_once()
    with site.a.sessions() as session:
        assert session.get_one(Patient, patient_id).last_visit_at == arrived


def test_another_hospitals_visit_is_not_found_over_rest(site: Site) -> None:
    visit_id, _, _ = checked_in_visit(site, "IKJ1-000070")
    with site.sessions.begin() as session:
        elsewhere = make_hospital(session, code="ABJ", devices=1)
    token = site.server.token(elsewhere.principal(0))
    with httpx.Client(base_url=site.server.url) as client:
        answer = client.post(
            f"/api/crm/appointments/{visit_id}/complete",
            json={},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert (answer.status_code, answer.json()["error"]["code"]) == (404, "not_found")
    visit, _ = server_rows(site, visit_id)
    assert visit.status is AppointmentStatus.CHECKED_IN
