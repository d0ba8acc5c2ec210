"""The loyalty tab lists the patient's past tier moves, newest first, on real widgets.

The moves are the rows the server's daily review records and sync brings to
the desk; the tab shows each on its Lagos day, from which tier to which and
whether it went up or down, or says there are none.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.changes import Changes
from desktop.ui.screens.patient_profile import PatientProfile
from shared.db.models import LoyaltyTierChange, Patient
from shared.domain.access import Principal
from shared.domain.enums import Role
from shared.domain.loyalty import Tier
from shared.sync.registry import received_tables

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _patients(app: DesktopApp) -> list[Patient]:
    with app.db.sessions() as session:
        return list(session.scalars(sa.select(Patient).order_by(Patient.patient_number)))


def _moved(
    patient: Patient, from_tier: Tier, to_tier: Tier, at: dt.datetime, **extra: object
) -> LoyaltyTierChange:
    return LoyaltyTierChange(
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        from_tier=from_tier,
        to_tier=to_tier,
        lifetime_points=0,
        changed_at=at,
        **extra,
    )


def _profile(app: DesktopApp, qtbot: QtBot, patient: Patient) -> PatientProfile:
    profile = PatientProfile(app.db, patient.id, patient.first_name)
    qtbot.addWidget(profile)
    profile.show()
    profile.refresh()
    qtbot.waitUntil(lambda: not app.tasks.busy)
    return profile


def _rows(profile: PatientProfile) -> list[tuple[str, ...]]:
    table = profile.loyalty.moves
    return [
        tuple(str(table.model().index(row, column).data()) for column in range(3))
        for row in range(table.rowCount())
    ]


def test_no_moves_says_so_and_synced_moves_appear_newest_first_in_lagos_days(
    demo: DesktopApp, qtbot: QtBot
) -> None:
    patient, other = _patients(demo)[:2]
    profile = _profile(demo, qtbot, patient)
    loyalty = profile.loyalty
    qtbot.waitUntil(lambda: not loyalty.no_moves.isHidden())
    assert loyalty.no_moves.text() == "No tier moves recorded yet."
    assert loyalty.moves.isHidden()

    with demo.db.sessions.begin() as session:  # as a sync round would apply them
        session.add_all(
            [
                _moved(
                    patient, Tier.BRONZE, Tier.SILVER, dt.datetime(2026, 3, 4, 6, 0, tzinfo=dt.UTC)
                ),
                # 23:30 UTC on 1 December is already 2 December in Lagos.
                _moved(
                    patient, Tier.SILVER, Tier.GOLD, dt.datetime(2026, 12, 1, 23, 30, tzinfo=dt.UTC)
                ),
                _moved(
                    patient, Tier.GOLD, Tier.SILVER, dt.datetime(2027, 3, 2, 6, 0, tzinfo=dt.UTC)
                ),
                _moved(
                    patient,
                    Tier.SILVER,
                    Tier.PLATINUM,
                    dt.datetime(2027, 1, 9, 6, 0, tzinfo=dt.UTC),
                    deleted_at=dt.datetime(2027, 1, 10, tzinfo=dt.UTC),
                ),
                _moved(other, Tier.BRONZE, Tier.GOLD, dt.datetime(2026, 6, 1, 6, 0, tzinfo=dt.UTC)),
            ]
        )
    profile.data_changed(Changes.of({"loyalty_tier_changes"}))
    qtbot.waitUntil(lambda: loyalty.moves.rowCount() == 3 and not demo.tasks.busy)
    assert _rows(profile) == [
        ("2 Mar 2027", "Gold → Silver", "down"),
        ("2 Dec 2026", "Silver → Gold", "up"),
        ("4 Mar 2026", "Bronze → Silver", "up"),
    ], "newest first; a withdrawn move and another patient's are not listed"
    assert not loyalty.moves.isHidden() and loyalty.no_moves.isHidden()
    model = loyalty.moves.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Date", "Tier move", "Up or down"]


def test_owners_never_receive_the_tier_moves() -> None:
    owner = Principal(uuid.uuid4(), Role.OWNER, owner_account_id=uuid.uuid4())
    assert "loyalty_tier_changes" not in received_tables(owner)
    desk = Principal(uuid.uuid4(), Role.FRONT_DESK, hospital_id=uuid.uuid4())
    assert "loyalty_tier_changes" in received_tables(desk)
