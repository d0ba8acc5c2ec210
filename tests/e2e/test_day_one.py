"""Day one: from an empty database to an owner reading a paid statement offline.

Nothing is seeded. The server's own CLI migrates the database and installs
the shipped templates (``hmso-server migrate``) and creates the first
administrator (``hmso-server init``); from then on every row is made by
the product: the administrator, signed in on an office PC, over
``/api/admin``; the manager, whose first sign-in registers the hospital PC,
on the desk's Administration screen; the front desk through the desk's
services; the jobs through the worker's own slot runner at controlled times;
the payout steps over the owners' REST API. Twilio and SendGrid are local
recording servers reached by the real SDKs. The owner reads the statement on
an owner profile after the server has stopped.
"""

from __future__ import annotations

import base64
import builtins
import datetime as dt
import getpass
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import sqlalchemy as sa
from keyring.backend import KeyringBackend
from pydantic import SecretStr
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.app import DesktopApp, build, signed_in_profile
from desktop.auth import StaffSession
from desktop.config import DesktopSettings
from desktop.services.admin import AdminClient, admin_connection, admin_resources, with_client
from desktop.services.payments import record_payment
from desktop.services.registration import register_patient
from desktop.services.visits import check_in, complete_visit
from desktop.store.writes import LocalWriter
from desktop.ui.login import LoginDialog
from desktop.ui.screens.administration import AdministrationScreen
from shared.clock import LAGOS, as_utc, lagos_today, utcnow
from shared.db.models import Appointment, Device, Payout, RevenueEntry
from shared.domain.enums import AppointmentStatus
from shared.domain.payouts import period_bounds
from sync_server import cli
from sync_server.config import ServerSettings
from sync_server.jobs.schedules import run_slot
from tests.desktop.conftest import MemoryKeyring
from tests.desktop.test_shared_pc_sign_in import first_sync
from tests.integration.messaging.conftest import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    Recorder,
    recorder_factory,
    sendgrid,
    twilio,
)
from tests.integration.server.conftest import LiveServer, run_server

__all__ = ["recorder_factory", "sendgrid", "twilio"]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASSWORDS = {
    "ada.admin": "Lagoon-Harbour-2291",
    "tunde.manager": "Mango-Orchard-5512",
    "amaka.desk": "Blue-Lantern-7740",
    "ngozi.owner": "Quiet-River-3381",
}
OWNER_EMAIL = "ngozi@okafor-holdings.example.ng"
PATIENT_PHONE = "+2348035550101"
SECRET = "day-one-signing-key-" + "k" * 32
T = TypeVar("T")


@pytest.fixture
def settings(pg_url: str, tmp_path: Path, twilio: Recorder, sendgrid: Recorder) -> ServerSettings:
    """The server's settings as its environment would give them, pointed at the recorders."""
    return ServerSettings.model_validate(
        {
            "database_url": pg_url,
            "data_dir": tmp_path / "server",
            "secret_key": SecretStr(SECRET),
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_PHONE_NUMBER": "+2348000000001",
            "twilio_base_url": twilio.url,
            "SENDGRID_API_KEY": "SG.test",
            "SENDGRID_FROM_EMAIL": "care@grandpro.example.ng",
            "sendgrid_host": sendgrid.url,
            "public_base_url": "https://crm.example.ng",
        }
    )


