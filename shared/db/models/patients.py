"""Patient CRM: patients, appointments and their reminders, feedback, contact log."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.db.base import Base, SyncedMixin, hospital_fk
from shared.db.types import enum_column
from shared.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    BloodGroup,
    CallOutcome,
    Channel,
    Direction,
    DuplicateStatus,
    FeedbackCategory,
    FollowUpStatus,
    Genotype,
    Language,
    LogChannel,
    PayerType,
    RecoveryOutcome,
    ReminderStatus,
    Sex,
)


def patient_fk() -> Mapped[uuid.UUID]:
    return mapped_column(sa.ForeignKey("patients.id", ondelete="RESTRICT"), index=True)


class Patient(SyncedMixin, Base):
    __tablename__ = "patients"
    __table_args__ = (
        sa.UniqueConstraint("hospital_id", "patient_number"),
        sa.CheckConstraint("nin IS NULL OR length(nin) = 11", name="nin_11_digits"),
        sa.Index("ix_patients_hospital_phone", "hospital_id", "phone"),
        sa.Index("ix_patients_hospital_last_name", "hospital_id", "last_name"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_number: Mapped[str] = mapped_column(sa.String(24))
    first_name: Mapped[str] = mapped_column(sa.String(80))
    middle_name: Mapped[str | None] = mapped_column(sa.String(80))
    last_name: Mapped[str] = mapped_column(sa.String(80))
    sex: Mapped[Sex] = mapped_column(enum_column(Sex, name="sex"))
    date_of_birth: Mapped[dt.date | None]
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    address: Mapped[str | None] = mapped_column(sa.String(300))
    state: Mapped[str | None] = mapped_column(sa.String(40))
    lga: Mapped[str | None] = mapped_column(sa.String(80))
    state_of_origin: Mapped[str | None] = mapped_column(sa.String(40))
    religion: Mapped[str | None] = mapped_column(sa.String(40))
    blood_group: Mapped[BloodGroup | None] = mapped_column(
        enum_column(BloodGroup, name="blood_group")
    )
    genotype: Mapped[Genotype | None] = mapped_column(enum_column(Genotype, name="genotype"))
    allergies: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    chronic_conditions: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    nin: Mapped[str | None] = mapped_column(sa.String(11))
    payer_type: Mapped[PayerType] = mapped_column(
        enum_column(PayerType, name="payer_type"), default=PayerType.SELF_PAY
    )
    payer_name: Mapped[str | None] = mapped_column(sa.String(120))
    payer_number: Mapped[str | None] = mapped_column(sa.String(60))
    next_of_kin_name: Mapped[str | None] = mapped_column(sa.String(200))
    next_of_kin_phone: Mapped[str | None] = mapped_column(sa.String(20))
    next_of_kin_relationship: Mapped[str | None] = mapped_column(sa.String(60))
    preferred_language: Mapped[Language] = mapped_column(
        enum_column(Language, name="language"), default=Language.ENGLISH
    )
    preferred_channel: Mapped[Channel] = mapped_column(
        enum_column(Channel, name="channel"), default=Channel.SMS
    )
    consent_sms: Mapped[bool] = mapped_column(default=True)
    consent_whatsapp: Mapped[bool] = mapped_column(default=False)
    consent_email: Mapped[bool] = mapped_column(default=False)
    consent_marketing: Mapped[bool] = mapped_column(default=False)
    last_visit_at: Mapped[dt.datetime | None]


class PatientDuplicateFlag(SyncedMixin, Base):
    """Two records that look like one person: flagged for a human to merge, never merged."""

    __tablename__ = "patient_duplicate_flags"
    __table_args__ = (sa.UniqueConstraint("patient_id", "other_patient_id"),)

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    other_patient_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("patients.id", ondelete="RESTRICT")
    )
    reason: Mapped[str] = mapped_column(sa.String(200))
    status: Mapped[DuplicateStatus] = mapped_column(
        enum_column(DuplicateStatus, name="duplicate_status"), default=DuplicateStatus.OPEN
    )


class PatientReferral(SyncedMixin, Base):
    """Who brought a patient to the hospital, recorded at registration.

    The referrer earns the program's referral points once, when the new
    patient completes a first visit (:func:`shared.domain.earning.for_referral`).
    """

    __tablename__ = "patient_referrals"
    __table_args__ = (
        sa.UniqueConstraint("patient_id"),
        sa.CheckConstraint("referrer_id <> patient_id", name="not_self"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    referrer_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("patients.id", ondelete="RESTRICT"), index=True
    )


class Appointment(SyncedMixin, Base):
    __tablename__ = "appointments"
    __table_args__ = (
        sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        sa.CheckConstraint(
            "clinician_id IS NOT NULL OR department_id IS NOT NULL", name="has_a_provider"
        ),
        sa.Index("ix_appointments_hospital_starts", "hospital_id", "starts_at"),
        sa.Index("ix_appointments_clinician_starts", "clinician_id", "starts_at"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    clinician_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("clinicians.id", ondelete="RESTRICT")
    )
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("departments.id", ondelete="RESTRICT")
    )
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    kind: Mapped[AppointmentKind] = mapped_column(
        enum_column(AppointmentKind, name="kind"), default=AppointmentKind.CONSULTATION
    )
    status: Mapped[AppointmentStatus] = mapped_column(
        enum_column(AppointmentStatus, name="status"), default=AppointmentStatus.SCHEDULED
    )
    reason: Mapped[str | None] = mapped_column(sa.String(300))
    notes: Mapped[str | None] = mapped_column(sa.Text)
    checked_in_at: Mapped[dt.datetime | None]
    cancelled_reason: Mapped[str | None] = mapped_column(sa.String(300))
    needs_reschedule: Mapped[bool] = mapped_column(default=False)
    reschedule_reason: Mapped[str | None] = mapped_column(sa.String(300))


class AppointmentReminder(SyncedMixin, Base):
    """One reminder per appointment and offset; the server creates and sends them."""

    __tablename__ = "appointment_reminders"
    __table_args__ = (
        sa.UniqueConstraint("appointment_id", "offset_minutes"),
        sa.CheckConstraint("offset_minutes > 0", name="offset_positive"),
        sa.Index("ix_appointment_reminders_status_due", "status", "due_at"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    appointment_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("appointments.id", ondelete="RESTRICT"), index=True
    )
    offset_minutes: Mapped[int]
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, name="channel"))
    due_at: Mapped[dt.datetime]
    status: Mapped[ReminderStatus] = mapped_column(
        enum_column(ReminderStatus, name="status"), default=ReminderStatus.PENDING
    )
    message_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("messages.id"))
    status_reason: Mapped[str | None] = mapped_column(sa.String(300))


class PatientFeedback(SyncedMixin, Base):
    __tablename__ = "patient_feedback"
    __table_args__ = (
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="rating_1_to_5"),
        sa.CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps_0_to_10"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("appointments.id"))
    rating: Mapped[int]
    nps: Mapped[int | None]
    category: Mapped[FeedbackCategory] = mapped_column(
        enum_column(FeedbackCategory, name="category"), default=FeedbackCategory.GENERAL
    )
    comments: Mapped[str | None] = mapped_column(sa.Text)
    follow_up_status: Mapped[FollowUpStatus] = mapped_column(
        enum_column(FollowUpStatus, name="follow_up_status"), default=FollowUpStatus.NONE
    )
    follow_up_note: Mapped[str | None] = mapped_column(sa.Text)
    submitted_at: Mapped[dt.datetime]
    #: The callback low feedback opens (``shared.domain.service_recovery``): its owner,
    #: due time, how it ended and who closed it when; the server stamps the alert.
    follow_up_assignee_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    follow_up_due_at: Mapped[dt.datetime | None]
    follow_up_outcome: Mapped[RecoveryOutcome | None] = mapped_column(
        enum_column(RecoveryOutcome, name="follow_up_outcome")
    )
    follow_up_closed_at: Mapped[dt.datetime | None]
    follow_up_closed_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    follow_up_alerted_at: Mapped[dt.datetime | None]


class PatientCommunication(SyncedMixin, Base):
    """Log of contact with a patient (append-only)."""

    __tablename__ = "patient_communications"

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    channel: Mapped[LogChannel] = mapped_column(enum_column(LogChannel, name="channel"))
    direction: Mapped[Direction] = mapped_column(
        enum_column(Direction, name="direction"), default=Direction.OUTBOUND
    )
    subject: Mapped[str | None] = mapped_column(sa.String(200))
    summary: Mapped[str] = mapped_column(sa.Text)
    occurred_at: Mapped[dt.datetime]
    message_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("messages.id"))
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    #: A call about an appointment (the desk's call list) names it and what came of it.
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("appointments.id"), index=True
    )
    call_outcome: Mapped[CallOutcome | None] = mapped_column(
        enum_column(CallOutcome, name="call_outcome")
    )
