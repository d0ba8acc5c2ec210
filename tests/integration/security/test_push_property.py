"""Random pushes from every role leave the server within what that role may write.

Hypothesis builds batches of mutations of random synced tables, naming ids
of rows the device can and cannot see (or new ones), with random fields and
values of every type a column could be sent, and random clocks. After each
batch, over real HTTP:

- the server answered (never a 500);
- every synced row that changed lies in the device's write scope, before and
  after, except the records the server itself derives from an accepted
  write (conflict records, duplicate flags, daily revenue totals) in the
  device's own hospital;
- no server-owned table changed other than those totals, and no server-owned
  field of an existing row changed;
- every stored row of a table with a validator passes it, and no stored
  clock is further ahead than the allowed drift.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import MAX_DRIFT_MS, utcnow
from shared.domain.access import Action, Principal, can
from shared.domain.enums import Role
from shared.sync.codec import decode_row, table_of
from shared.sync.registry import REGISTRY, spec_for
from tests.integration.security.conftest import Estate, Wire, server_rows

Rows = dict[tuple[str, str], dict[str, Any]]

#: Rows the server writes itself because of an accepted mutation of the device.
DERIVED = frozenset({"sync_conflicts", "patient_duplicate_flags", "revenue_summaries"})
NOW = utcnow()
TEXTS = [
    "Adaeze",
    "Adaeze",
    "Adaeze",
    "=HYPERLINK(1)",
    "-Bola",
    "+2348031234567",
    "0803 123 4567",
    "a@b.ng",
    "Lagos",
    "",
    "\x00",
    "x" * 400,
]
MOMENTS = [
    NOW.isoformat(),
    (NOW.replace(microsecond=0)).isoformat(),
    "2026-12-24T09:00:00+01:00",
    "9999-12-31T23:59:59+00:00",
    "yesterday",
]
JSONS: list[Any] = [[], ["penicillin"], [1], {}, {"a": 1}, "text", 5]
CLOCKS = ["9999999999999-00000-evil", "99-0-x", "1795450752558-00000-IK01"]
ROLES = {
    "front_desk": lambda e: e.a.desk,
    "clinician": lambda e: e.a.of(Role.CLINICIAN),
    "manager": lambda e: e.a.of(Role.MANAGER),
    "owner": lambda e: e.a.owner,
    "admin": lambda e: e.admin,
}


def _values(column: Any, ids: list[str]) -> st.SearchStrategy[Any]:
    """Plausible and hostile values for one column, by its type."""
    kind = type(column.type).__name__
    enum = getattr(column.type, "enums", None)
    options: dict[str, st.SearchStrategy[Any]] = {
        "Uuid": st.sampled_from(ids) | st.uuids().map(str),
        "UTCDateTime": st.sampled_from(MOMENTS),
        "Date": st.sampled_from(["1990-05-17", "2999-01-01", "x"]),
        "Boolean": st.booleans() | st.just("true"),
        "JSON": st.sampled_from(JSONS),
        "String": st.sampled_from(TEXTS),
        "Text": st.sampled_from(TEXTS),
    }
    numbers = st.integers(-(10**18), 10**18) | st.sampled_from(
        [0, 1, 5, 20, -1, 10**17, 1.5, "100"]
    )
    if enum:
        strategy = st.sampled_from([*enum, "bogus"])
    elif kind in ("Integer", "BigInteger"):
        strategy = numbers
    else:
        strategy = options.get(kind, st.sampled_from(TEXTS))
    return st.none() | strategy


WRITABLE = sorted(spec.name for spec in REGISTRY.values() if spec.client_writable)
BOOKKEEPING = frozenset({"id", "server_seq", "field_clocks", "created_at", "updated_at"})


@st.composite
def _mutation(draw: st.DrawFn, wire: Wire, ids: list[tuple[str, str]]) -> dict[str, Any]:
    """Mostly edits of existing rows of client-writable tables, so many of them apply."""
    table = draw(
        st.sampled_from(WRITABLE) | st.sampled_from(WRITABLE) | st.sampled_from(sorted(REGISTRY))
    )
    same_table = [row_id for name, row_id in ids if name == table] or [str(uuid.uuid4())]
    pool = [row_id for _, row_id in ids]
    row_id = draw(
        st.sampled_from(same_table)
        | st.sampled_from(same_table)
        | st.sampled_from(pool)
        | st.uuids().map(str)
    )
    columns = list(table_of(table).columns)
    plain = [c for c in columns if c.name not in BOOKKEEPING] or columns
    chosen = draw(
        st.lists(
            st.sampled_from(plain) | st.sampled_from(columns),
            max_size=4,
            unique_by=lambda c: c.name,
        )
    )
    fields = {c.name: draw(_values(c, pool)) for c in chosen}
    hlc = draw(st.sampled_from([None, None, None, *CLOCKS[:1]]))
    names = [c.name for c in columns]
    base = draw(
        st.just({}) | st.dictionaries(st.sampled_from(names), st.sampled_from(CLOCKS), max_size=2)
    )
    return wire.mutation(table, uuid.UUID(row_id), fields, hlc=hlc, base_clocks=base)


def _id(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def _writable(principal: Principal, table: str, row: dict[str, Any]) -> bool:
    spec = spec_for(table)
    assert spec is not None
    hospital = _id(row.get(spec.hospital_column)) if spec.hospital_column else None
    owner = _id(row.get(spec.owner_column)) if spec.owner_column else None
    if principal.hospital_id is not None and hospital not in (None, principal.hospital_id):
        return False
    if not spec.client_writable:
        return False
    return can(principal, Action.WRITE, spec.resource, hospital_id=hospital, owner_account_id=owner)


def _derived(principal: Principal, table: str, row: dict[str, Any]) -> bool:
    hospital = _id(row.get("hospital_id"))
    return table in DERIVED and hospital in (None, principal.hospital_id)


def _check_changes(principal: Principal, before: Rows, after: Rows) -> None:
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        table = key[0]
        assert new is not None, f"{key} disappeared"
        if old is None and _derived(principal, table, new):
            continue
        if table == "revenue_summaries" and _derived(principal, table, new):
            continue
        assert _writable(principal, table, new), f"{principal.role} changed {key}"
        if old is not None:
            assert _writable(principal, table, old), f"{principal.role} changed {key}"
            spec = spec_for(table)
            assert spec is not None
            for name in spec.server_fields:
                assert old[name] == new[name], f"server field {name} of {key} changed"
        _check_stored(table, new)


def _check_stored(table: str, row: dict[str, Any]) -> None:
    limit = int(utcnow().timestamp() * 1000) + MAX_DRIFT_MS
    assert all(int(clock[:13]) <= limit for clock in row["field_clocks"].values())
    spec = spec_for(table)
    assert spec is not None
    if spec.validator is not None:
        spec.validator(decode_row(table, row))


@pytest.mark.parametrize("role", list(ROLES))
def test_random_pushes_stay_within_the_devices_write_scope(
    role: str, estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    principal = ROLES[role](estate)
    with pg_sessions() as session:
        start = server_rows(session)
    for (table, _), row in start.items():
        _check_stored(table, row)
    ids = sorted(start)

    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )
    @given(batch=st.lists(_mutation(wire, ids), min_size=1, max_size=4))
    def run(batch: list[dict[str, Any]]) -> None:
        with pg_sessions() as session:
            before = server_rows(session)
        response = wire.push_raw(principal, *batch)
        assert response.status_code == 200, response.text
        with pg_sessions() as session:
            _check_changes(principal, before, server_rows(session))

    run()