def _cli(monkeypatch: pytest.MonkeyPatch, settings: ServerSettings, *argv: str) -> None:
    """Run ``hmso-server`` in-process with the settings in its environment."""
    monkeypatch.setenv("HMSO_DATABASE_URL", str(settings.database_url))
    monkeypatch.setenv("HMSO_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("HMSO_SECRET_KEY", SECRET)
    assert cli.main(list(argv)) == 0


def _init_first_admin(monkeypatch: pytest.MonkeyPatch, settings: ServerSettings) -> None:
    """``hmso-server init`` answered at its prompts, the password typed twice."""
    answers = iter(["ada.admin", "Ada Obi"])
    monkeypatch.setattr(builtins, "input", lambda _prompt="": next(answers))
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": PASSWORDS["ada.admin"])
    _cli(monkeypatch, settings, "init")


@dataclass
class Running:
    """The live server and a way to switch it off mid-test (the owner then reads offline)."""

    server: LiveServer
    stop: Callable[[], object]


@pytest.fixture
def running(monkeypatch: pytest.MonkeyPatch, settings: ServerSettings) -> Iterator[Running]:
    _cli(monkeypatch, settings, "migrate")
    _init_first_admin(monkeypatch, settings)
    serving = run_server(settings, str(settings.database_url))
    yield Running(next(serving), lambda: next(serving, None))
    next(serving, None)


def _login(server: LiveServer, username: str) -> str:
    """Sign in over ``/api/auth/login`` as the desk's client does; the access token."""
    body = {"username": username, "password": PASSWORDS[username]}
    answer = httpx.post(f"{server.url}/api/auth/login", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["access_token"]
    return token


def _month_start() -> dt.date:
    return utcnow().astimezone(LAGOS).date().replace(day=1)


def _admin_sets_up(admin: AdminClient) -> dict[str, str]:
    """Hospital, owner, contract, then the manager and the owner's sign-in."""
    hospital = admin.create(
        "hospitals", {"code": "IKJ", "name": "Ikeja General Hospital", "state": "Lagos"}
    )
    owner = admin.create(
        "owners",
        {"kind": "company", "display_name": "Okafor Holdings", "contact_name": "Ngozi Okafor"}
        | {"email": OWNER_EMAIL},
    )
    contract = {"owner_account_id": owner["id"], "hospital_id": hospital["id"]}
    contract |= {"reference": "IKJ-2026-01", "management_fee_bps": 1500}
    admin.create("contracts", contract | {"start_date": _month_start().isoformat()})
    for username, role, scope in (
        ("tunde.manager", "manager", {"hospital_id": hospital["id"]}),
        ("ngozi.owner", "owner", {"owner_account_id": owner["id"]}),
    ):
        user = {"username": username, "full_name": username.split(".")[0].title(), "role": role}
        admin.create("users", user | scope | {"password": PASSWORDS[username]})
    return {"hospital": hospital["id"], "owner": owner["id"]}


def _pc(data_dir: Path, server: LiveServer, backend: MemoryKeyring) -> DesktopApp:
    """A new PC's desktop app, its server address set as the first-run setup leaves it."""
    return build(DesktopSettings(data_dir=data_dir, server_url=server.url), backend)


def _office_sets_up(office: DesktopApp, qtbot: QtBot) -> tuple[dict[str, str], str]:
    """The first administrator signs in on GrandPro's office PC and sets up the group."""
    try:
        _sign_in(office, office.backend, qtbot, "ada.admin")
        with office.db.sessions() as session:
            connection = admin_connection(session)
        return with_client(connection, _admin_sets_up), connection.token
    finally:
        office.close()


def _sign_in(app: DesktopApp, backend: KeyringBackend, qtbot: QtBot, username: str) -> StaffSession:
    """The desk's login dialog, as a person types into it."""
    dialog = app.login_dialog(backend)
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText(PASSWORDS[username])
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.staff is not None or bool(dialog.error.text()), timeout=20_000)
    assert dialog.staff is not None, dialog.error.text()
    return dialog.staff


def _save(qtbot: QtBot, screen: AdministrationScreen, **values: str) -> dict[str, Any]:
    """Add new, type each field, Save; the server's row comes back."""
    screen.start_new()
    for name, value in values.items():
        screen.form.fields[name].set_value(value)
    with qtbot.waitSignal(screen.saved, timeout=15_000) as saved:
        screen.save()
    row: dict[str, Any] = saved.args[0]
    return row


def _manager_sets_up(app: DesktopApp, qtbot: QtBot) -> None:
    """A department, two clinicians with hours, and the desk user, on the real screen."""
    screen = AdministrationScreen(app.db, admin_resources("manager"))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not app.tasks.busy)
    screen.select("departments")
    qtbot.waitUntil(lambda: not app.tasks.busy)
    department = _save(qtbot, screen, name="General Outpatients")
    screen.select("clinicians")
    qtbot.waitUntil(lambda: not app.tasks.busy)
    for name, hours in (
        ("Chidi Nwosu", "Mon-Fri 09:00-15:00"),
        ("Bola Ade", "Mon-Sat 08:00-12:00"),
    ):
        fields = {"full_name": name, "department_id": department["id"], "working_hours": hours}
        _save(qtbot, screen, **fields, slot_minutes="20")
    screen.select("users")
    qtbot.waitUntil(lambda: not app.tasks.busy)
    desk = {"username": "amaka.desk", "full_name": "Amaka Eze", "role": "front_desk"}
    _save(qtbot, screen, **desk, password=PASSWORDS["amaka.desk"])


def _write(app: DesktopApp, qtbot: QtBot, fn: Callable[[Session, LocalWriter], T]) -> T:
    """One user action through the desk's database thread, as the screens run it."""
    outcome: list[Any] = []
    app.db.write(fn, outcome.append, outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=15_000)
    assert not isinstance(outcome[0], BaseException), outcome[0]
    result: T = outcome[0]
    return result


