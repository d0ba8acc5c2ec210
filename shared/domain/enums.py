"""The closed vocabularies of the CRM, shared by storage, wire and screens.

Stored as plain strings with CHECK constraints (portable to SQLite), so a
value outside these lists cannot reach either database.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    FRONT_DESK = "front_desk"
    CLINICIAN = "clinician"
    OWNER = "owner"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class BloodGroup(StrEnum):
    A_POS = "A+"
    A_NEG = "A-"
    B_POS = "B+"
    B_NEG = "B-"
    AB_POS = "AB+"
    AB_NEG = "AB-"
    O_POS = "O+"
    O_NEG = "O-"


class Genotype(StrEnum):
    AA = "AA"
    AS = "AS"
    AC = "AC"
    SS = "SS"
    SC = "SC"


class PayerType(StrEnum):
    SELF_PAY = "self_pay"
    NHIA = "nhia"
    STATE_SCHEME = "state_scheme"
    HMO = "hmo"


class Language(StrEnum):
    ENGLISH = "en"
    YORUBA = "yo"
    HAUSA = "ha"
    IGBO = "ig"
    PIDGIN = "pcm"


class Channel(StrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class LogChannel(StrEnum):
    """Channels of a communication log: messages plus contact made by hand."""

    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    CALL = "call"
    MEETING = "meeting"
    LETTER = "letter"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class AppointmentKind(StrEnum):
    CONSULTATION = "consultation"
    FOLLOW_UP = "follow_up"
    PROCEDURE = "procedure"
    LAB = "lab"
    ANTENATAL = "antenatal"
    IMMUNISATION = "immunisation"
    WALK_IN = "walk_in"


class ReminderStatus(StrEnum):
    PENDING = "pending"
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"
    OPTED_OUT = "opted_out"


class CallOutcome(StrEnum):
    """What came of phoning a patient the reminders could not reach."""

    CONFIRMED = "confirmed"
    WILL_RESCHEDULE = "will_reschedule"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"


class FollowUpStatus(StrEnum):
    NONE = "none"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class RecoveryOutcome(StrEnum):
    """How a service-recovery callback ended: only ``recovered`` counts towards the rate."""

    RECOVERED = "recovered"
    NOT_RECOVERED = "not_recovered"
    UNREACHABLE = "unreachable"


class FeedbackCategory(StrEnum):
    GENERAL = "general"
    WAITING_TIME = "waiting_time"
    STAFF = "staff"
    CLINICAL_CARE = "clinical_care"
    BILLING = "billing"
    FACILITIES = "facilities"


class PaymentMethod(StrEnum):
    CASH = "cash"
    POS = "pos"
    TRANSFER = "transfer"
    HMO = "hmo"
    NHIA = "nhia"


class OwnerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class OwnerStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    SUSPENDED = "suspended"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class PayoutStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    PAID = "paid"
    FAILED = "failed"


class PayoutResponseKind(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    DISPUTED = "disputed"


class DisputeStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    REJECTED = "rejected"


class LedgerKind(StrEnum):
    EARN = "earn"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"


class RewardKind(StrEnum):
    DISCOUNT = "discount"
    FREE_SERVICE = "free_service"
    PRIORITY = "priority"
    PACKAGE = "package"


class RedemptionStatus(StrEnum):
    COMPLETED = "completed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class MessagePurpose(StrEnum):
    TRANSACTIONAL = "transactional"
    HEALTH_EDUCATION = "health_education"
    SERVICE_NOTICE = "service_notice"
    PROMOTIONAL = "promotional"


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    UNDELIVERABLE = "undeliverable"
    SUPPRESSED = "suppressed"
    CANCELLED = "cancelled"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class RecipientStatus(StrEnum):
    PENDING = "pending"
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    OPENED = "opened"
    CLICKED = "clicked"
    FAILED = "failed"
    SKIPPED = "skipped"


class SuppressionReason(StrEnum):
    STOP_KEYWORD = "stop_keyword"
    UNSUBSCRIBE_LINK = "unsubscribe_link"
    FRONT_DESK = "front_desk"
    BOUNCE = "bounce"
    COMPLAINT = "complaint"


class SuppressionScope(StrEnum):
    MARKETING = "marketing"
    ALL = "all"


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESTORED = "restored"
    DISMISSED = "dismissed"


class DuplicateStatus(StrEnum):
    OPEN = "open"
    MERGED = "merged"
    DISMISSED = "dismissed"
