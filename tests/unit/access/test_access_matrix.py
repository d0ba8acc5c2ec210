"""Every role x action x resource x scope combination of the permission matrix."""

from __future__ import annotations

import itertools
import uuid

import pytest

from shared.domain.access import MATRIX, Action, Principal, Resource, can, require, scope_of
from shared.domain.enums import Role
from shared.errors import PermissionDeniedError

HOME = uuid.uuid4()
OTHER = uuid.uuid4()
OWN_ACCOUNT = uuid.uuid4()
OTHER_ACCOUNT = uuid.uuid4()

PATIENT_DATA = {
    Resource.PATIENTS,
    Resource.APPOINTMENTS,
    Resource.FEEDBACK,
    Resource.LOYALTY,
    Resource.PATIENT_COMMUNICATIONS,
    Resource.PAYMENTS,
    Resource.CAMPAIGNS,
}

# What each role may READ somewhere (its own hospital / own account): the spec.
READABLE = {
    Role.MANAGER: set(Resource) - {Resource.OWNERS, Resource.OWNER_COMMUNICATIONS},
    Role.FRONT_DESK: {
        Resource.PATIENTS,
        Resource.APPOINTMENTS,
        Resource.FEEDBACK,
        Resource.LOYALTY,
        Resource.PATIENT_COMMUNICATIONS,
        Resource.TEMPLATES,
        Resource.PAYMENTS,
        Resource.HOSPITALS,
    },
    Role.CLINICIAN: {
        Resource.PATIENTS,
        Resource.APPOINTMENTS,
        Resource.FEEDBACK,
        Resource.LOYALTY,
        Resource.PATIENT_COMMUNICATIONS,
        Resource.HOSPITALS,
    },
    Role.OWNER: {
        Resource.FINANCIALS,
        Resource.REPORTS,
        Resource.PAYOUTS,
        Resource.OWNERS,
        Resource.OWNER_COMMUNICATIONS,
        Resource.HOSPITALS,
    },
}


def principal(role: Role) -> Principal:
    if role is Role.OWNER:
        return Principal(uuid.uuid4(), role, owner_account_id=OWN_ACCOUNT)
    if role is Role.ADMIN:
        return Principal(uuid.uuid4(), role)
    return Principal(uuid.uuid4(), role, hospital_id=HOME)


ALL_CASES = list(itertools.product(Role, Action, Resource))
IDS = [(h, o) for h in (None, HOME, OTHER) for o in (None, OWN_ACCOUNT, OTHER_ACCOUNT)]


@pytest.mark.parametrize(("role", "action", "resource"), ALL_CASES)
def test_every_cell_obeys_its_scope(role: Role, action: Action, resource: Resource) -> None:
    who = principal(role)
    for hospital_id, owner_account_id in IDS:
        allowed = can(
            who, action, resource, hospital_id=hospital_id, owner_account_id=owner_account_id
        )
        if role is Role.ADMIN:
            assert allowed
        elif role is Role.OWNER:
            assert allowed == (
                owner_account_id == OWN_ACCOUNT and scope_of(who, action, resource) is not None
            )
        else:
            assert allowed == (hospital_id == HOME and scope_of(who, action, resource) is not None)


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_readable_resources_match_the_spec(role: Role) -> None:
    who = principal(role)
    readable = {r for r in Resource if scope_of(who, Action.READ, r) is not None}
    assert readable == READABLE[role]


def test_front_desk_never_sees_payouts_or_financials() -> None:
    desk = principal(Role.FRONT_DESK)
    for resource, action in itertools.product((Resource.PAYOUTS, Resource.FINANCIALS), Action):
        assert not can(desk, action, resource, hospital_id=HOME, owner_account_id=OWN_ACCOUNT)


def test_owner_never_touches_patient_personal_data() -> None:
    owner = principal(Role.OWNER)
    for resource, action in itertools.product(PATIENT_DATA, Action):
        assert scope_of(owner, action, resource) is None


def test_owner_sees_only_own_financials() -> None:
    owner = principal(Role.OWNER)
    assert can(owner, Action.READ, Resource.FINANCIALS, owner_account_id=OWN_ACCOUNT)
    assert not can(owner, Action.READ, Resource.FINANCIALS, owner_account_id=OTHER_ACCOUNT)
    assert not can(owner, Action.READ, Resource.FINANCIALS, hospital_id=HOME)


def test_writes_are_a_subset_of_reads() -> None:
    for role, grants in MATRIX.items():
        for resource, (actions, _) in grants.items():
            assert Action.READ in actions, (role, resource)


def test_require_raises_permission_denied_naming_nothing_private() -> None:
    with pytest.raises(PermissionDeniedError) as info:
        require(principal(Role.CLINICIAN), Action.READ, Resource.PAYOUTS, hospital_id=HOME)
    assert info.value.http_status == 403
    require(principal(Role.MANAGER), Action.READ, Resource.PAYOUTS, hospital_id=HOME)