def _desk_registers(app: DesktopApp, qtbot: QtBot) -> None:
    data = {"first_name": "Kemi", "last_name": "Lawal", "phone": "0803 555 0101", "sex": "female"}
    _write(app, qtbot, lambda s, w: register_patient(s, w, desk=app.db.desk, data=data))


def _desk_books(
    app: DesktopApp, staff: StaffSession, qtbot: QtBot
) -> tuple[uuid.UUID, dt.datetime]:
    """On the Appointments screen: the finder's slots for Dr Nwosu, the 10:00 one booked."""
    window = app.main_window(staff)
    qtbot.addWidget(window)
    screen = window.appointments
    window.go_to(screen)
    qtbot.waitUntil(lambda: screen.provider.count() == 2, timeout=10_000)
    screen.provider.setCurrentIndex(screen.provider.findText("Chidi Nwosu"))
    screen.minutes.setValue(20)
    day = _next_weekday(lagos_today() + dt.timedelta(days=2))
    screen.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: screen.slots.count() > 0 and not app.tasks.busy, timeout=10_000)
    offered = [screen.slots.item(row).text() for row in range(screen.slots.count())]
    assert offered[:4] == ["09:00", "09:20", "09:40", "10:00"], "the clinician's hours and slots"
    screen.slots.setCurrentRow(3)
    start = screen.selected_slot()
    screen.patient.search.setText("0803 555 0101")
    qtbot.waitUntil(lambda: screen.patient.choices.count() == 1, timeout=10_000)
    screen.book_slot()
    qtbot.waitUntil(lambda: screen.message.text() == "Booked.", timeout=10_000)
    with app.db.sessions() as session:
        booked = session.scalars(sa.select(Appointment)).one()
    assert start is not None and as_utc(booked.starts_at) == start
    window.close()
    return booked.id, as_utc(start)


def _next_weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _slot(server: LiveServer, name: str, when: dt.datetime) -> str:
    """One run of schedule ``name`` at ``when``, as the worker runs it."""
    with Session(server.engine) as session, session.begin():
        return run_slot(session, server.settings, name, int(when.timestamp()))


def _reminder_leaves_on_time(server: LiveServer, twilio: Recorder, start: dt.datetime) -> None:
    """Nothing leaves 25 hours ahead; the 24 h reminder leaves at its time, through Twilio."""
    early = start - dt.timedelta(hours=25)
    assert _slot(server, "appointment_reminders", early) == "queued 0 reminder messages"
    _slot(server, "dispatch_messages", early)
    assert twilio.sent() == []
    due = start - dt.timedelta(hours=24) + dt.timedelta(minutes=5)
    assert _slot(server, "appointment_reminders", due) == "queued 1 reminder messages"
    assert _slot(server, "dispatch_messages", due).startswith("sent 1,")
    (sms,) = twilio.sent()
    assert sms.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert sms.form()["To"] == PATIENT_PHONE
    assert "Kemi" in sms.form()["Body"]


def _desk_sees_the_visit_through(
    app: DesktopApp, qtbot: QtBot, appointment_id: uuid.UUID, start: dt.datetime
) -> None:
    """Check-in at the booked time, the visit completed, ₦15,000 paid in cash."""
    _write(app, qtbot, lambda s, w: check_in(s, w, appointment_id=appointment_id, now=start))
    _write(app, qtbot, lambda s, w: complete_visit(s, w, appointment_id=appointment_id))
    with app.db.sessions() as session:
        patient_id = session.get_one(Appointment, appointment_id).patient_id
    payment = {"amount": "15,000", "method": "cash", "description": "Consultation"}
    _write(app, qtbot, lambda s, w: record_payment(s, w, patient_id=patient_id, data=payment))
    first_sync(app)


def _visit_on_server(server: LiveServer, appointment_id: uuid.UUID, start: dt.datetime) -> None:
    with Session(server.engine) as session:
        visit = session.get_one(Appointment, appointment_id)
        assert visit.status is AppointmentStatus.COMPLETED
        assert visit.checked_in_at == start
        receipt = session.scalars(sa.select(RevenueEntry)).one()
        assert (receipt.patient_id, receipt.amount_minor) == (visit.patient_id, 15_000_00)


def _pc_registered(server: LiveServer, app: DesktopApp, hospital_id: str) -> None:
    """The manager's first sign-in registered this PC as a desk of their hospital."""
    with Session(server.engine) as session:
        device = session.get_one(Device, app.db.desk.device_id)
        assert str(device.hospital_id) == hospital_id and device.prefix == app.db.desk.prefix


