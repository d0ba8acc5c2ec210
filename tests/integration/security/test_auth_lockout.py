"""Password guessing is slowed per username and client, and the answers give nothing away.

Before: five wrong passwords (three in these tests' settings) locked any
account for fifteen minutes from everywhere, so anyone could lock the
administrator out, again and again; unknown usernames answered 401 where
known ones answered 423; a desk's right password on an unregistered PC
answered 403 where a wrong one answered 401; and nothing slowed one address
trying password after password across many usernames.
"""

# ruff: noqa: F811  (pytest fixtures are imported, then named as parameters)
from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import httpx
from sqlalchemy.orm import Session

from sync_server.auth.tables import LoginThrottle
from sync_server.auth.throttle import CLIENT_FREE_FAILURES
from tests.integration.security._auth_fixtures import (  # noqa: F401  (fixtures)
    OTHER_ADDRESS,
    LiveServer,
    World,
    audit_actions,
    client,
    live_server,
    login,
    server_settings,
    world,
)

WRONG = "not the password at all"


def _answer(r: httpx.Response) -> tuple[int, Any, str | None]:
    return r.status_code, r.json(), r.headers.get("Retry-After")


def _imposed_delay(server: LiveServer, username: str, address: str) -> float:
    """The wait the server set after the last failure of ``username`` from ``address``."""
    with Session(server.engine) as s:
        row = s.get(LoginThrottle, (username, address))
        assert row is not None
        if row.blocked_until is None:
            return 0.0
        return (row.blocked_until - row.last_failure_at).total_seconds()


def _fail_until_counted(
    server: LiveServer, c: httpx.Client, username: str, failures: int
) -> list[float]:
    """Make ``failures`` wrong guesses, waiting out each delay; the delays imposed, in seconds."""
    delays: list[float] = []
    while len(delays) < failures:
        r = login(c, username, WRONG)
        if r.status_code == 429:
            time.sleep(int(r.headers["Retry-After"]))
            continue
        assert r.status_code == 401, r.text
        delays.append(_imposed_delay(server, username, OTHER_ADDRESS))
    return delays


def test_five_wrong_passwords_from_one_client_do_not_lock_the_admin_out_elsewhere(
    live_server: LiveServer, world: World
) -> None:
    with client(live_server, address=OTHER_ADDRESS) as attacker, client(live_server) as admin:
        delays = _fail_until_counted(live_server, attacker, "admin", 5)
        assert delays == [0, 0, 1, 2, 4]  # free tries, then 1 s, 2 s, 4 s ... doubling
        waiting = login(attacker, "admin")  # even the right password waits now
        assert waiting.status_code == 429 and 1 <= int(waiting.headers["Retry-After"]) <= 4
        assert login(admin, "admin").status_code == 200
    assert audit_actions(live_server).count("login_failed") == 5


def test_unknown_and_known_usernames_get_identical_answers(
    live_server: LiveServer, world: World
) -> None:
    with client(live_server) as c:
        known = [_answer(login(c, "admin", WRONG)) for _ in range(4)]
        unknown = [_answer(login(c, "no-such-user", WRONG)) for _ in range(4)]
    assert known == unknown
    assert [status for status, _, _ in known] == [401, 401, 401, 429]


def test_unknown_usernames_cost_a_password_check_like_known_ones(
    live_server: LiveServer, world: World
) -> None:
    """An unknown username still verifies a (dummy) argon2 hash: no fast path to time."""

    def median_seconds(usernames: list[str]) -> float:
        times = []
        with client(live_server) as c:
            for username in usernames:
                started = time.perf_counter()
                assert login(c, username, WRONG).status_code == 401
                times.append(time.perf_counter() - started)
        return sorted(times)[1]

    known = median_seconds(["admin"] * 3)  # three tries: still within the free ones
    unknown = median_seconds([f"nobody{n}" for n in range(3)])
    assert unknown > known / 3


def test_a_desk_on_an_unregistered_pc_gets_the_same_answer_for_right_and_wrong_passwords(
    live_server: LiveServer, world: World
) -> None:
    new_pc = {"id": str(uuid.uuid4()), "name": "New PC"}
    with client(live_server) as c:
        right = _answer(login(c, "front_desk", device=new_pc))
        wrong = _answer(login(c, "front_desk", WRONG, device=new_pc))
        nobody = _answer(login(c, "nobody", WRONG, device=new_pc))
    assert right == wrong == nobody
    assert right[0] == 401
    assert "a manager must sign in first" in right[1]["error"]["message"]


def test_another_hospitals_pc_gets_the_same_answer_for_right_and_wrong_passwords(
    live_server: LiveServer, world: World
) -> None:
    grk = {"id": str(world.desks["GRK"])}
    with client(live_server) as c:
        right = _answer(login(c, "front_desk", device=grk))
        wrong = _answer(login(c, "front_desk", WRONG, device=grk))
    assert right == wrong
    assert right[0] == 401


def test_one_client_spraying_many_usernames_is_slowed(
    live_server: LiveServer, world: World
) -> None:
    with client(live_server, address=OTHER_ADDRESS) as sprayer, client(live_server) as desk:
        for n in range(CLIENT_FREE_FAILURES):
            assert login(sprayer, f"guess{n}", WRONG).status_code == 401
        slowed = login(sprayer, "manager")
        assert slowed.status_code == 429
        assert int(slowed.headers["Retry-After"]) >= 1
        assert login(desk, "manager").status_code == 200


def test_guesses_sent_all_at_once_are_counted_one_after_another(
    live_server: LiveServer, world: World
) -> None:
    """Ten guesses in parallel: only the free ones are checked, the rest are told to wait."""
    codes: list[int] = []

    def guess() -> None:
        with client(live_server, address=OTHER_ADDRESS) as c:
            codes.append(login(c, "admin", WRONG).status_code)

    threads = [threading.Thread(target=guess) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [401, 401, 401] + [429] * 7
