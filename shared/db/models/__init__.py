"""Every table of the CRM. Importing this package registers them all on ``Base.metadata``."""

from shared.db.models.audit import AuditEntry
from shared.db.models.loyalty import (
    LoyaltyLedgerEntry,
    LoyaltyPoolMember,
    LoyaltyProgram,
    LoyaltyRedemption,
    LoyaltyReward,
    LoyaltyTierChange,
)
from shared.db.models.messaging import (
    Campaign,
    CampaignRecipient,
    ChannelPrice,
    DeliveryEvent,
    Message,
    MessageAttempt,
    MessageTemplate,
    Suppression,
)
from shared.db.models.organisation import Clinician, Department, Device, Hospital, User
from shared.db.models.owners import (
    Contract,
    OwnerAccount,
    OwnerCommunication,
    OwnerSatisfactionSurvey,
    Payout,
    PayoutResponse,
    RevenueEntry,
    RevenueSummary,
    ServiceRecoveryMonth,
)
from shared.db.models.patients import (
    Appointment,
    AppointmentReminder,
    Patient,
    PatientCommunication,
    PatientDuplicateFlag,
    PatientFeedback,
    PatientReferral,
)
from shared.db.models.sync import SyncConflict

__all__ = [
    "Appointment",
    "AppointmentReminder",
    "AuditEntry",
    "Campaign",
    "CampaignRecipient",
    "ChannelPrice",
    "Clinician",
    "Contract",
    "DeliveryEvent",
    "Department",
    "Device",
    "Hospital",
    "LoyaltyLedgerEntry",
    "LoyaltyPoolMember",
    "LoyaltyProgram",
    "LoyaltyRedemption",
    "LoyaltyReward",
    "LoyaltyTierChange",
    "Message",
    "MessageAttempt",
    "MessageTemplate",
    "OwnerAccount",
    "OwnerCommunication",
    "OwnerSatisfactionSurvey",
    "Patient",
    "PatientCommunication",
    "PatientDuplicateFlag",
    "PatientFeedback",
    "PatientReferral",
    "Payout",
    "PayoutResponse",
    "RevenueEntry",
    "RevenueSummary",
    "ServiceRecoveryMonth",
    "Suppression",
    "SyncConflict",
    "User",
]
