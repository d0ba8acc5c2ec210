"""Nigerian-style display text for the screens: dates, times, phones, statuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from shared.clock import format_date, format_datetime, to_lagos
from shared.domain.enums import AppointmentStatus, ReminderStatus
from shared.domain.phones import display_phone

#: Qt's translate, by the name lupdate looks for: each call names its context
#: and a literal text, so the string is found and extracted.
translate = QCoreApplication.translate


def date_text(value: dt.date | None) -> str:
    return format_date(value) if value is not None else ""


def datetime_text(value: dt.datetime | None) -> str:
    return format_datetime(value) if value is not None else translate("format", "never")


def period_text(period: str) -> str:
    """A payout period ``2026-10`` as a chart's month label: "Oct 2026"."""
    year, month = period.split("-")
    return f"{dt.date(int(year), int(month), 1):%b %Y}"


def time_text(value: dt.datetime) -> str:
    return f"{to_lagos(value):%H:%M}"


def phone_text(e164: str | None) -> str:
    return display_phone(e164) if e164 else ""


def appointment_status(status: AppointmentStatus) -> str:
    labels = {
        AppointmentStatus.SCHEDULED: translate("format", "Scheduled"),
        AppointmentStatus.CONFIRMED: translate("format", "Confirmed"),
        AppointmentStatus.CHECKED_IN: translate("format", "Checked in"),
        AppointmentStatus.COMPLETED: translate("format", "Seen"),
        AppointmentStatus.CANCELLED: translate("format", "Cancelled"),
        AppointmentStatus.NO_SHOW: translate("format", "No-show"),
    }
    return labels[status]


def reminder_status(status: ReminderStatus | None) -> str:
    """What the appointment's reminder did, in the words the desk uses (blank: none planned)."""
    labels = {
        ReminderStatus.PENDING: translate("format", "Planned"),
        ReminderStatus.QUEUED: translate("format", "Queued"),
        ReminderStatus.SENT: translate("format", "Sent"),
        ReminderStatus.DELIVERED: translate("format", "Delivered"),
        ReminderStatus.FAILED: translate("format", "Failed — call"),
        ReminderStatus.OPTED_OUT: translate("format", "Opted out"),
        ReminderStatus.CANCELLED: translate("format", "Cancelled"),
        ReminderStatus.SKIPPED: translate("format", "Skipped"),
    }
    return labels[status] if status is not None else ""
