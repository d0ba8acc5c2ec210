"""Hospitals and accounts (create, deactivate, delete, change role), ``revoke-device``, ``worker``.

Passwords come from a prompt (typed twice) or, with ``--password-stdin``,
from the first line of standard input: never from argv, which ``ps`` shows.
Every name is checked with the rules every synced row gets (no spreadsheet
formula, no control character) and person names with the registration rules,
before anything is written. A change to an account ends its sessions at once
(``end_sessions``) and reaches the desks through the change log.
"""

from __future__ import annotations

import argparse
import getpass
import re
import sys
import uuid
from collections.abc import MutableMapping
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.organisation import Hospital, User
from shared.db.models.owners import OwnerAccount
from shared.domain.enums import Role
from shared.domain.passwords import check_password_strength
from shared.domain.patients import Name, parse
from shared.domain.places import normalize_state
from shared.errors import ConflictError, FieldValidationError, NotFoundError
from shared.sync.validators import check_values
from sync_server import audit
from sync_server.auth.devices import revoke_device
from sync_server.auth.passwords import set_password
from sync_server.auth.sessions import end_sessions
from sync_server.config import ServerSettings
from sync_server.ops.common import unit_of_work

HOSPITAL_ROLES = {Role.MANAGER, Role.FRONT_DESK, Role.CLINICIAN}
_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


class _PersonName(BaseModel):
    full_name: Name


def _hospital_row(args: argparse.Namespace) -> dict[str, str]:
    code, name = args.code.strip().upper(), " ".join(args.name.split())
    if not _CODE.match(code):
        raise FieldValidationError("code", "use 2 to 12 letters or digits")
    if not name or len(name) > 200:
        raise FieldValidationError("name", "enter the hospital's name (up to 200 characters)")
    row = {"code": code, "name": name, "state": normalize_state(args.state)}
    check_values(row)
    return row


def create_hospital(args: argparse.Namespace, settings: ServerSettings) -> int:
    row = _hospital_row(args)
    with unit_of_work(settings) as session:
        if session.scalar(sa.select(Hospital.id).where(Hospital.code == row["code"])):
            raise ConflictError(f"A hospital with code {row['code']} already exists.", field="code")
        hospital = Hospital(**row)
        session.add(hospital)
        session.flush()
        audit.record(session, None, "create", "hospitals", hospital.id, hospital_id=hospital.id)
    print(f"hospital {row['code']} created: {hospital.id}")
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


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError as exc:
        raise FieldValidationError("role", f"must be one of {', '.join(Role)}") from exc


def _names(args: argparse.Namespace) -> tuple[str, str]:
    """The username and full name, checked before a password is even asked for."""
    username = args.username.strip().lower()
    if not _USERNAME.match(username):
        raise FieldValidationError(
            "username", "use up to 80 letters, digits, dots, hyphens or underscores"
        )
    full_name = parse(_PersonName, {"full_name": args.full_name or username}).full_name
    check_values({"username": username, "full_name": full_name})
    return username, full_name


def create_user(args: argparse.Namespace, settings: ServerSettings) -> int:
    role = _role(args.role)
    username, full_name = _names(args)
    password = _read_password(args.password_stdin)
    check_password_strength(password, username=username)
    with unit_of_work(settings) as session:
        if session.scalar(sa.select(User.id).where(sa.func.lower(User.username) == username)):
            raise ConflictError(f"The username {username} is taken.", field="username")
        scope = _scope(session, role, args)
        user = User(username=username, full_name=full_name, role=role, **scope)
        session.add(user)
        session.flush()
        set_password(session, user, password)
        audit.record(session, None, "create", "users", user.id, summary={"role": role.value})
    print(f"user {username} ({role.value}) created: {user.id}")
    return 0


def _user(session: Session, username: str) -> User:
    wanted = username.strip().lower()
    user = session.scalar(
        sa.select(User).where(sa.func.lower(User.username) == wanted).with_for_update()
    )
    if user is None or user.deleted_at is not None:
        raise NotFoundError(f"No user {wanted}.", field="username")
    return user


def _changed(session: Session, user: User, action: str, summary: dict[str, Any]) -> None:
    """Every account change ends the user's sessions and reaches the desks."""
    end_sessions(session, user.id)
    audit.record(session, None, action, "users", user.id, summary=summary)


def deactivate_user(args: argparse.Namespace, settings: ServerSettings) -> int:
    with unit_of_work(settings) as session:
        user = _user(session, args.username)
        user.is_active = False
        _changed(session, user, "deactivate", {})
    print(f"user {user.username} deactivated: signed out everywhere")
    return 0


def delete_user(args: argparse.Namespace, settings: ServerSettings) -> int:
    with unit_of_work(settings) as session:
        user = _user(session, args.username)
        user.is_active = False
        user.deleted_at = utcnow()
        _changed(session, user, "delete", {})
    print(f"user {user.username} deleted: signed out everywhere")
    return 0


def set_role(args: argparse.Namespace, settings: ServerSettings) -> int:
    role = _role(args.role)
    with unit_of_work(settings) as session:
        user = _user(session, args.username)
        scope = {"hospital_id": None, "owner_account_id": None, **_scope(session, role, args)}
        user.role = role
        user.hospital_id, user.owner_account_id = scope["hospital_id"], scope["owner_account_id"]
        _changed(session, user, "change_role", {"role": role.value})
    print(f"user {user.username} is now {role.value}: signed out everywhere")
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
    from sync_server.db.engine import database_url
    from sync_server.jobs import worker as jobs_worker
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
    for name, text in (
        ("deactivate-user", "stop an account"),
        ("delete-user", "remove an account"),
    ):
        p = sub.add_parser(name, help=f"{text}: its sessions end at once")
        p.add_argument("username")
    p = sub.add_parser("set-role", help="give an account another role; its sessions end at once")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    group = p.add_mutually_exclusive_group()
    group.add_argument("--hospital", help="hospital code, for managers, front desk, clinicians")
    group.add_argument("--owner", help="owner account id, for owners")
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
            "deactivate-user": deactivate_user,
            "delete-user": delete_user,
            "set-role": set_role,
            "revoke-device": revoke,
            "worker": worker,
        }
    )
