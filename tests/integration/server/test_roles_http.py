"""Every role, logged in over HTTP, against every resource class of the matrix."""

from __future__ import annotations

import httpx
import pytest

from shared.domain.access import MATRIX, Resource
from shared.domain.enums import Role
from tests.integration.server.conftest import PASSWORD, LiveServer, World


def _login(c: httpx.Client, username: str, desk: str) -> dict[str, str]:
    body = {"username": username, "password": PASSWORD, "device": {"id": desk}}
    r = c.post("/api/auth/login", json=body)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.mark.parametrize("role", list(Role))
def test_each_role_gets_its_matrix_row_and_only_that(
    live_server: LiveServer, world: World, role: Role
) -> None:
    desk = str(world.desks["IKJ"])
    with live_server.client() as c:
        if role is Role.OWNER:
            r = c.post("/api/auth/login", json={"username": "owner", "password": PASSWORD})
            headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
        else:
            headers = _login(c, role.value, desk)
        me = c.get("/api/auth/me", headers=headers).json()
        grants = {g["resource"]: (set(g["actions"]), g["scope"]) for g in me["grants"]}
        expected = {
            r.value: ({a.value for a in actions}, scope.value)
            for r, (actions, scope) in MATRIX[role].items()
        }
        assert grants == expected
        assert set(grants) <= {r.value for r in Resource}
        revoke_other = c.post(f"/api/auth/devices/{world.desks['GRK']}/revoke", headers=headers)
        assert revoke_other.status_code == (200 if role is Role.ADMIN else 403)
