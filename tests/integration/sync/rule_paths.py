"""What the rule-path tests share: one hospital's server and two desks, and a desk's dry run.

Each rule-path test asks the same question three ways: at desk ``a``, which
knows everything the server knows; over the REST API; and by the push of
desk ``b``, which went offline before the write that matters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.writes import LocalWriter
from shared.domain.access import Principal
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer


@dataclass(frozen=True)
class Site:
    world: HospitalWorld
    server: SyncServer
    sessions: sessionmaker[Session]
    a: Desk
    b: Desk

    @classmethod
    def of(
        cls,
        world: HospitalWorld,
        server: SyncServer,
        sessions: sessionmaker[Session],
        make_desk: Callable[[Principal], Desk],
    ) -> Site:
        return cls(
            world, server, sessions, make_desk(world.principal(0)), make_desk(world.principal(1))
        )

    @contextmanager
    def api(self, desk_index: int = 0) -> Iterator[httpx.Client]:
        """A REST client signed in as the staff member at one of the hospital's desks."""
        token = self.server.token(self.world.principal(desk_index))
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=self.server.url, headers=headers) as client:
            yield client


@contextmanager
def dry_run(desk: Desk) -> Iterator[tuple[Session, LocalWriter]]:
    """A desk write that is never saved: the desk path's answer, leaving the desk as it was."""
    assert desk.principal.device_id is not None
    with desk.sessions() as session:
        try:
            yield (
                session,
                LocalWriter(session, device_id=desk.principal.device_id, clock=desk.clock),
            )
        finally:
            session.rollback()
