"""The audit log is append-only at the database; operator commands work end to end."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models.audit import AuditEntry
from shared.db.models.organisation import Device, User
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server import audit
from sync_server.cli import main
from tests.integration.server.conftest import LiveServer


def test_audit_rows_cannot_be_changed_or_deleted(pg_engine: sa.Engine) -> None:
    with Session(pg_engine) as s, s.begin():
        entry_id = audit.record(s, None, "create", "hospitals").id
    for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), pg_engine.begin() as c:
            c.execute(sa.text(statement))
    with Session(pg_engine) as s:
        assert s.get(AuditEntry, entry_id) is not None


def test_record_patient_read_names_actor_and_device(pg_engine: sa.Engine) -> None:
    from tests import factories

    with Session(pg_engine, expire_on_commit=False) as s, s.begin():
        hospital = factories.hospital(s)
        patient = factories.patient(s, hospital_id=hospital.id)
        user = factories.user(s, role=Role.CLINICIAN, hospital_id=hospital.id)
        who = Principal(user.id, Role.CLINICIAN, hospital_id=hospital.id)
        audit.record_patient_read(s, who, patient.id, hospital.id)
    with Session(pg_engine) as s:
        row = s.scalars(sa.select(AuditEntry)).one()
        assert (row.action, row.entity, row.entity_id) == ("read", "patients", patient.id)
        assert row.actor_user_id == user.id and row.hospital_id == hospital.id


def _env(monkeypatch: pytest.MonkeyPatch, pg_url: str, tmp_path: Path) -> None:
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))


def test_cli_creates_hospital_and_user_who_can_log_in_then_revokes_the_pc(
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    tmp_path: Path,
    live_server: LiveServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _env(monkeypatch, pg_url, tmp_path)
    monkeypatch.setenv("HMSO_SECRET_KEY", live_server.settings.signing_key)
    assert (
        main(["create-hospital", "--code", "knh", "--name", "Kano Heart", "--state", "kano"]) == 0
    )
    assert main(["create-hospital", "--code", "KNH", "--name", "Again", "--state", "Kano"]) == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long enough password\n"))
    args = ["create-user", "Musa", "--role", "manager", "--hospital", "KNH", "--password-stdin"]
    assert main(args) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert main(["create-user", "x", "--role", "admin", "--password-stdin"]) == 2
    assert "password: Password: use at least" in capsys.readouterr().err
    with live_server.client() as c:
        body = {"username": "musa", "password": "a long enough password"}
        r = c.post("/api/auth/login", json=body)
        assert r.status_code == 200, r.text
        assert r.json()["device"]["prefix"] == "KNH1"
        device_id = r.json()["device"]["id"]
        assert main(["revoke-device", device_id]) == 0
        me = c.get("/api/auth/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"})
        assert me.status_code == 401
    with Session(live_server.engine) as s:
        user = s.scalars(sa.select(User).where(User.username == "musa")).one()
        assert user.role is Role.MANAGER
        device = s.scalars(sa.select(Device)).one()
        assert str(device.id) == device_id and device.revoked_at is not None
