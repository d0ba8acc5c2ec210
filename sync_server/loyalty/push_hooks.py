"""Loyalty on the push path: points pushed events earn, and the checks on pushed entries.

A desk earns points for a visit, payment or feedback itself, offline, with
the shared rules (``shared.domain.earning``), and pushes the entry after
its event. The server runs the same earning when the event arrives, from
its own copy of the event, so the entry exists even if the desk's never
comes, and then takes the desk's entry as a repeat of its own. An entry
pushed with a source key is rebuilt from the server's copy of that event:
a crafted entry can neither award points nothing earned nor change how many.

Entries without a source are people's: an ``earn`` or ``expire`` typed at a
desk is refused (points are earned from events and expire on the server's
schedule), an adjustment follows the manager-only rule the desk and the
REST API follow, and a redemption must be covered by the patient's
spendable balance across every desk, of a reward still offered (in date on
the day the desk redeemed it, with stock left after every desk's
redemptions). Each locks the patient first, so two desks spending the same
points at once cannot both pass.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models import (
    Appointment,
    LoyaltyLedgerEntry,
    LoyaltyReward,
    Patient,
    PatientFeedback,
    RevenueEntry,
)
from shared.db.queries.loyalty import ledger_entries, program_rules
from shared.domain import earning
from shared.domain.access import Action, Principal, Resource, can
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import balance, check_adjustment, check_hand_entry, check_redeemable
from shared.domain.rewards import check_offered, taken
from shared.domain.writer import SessionReader
from sync_server.appointments.writer import system_writer
from sync_server.sync import rules

LEDGER = LoyaltyLedgerEntry.__tablename__


def register_push_hooks() -> None:
    rules.register(LEDGER, before_insert=check_pushed_entry)
    rules.register(Appointment.__tablename__, after_apply=earn_for_visit)
    rules.register(RevenueEntry.__tablename__, after_apply=earn_for_payment)
    rules.register(PatientFeedback.__tablename__, after_apply=earn_for_feedback)


def earn_for_visit(session: Session, row: Appointment, _inserted: bool) -> None:
    earning.earn_for_visit(system_writer(session), row)


def earn_for_payment(session: Session, row: RevenueEntry, inserted: bool) -> None:
    if inserted and row.patient_id is not None:
        _lock_patient(session, row.patient_id)
        earning.earn_for_payment(system_writer(session), row)


def earn_for_feedback(session: Session, row: PatientFeedback, inserted: bool) -> None:
    if inserted:
        earning.earn_for_feedback(system_writer(session), row)


def check_pushed_entry(session: Session, principal: Principal, values: dict[str, Any]) -> None:
    """Rebuild an earned entry from its event; hold a person's entry to the shared rules."""
    patient_id = values.get("patient_id")
    if patient_id is None:
        raise rules.MutationRejectedError("invalid", "Patient: is required.", field="patient_id")
    _lock_patient(session, patient_id)
    source_key = values.get("source_key")
    if source_key is not None:
        rebuilt = _rebuilt(session, str(source_key), values)
        values.clear()
        values.update(rebuilt)
        return
    kind = LedgerKind(values["kind"])
    check_hand_entry(kind)
    entries = ledger_entries(session, patient_id)
    points = int(values["points"])
    if kind is LedgerKind.ADJUST:
        hospital_id = values["hospital_id"]
        check_adjustment(
            may_manage=can(
                principal, Action.MANAGE, Resource.LOYALTY_SETUP, hospital_id=hospital_id
            ),
            points=points,
            reason=values.get("reason"),
            rules=program_rules(session, hospital_id),
            balance_now=balance(entries),
        )
    elif kind is LedgerKind.REDEEM:
        _check_reward(session, values)
        check_redeemable(entries, -points, utcnow())


def _check_reward(session: Session, values: dict[str, Any]) -> None:
    """The reward is still offered: in date when the desk redeemed it, stock left on every desk."""
    if values.get("reference_type") != "reward" or values.get("reference_id") is None:
        return
    check_reward_offered(session, uuid.UUID(str(values["reference_id"])), values.get("occurred_at"))


def check_reward_offered(session: Session, reward_id: uuid.UUID, redeemed_at: Any) -> None:
    """The reward (locked) is offered on the day the desk redeemed it, with stock left."""
    reward = session.get(LoyaltyReward, reward_id, with_for_update=True)  # the last one, once
    if reward is None:
        return  # the redemption row's own reference check refuses it
    now = utcnow()
    when = min(redeemed_at, now) if isinstance(redeemed_at, dt.datetime) else now
    check_offered(reward, taken(SessionReader(session), reward), when)


def _rebuilt(session: Session, source_key: str, pushed: dict[str, Any]) -> dict[str, Any]:
    """The entry the server's copy of the event earns, or a refusal naming why not.

    The event must be the pushed entry's own patient's, so naming another
    hospital's visit earns nothing and reveals nothing.
    """
    writer = system_writer(session)
    expected = earning.expected(writer, source_key)
    if expected is None or expected.patient_id != pushed.get("patient_id"):
        raise rules.MutationRejectedError(
            "not_earned",
            "These points name a visit, payment or feedback that does not earn them.",
            field="source_key",
        )
    if writer.get(LoyaltyLedgerEntry, expected.id) is not None:
        raise rules.AlreadySavedError("The points for this were already recorded.")
    fields = expected.fields()
    del fields["id"]
    return fields


def _lock_patient(session: Session, patient_id: uuid.UUID) -> None:
    session.get(Patient, patient_id, with_for_update=True)
