"""A desk whose user is given a lesser role drops what the new role may not read.

A front desk and a clinician subscribe to the same scopes, so before the
check the desk's ``scope_key`` did not change when the role did, no download
again ran, and the PC kept (and went on receiving) the hospital's payments
and templates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from shared.db import models as m
from shared.domain.enums import Role
from tests.integration.security._reads_fixtures import Estate, estate  # noqa: F401  (fixture)
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    Desk,
    SyncServer,
    desk_template,
    make_desk,
    sync_server,
)


def _count(desk: Desk, model: type) -> int:
    with desk.sessions() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(model)) or 0)


def test_a_demoted_desk_drops_payments_and_templates_at_its_next_sync(
    estate: Estate,  # noqa: F811
    make_desk: Callable[..., Desk],  # noqa: F811
    sync_server: SyncServer,  # noqa: F811
    pg_engine: sa.Engine,
) -> None:
    desk_principal = estate.of(Role.FRONT_DESK)
    desk = make_desk(desk_principal)
    assert _count(desk, m.RevenueEntry) == 1 and _count(desk, m.MessageTemplate) == 1
    with sessionmaker(pg_engine).begin() as session:  # the user is made a clinician
        user = session.get_one(m.User, desk_principal.user_id)
        user.role = Role.CLINICIAN
    demoted = dataclasses.replace(desk_principal, role=Role.CLINICIAN)
    desk.api.set_token(sync_server.token(demoted))
    desk.sync.sync_once()
    assert _count(desk, m.RevenueEntry) == 0 and _count(desk, m.MessageTemplate) == 0
    assert _count(desk, m.Patient) == 1  # what a clinician may read stays
