"""``hmso-server init``: the first administrator, from a prompt, so a new install needs no SQL.

The username and name are typed at the prompt, the password twice without
echo (``getpass``): never on the command line, which ``ps`` and the shell
history show. It refuses once any administrator exists, so it cannot be
used to add a back door later (more administrators are made in
Administration). ``serve`` offers the same prompt when it starts on a
database without an administrator and a person is at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

import sqlalchemy as sa
from pydantic import BaseModel
from sqlalchemy.orm import Session

from shared.db.models.organisation import User
from shared.domain.admin.fields import AdminInput, parse_input
from shared.domain.admin.users import Username
from shared.domain.enums import Role
from shared.domain.passwords import check_password_strength
from shared.domain.patients import Name
from shared.errors import ConflictError, FieldValidationError
from shared.sync.validators import check_values
from sync_server import audit
from sync_server.auth.passwords import set_password
from sync_server.config import ServerSettings
from sync_server.sync.changes import set_actor

Prompt = Callable[[str], str]


class _FirstAdmin(AdminInput):
    username: Username
    full_name: Name


def has_admin(session: Session) -> bool:
    query = sa.select(User.id).where(User.role == Role.ADMIN, User.deleted_at.is_(None)).limit(1)
    return session.scalar(query) is not None


def create_first_admin(session: Session, *, ask: Prompt, secret: Prompt) -> User:
    """Ask for the account and add it in the caller's transaction; refuse if an admin exists."""
    if has_admin(session):
        raise ConflictError("An administrator already exists; add others in Administration.")
    username = ask("Administrator username: ").strip()
    full_name = ask(f"Full name [{username}]: ").strip() or username
    form: BaseModel = parse_input(_FirstAdmin, {"username": username, "full_name": full_name})
    values = form.model_dump()
    check_values(values)
    password = secret("Password: ")
    if secret("Repeat password: ") != password:
        raise FieldValidationError("password", "the two passwords differ")
    check_password_strength(password, username=values["username"])
    if session.scalar(sa.select(User.id).where(sa.func.lower(User.username) == values["username"])):
        raise ConflictError(f"The username {values['username']} is taken.", field="username")
    user = User(role=Role.ADMIN, **values)
    session.add(user)
    session.flush()
    set_password(session, user, password)
    audit.record(session, None, "create", "users", user.id, summary={"role": "admin", "by": "init"})
    return user


def init(args: argparse.Namespace, settings: ServerSettings) -> int:
    from sync_server.ops.common import unit_of_work

    with unit_of_work(settings) as session:
        user = create_first_admin(session, ask=input, secret=getpass.getpass)
    print(f"administrator {user.username} created: sign in on a desk to set up the hospitals")
    return 0


def offer_on_serve(engine: sa.Engine) -> None:
    """At ``serve``: no administrator yet and someone at the terminal, so ask for one now."""
    with Session(engine) as session:
        if has_admin(session):
            return
    if not sys.stdin.isatty():
        print("no administrator yet: run `hmso-server init` to create the first one")
        return
    print("No administrator yet: create the first one.")
    with Session(engine, expire_on_commit=False) as session, session.begin():
        set_actor(session, "cli")
        create_first_admin(session, ask=input, secret=getpass.getpass)
