"""The loyalty tab's family pool, on real widgets: shown for a household, consent, redeem.

A mother and her son share a phone; the program allows pooling. The son's
tab offers to add his mother's pool's members and, once he is in it, lists
who pools and their points together and redeems a reward from the pool.
A patient with nobody on their phone sees no pool row.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.store.tables import OutboxMutation
from desktop.ui.screens.patient_profile import PatientProfile
from shared.db.models import LoyaltyPoolMember, LoyaltyProgram, LoyaltyReward, Patient
from shared.domain.enums import RewardKind, Role
from tests import factories

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

PHONE = "+2348035550101"


def _family(app: DesktopApp) -> tuple[Patient, Patient, Patient]:
    with app.db.sessions.begin() as session:
        hospital = factories.hospital(session)
        clerk = factories.user(session, role=Role.FRONT_DESK, hospital_id=hospital.id)
        session.add(LoyaltyProgram(hospital_id=hospital.id, name="Care", pooling_allowed=True))
        session.add(
            LoyaltyReward(
                hospital_id=hospital.id,
                name="Free Blood Test",
                kind=RewardKind.DISCOUNT,
                points_cost=300,
            )
        )

        def person(first: str, born: dt.date, points: int, phone: str = PHONE) -> Patient:
            patient = factories.patient(
                session,
                hospital_id=hospital.id,
                first_name=first,
                last_name="Eze",
                date_of_birth=born,
                phone=phone,
            )
            factories.points(session, hospital_id=hospital.id, patient_id=patient.id, amount=points)
            return patient

        mother = person("Ngozi", dt.date(1985, 3, 2), 200)
        son = person("Obinna", dt.date(2015, 7, 9), 150)
        alone = person("Musa", dt.date(1980, 1, 1), 900, phone="+2348039990000")
    app.db.actor = clerk.id
    return mother, son, alone


def _profile(app: DesktopApp, qtbot: QtBot, patient: Patient) -> PatientProfile:
    profile = PatientProfile(app.db, patient.id, patient.first_name)
    qtbot.addWidget(profile)
    profile.show()
    profile.refresh()
    qtbot.waitUntil(lambda: not app.tasks.busy)
    return profile


def test_a_household_pools_with_consent_and_redeems_from_the_pool(
    desk: DesktopApp, qtbot: QtBot
) -> None:
    mother, son, alone = _family(desk)
    profile = _profile(desk, qtbot, mother)
    loyalty = profile.loyalty
    qtbot.waitUntil(lambda: not loyalty.pool_row.isHidden())
    assert loyalty.pool_summary.text() == "Not pooling with the household yet."
    assert loyalty.pool_redeem_button.isHidden()
    assert loyalty.joiner.currentText() == "Obinna Eze"
    assert loyalty.join_button.text() == "Add to pool (guardian consents)"

    qtbot.mouseClick(loyalty.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "together" in loyalty.pool_summary.text() and not desk.tasks.busy)
    assert loyalty.pool_summary.text() == "Ngozi Eze (guardian), Obinna Eze · 350 points together"
    assert loyalty.message.text() == "Added to the family pool, with the guardian's consent."
    assert loyalty.leave_button.text() == "End the family pool"

    son_profile = _profile(desk, qtbot, son)
    tab = son_profile.loyalty
    qtbot.waitUntil(lambda: not tab.pool_redeem_button.isHidden() and tab.rewards.count() == 1)
    qtbot.mouseClick(tab.pool_redeem_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text().startswith("Redeemed"))
    assert tab.message.text().startswith("Redeemed Free Blood Test from the family pool. Code ")
    qtbot.waitUntil(lambda: "50 points together" in tab.pool_summary.text())

    assert tab.leave_button.text() == "Leave the pool (consent withdrawn)"
    qtbot.mouseClick(tab.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text().startswith("Left"))
    assert tab.message.text() == "Left the family pool: these points are the patient's own again."
    qtbot.waitUntil(lambda: tab.pool_summary.text() == "Not pooling with the household yet.")
    assert tab.leave_button.isHidden() and tab.pool_redeem_button.isHidden()
    with desk.db.sessions() as session:
        consent = session.scalars(sa.select(LoyaltyPoolMember)).one()
        queued = session.scalars(
            sa.select(OutboxMutation).where(OutboxMutation.table_name == "loyalty_pool_members")
        ).all()
    assert consent.member_id == son.id and consent.withdrawn_at is not None
    assert [set(m.fields) for m in queued][-1] >= {"withdrawn_at"}, "the withdrawal syncs"

    lone_profile = _profile(desk, qtbot, alone)
    lone = lone_profile.loyalty
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    assert lone.pool_row.isHidden(), "nobody else on Musa's phone: no pool to show"
