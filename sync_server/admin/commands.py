"""The administration commands of ``hmso-server``: ``init`` and ``seal-bank-details``.

``serve`` runs :func:`on_serve` after migrating: it seals bank account numbers
stored in the clear and offers to create the first administrator.
"""

from __future__ import annotations

import argparse
from collections.abc import MutableMapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sync_server.admin.first_admin import init, offer_on_serve
from sync_server.admin.owners import seal_bank_numbers
from sync_server.config import ServerSettings
from sync_server.sync.changes import set_actor


def seal(session: Session, settings: ServerSettings) -> int:
    set_actor(session, "cli")
    return seal_bank_numbers(session, settings)


def seal_bank_details(args: argparse.Namespace, settings: ServerSettings) -> int:
    from sync_server.ops.common import unit_of_work

    with unit_of_work(settings) as session:
        sealed = seal(session, settings)
    print(f"{sealed} bank account number(s) encrypted; desks now hold the masked form")
    return 0


def on_serve(engine: sa.Engine, settings: ServerSettings) -> None:
    """Before serving: no bank number left in the clear, and a first administrator."""
    with Session(engine) as session, session.begin():
        sealed = seal(session, settings)
    if sealed:
        print(f"{sealed} bank account number(s) encrypted")
    offer_on_serve(engine)


def add_parsers(sub: Any, commands: MutableMapping[str, Any]) -> None:
    sub.add_parser("init", help="create the first administrator (asks; the password is hidden)")
    sub.add_parser(
        "seal-bank-details", help="encrypt owners' bank account numbers stored in the clear"
    )
    commands.update({"init": init, "seal-bank-details": seal_bank_details})