def _payout_paid(server: LiveServer, token: str, sendgrid: Recorder) -> Payout:
    """The monthly run at 06:00 Lagos on the 1st; approve, pay; the statement e-mail leaves."""
    with Session(server.engine) as session:
        received = session.scalars(sa.select(RevenueEntry.received_at)).one()
    period = as_utc(received).astimezone(LAGOS).strftime("%Y-%m")
    run_at = period_bounds(period)[1] + dt.timedelta(hours=6)  # the schedule's 05:00 UTC
    assert _slot(server, "monthly_payouts", run_at) == f"{period}: 1 created, 0 existed"
    with Session(server.engine) as session:
        payout = session.scalars(sa.select(Payout)).one()
    figures = (payout.gross_minor, payout.fee_minor, payout.net_minor)
    assert figures == (15_000_00, 2_250_00, 12_750_00), "₦15,000 less GrandPro's 15%"
    paid = {"status": "paid", "bank_reference": "GTB-0001", "paid_on": utcnow().date().isoformat()}
    with server.client() as http:
        http.headers["Authorization"] = f"Bearer {token}"
        for step in ({"status": "approved"}, paid):
            answer = http.patch(f"/api/crm/owners/payouts/{payout.id}/status", json=step)
            assert answer.status_code == 200, answer.text
            assert answer.json()["status"] == step["status"]
    assert _slot(server, "dispatch_messages", utcnow()).startswith("sent 1,")
    (mail,) = sendgrid.sent()
    body = mail.json()
    assert body["personalizations"][0]["to"][0]["email"] == OWNER_EMAIL
    (attachment,) = body["attachments"]
    assert attachment["filename"] == f"GrandPro-statement-{period}.pdf"
    assert base64.b64decode(attachment["content"]).startswith(b"%PDF")
    return payout


def _owner_profile(
    hospital: DesktopApp, backend: MemoryKeyring, qtbot: QtBot
) -> tuple[DesktopApp, StaffSession]:
    """The owner signs in on the hospital PC with "Open an owner profile" ticked."""
    dialog: LoginDialog = hospital.login_dialog(backend, offer_owner=True)
    qtbot.addWidget(dialog)
    dialog.owner_profile.setChecked(True)
    dialog.username.setText("ngozi.owner")
    dialog.password.setText(PASSWORDS["ngozi.owner"])
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.staff is not None or bool(dialog.error.text()), timeout=20_000)
    assert dialog.staff is not None, dialog.error.text()
    owner = signed_in_profile(hospital, dialog)
    owner.adopt_registration()
    first_sync(owner)
    return owner, dialog.staff


def _statement_shown_offline(
    owner: DesktopApp, staff: StaffSession, qtbot: QtBot, period: str
) -> None:
    window = owner.main_window(staff)
    qtbot.addWidget(window)
    window.show()
    screen = window.statements
    window.go_to(screen)
    qtbot.waitUntil(lambda: screen.period.findText(period) >= 0, timeout=10_000)
    screen.period.setCurrentText(period)
    qtbot.waitUntil(lambda: screen.statement is not None, timeout=10_000)
    assert screen.net.text() == "Net payout: ₦12,750.00"
    assert "Ikeja General Hospital" in screen.view.toPlainText()


def test_day_one_from_an_empty_database(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    running: Running,
    twilio: Recorder,
    sendgrid: Recorder,
    qtbot: QtBot,
) -> None:
    server = running.server
    ids, token = _office_sets_up(_pc(tmp_path / "office", server, memory_keyring), qtbot)
    app = _pc(tmp_path / "pc", server, memory_keyring)
    try:
        _sign_in(app, memory_keyring, qtbot, "tunde.manager")
        app.adopt_registration()
        _pc_registered(server, app, ids["hospital"])
        first_sync(app)
        _manager_sets_up(app, qtbot)
        desk = _sign_in(app, memory_keyring, qtbot, "amaka.desk")
        first_sync(app)
        _desk_registers(app, qtbot)
        appointment_id, start = _desk_books(app, desk, qtbot)
        first_sync(app)
        _reminder_leaves_on_time(server, twilio, start)
        _desk_sees_the_visit_through(app, qtbot, appointment_id, start)
        _visit_on_server(server, appointment_id, start)
        payout = _payout_paid(server, token, sendgrid)
        owner, staff = _owner_profile(app, memory_keyring, qtbot)
        try:
            running.stop()
            with pytest.raises(httpx.ConnectError):
                httpx.get(server.url, timeout=5)
            _statement_shown_offline(owner, staff, qtbot, payout.period)
        finally:
            owner.close()
    finally:
        app.close()
