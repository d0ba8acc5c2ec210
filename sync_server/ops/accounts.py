"""``create-hospital``, ``create-user``, ``revoke-device`` and ``worker``.

Passwords come from a prompt (typed twice) or, with ``--password-stdin``,
from the first line of standard input: never from argv, which ``ps`` shows.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from collections.abc import MutableMapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models.organisation import Hospital, User
from shared.db.models.owners import OwnerAccount
from shared.domain.enums import Role
from shared.domain.places import normalize_state
from shared.errors import ConflictError, FieldValidationError, NotFoundError
from sync_server import audit
from sync_server.auth.devices import revoke_device
from sync_server.auth.passwords import set_password
from sync_server.config import ServerSettings
from sync_server.ops.common import unit_of_work

HOSPITAL_ROLES = {Role.MANAGER, Role.FRONT_DESK, Role.CLINICIAN}


def create_hospital(args: argparse.Namespace, settings: ServerSettings) -> int:
    with unit_of_work(settings) as session:
        code = args.code.strip().upper()
        if session.scalar(sa.select(Hospital.id).where(Hospital.code == code)):
            raise ConflictError(f"A hospital with code {code} already exists.", field="code")
        hospital = Hospital(code=code, name=args.name.strip(), state=normalize_state(args.state))
        session.add(hospital)
        session.flush()
        audit.record(session, None, "create", "hospitals", hospital.id, hospital_id=hospital.id)
    print(f"hospital {code} created: {hospital.id}")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != first:
        raise FieldValidationError("password", "the two passwords differ")
    return first


def _scope(session: Session, role: Role, args: argparse.Namespace) -> dict[str, Any]:
    if role in HOSPITAL_ROLES:
        if not args.hospital:
            raise FieldValidationError("hospital", f"a {role.value} needs --hospital CODE")
        code = args.hospital.strip().upper()
        hospital_id = session.scalar(sa.select(Hospital.id).where(Hospital.code == code))
        if hospital_id is None:
            raise NotFoundError(f"No hospital with code {code}.", field="hospital")
        return {"hospital_id": hospital_id}
    if role is Role.OWNER:
        if not args.owner:
            raise FieldValidationError("owner", "an owner needs --owner OWNER_ACCOUNT_ID")
        try:
            owner = session.get(OwnerAccount, uuid.UUID(args.owner))
        except ValueError as exc:
            raise FieldValidationError("owner", "is not a valid id") from exc
        if owner is None:
            raise NotFoundError("No such owner account.", field="owner")
        return {"owner_account_id": owner.id}
    return {}


def create_user(args: argparse.Namespace, settings: ServerSettings) -> int:
    try:
        role = Role(args.role)
    except ValueError as exc:
        raise FieldValidationError("role", f"must be one of {', '.join(Role)}") from exc
    password = _read_password(args.password_stdin)
    username = args.username.strip().lower()
    with unit_of_work(settings) as session:
        if session.scalar(sa.select(User.id).where(sa.func.lower(User.username) == username)):
            raise ConflictError(f"The username {username} is taken.", field="username")
        scope = _scope(session, role, args)
        user = User(username=username, full_name=args.full_name or username, role=role, **scope)
        session.add(user)
        session.flush()
        set_password(session, user, password)
        audit.record(session, None, "create", "users", user.id, summary={"role": role.value})
    print(f"user {username} ({role.value}) created: {user.id}")
    return 0


def revoke(args: argparse.Namespace, settings: ServerSettings) -> int:
    try:
        device_id = uuid.UUID(args.device_id)
    except ValueError as exc:
        raise FieldValidationError("device_id", "is not a valid id") from exc
    with unit_of_work(settings) as session:
        device = revoke_device(session, device_id)
        audit.record(session, None, "revoke", "devices", device.id, hospital_id=device.hospital_id)
    print(f"device {device.name} ({device.prefix}) revoked")
    return 0


def worker(args: argparse.Namespace, settings: ServerSettings) -> int:
    from sync_server.jobs import worker as jobs_worker
    from sync_server.main import database_url
    from sync_server.ops.common import engine_for

    overrides = jobs_worker.parse_overrides(args.cron)
    engine_for(settings).dispose()
    jobs_worker.run(database_url(settings), overrides, concurrency=args.concurrency)
    return 0


def add_parsers(sub: Any, commands: MutableMapping[str, Any]) -> None:
    p = sub.add_parser("create-hospital", help="add a hospital")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--state", required=True)
    p = sub.add_parser("create-user", help="add a staff or owner account")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--full-name")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--hospital", help="hospital code, for managers, front desk, clinicians")
    group.add_argument("--owner", help="owner account id, for owners")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p = sub.add_parser("revoke-device", help="cut off a lost or stolen PC")
    p.add_argument("device_id")
    p = sub.add_parser("worker", help="run background jobs and periodic schedules")
    p.add_argument("--concurrency", type=int, default=2)
    p.add_argument(
        "--cron", action="append", default=[], metavar="NAME=CRON", help="override a schedule"
    )
    commands.update(
        {
            "create-hospital": create_hospital,
            "create-user": create_user,
            "revoke-device": revoke,
            "worker": worker,
        }
    )
