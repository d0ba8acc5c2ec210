"""Nigerian-style display text for the screens: dates, times, phones, statuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from shared.clock import format_date, format_datetime, to_lagos
from shared.domain.enums import AppointmentStatus, ReminderStatus
from shared.domain.phones import display_phone


def _tr(text: str) -> str:
    return QCoreApplication.translate("format", text)


def date_text(value: dt.date | None) -> str:
    return format_date(value) if value is not None else ""


def datetime_text(value: dt.datetime | None) -> str:
    return format_datetime(value) if value is not None else _tr("never")


def time_text(value: dt.datetime) -> str:
    return f"{to_lagos(value):%H:%M}"


def phone_text(e164: str | None) -> str:
    return display_phone(e164) if e164 else ""


def appointment_status(status: AppointmentStatus) -> str:
    labels = {
        AppointmentStatus.SCHEDULED: _tr("Scheduled"),
        AppointmentStatus.CONFIRMED: _tr("Confirmed"),
        AppointmentStatus.CHECKED_IN: _tr("Checked in"),
        AppointmentStatus.COMPLETED: _tr("Seen"),
        AppointmentStatus.CANCELLED: _tr("Cancelled"),
        AppointmentStatus.NO_SHOW: _tr("No-show"),
    }
    return labels[status]


def reminder_status(status: ReminderStatus | None) -> str:
    """What the appointment's reminder did, in the words the desk uses (blank: none planned)."""
    labels = {
        ReminderStatus.PENDING: _tr("Planned"),
        ReminderStatus.QUEUED: _tr("Queued"),
        ReminderStatus.SENT: _tr("Sent"),
        ReminderStatus.DELIVERED: _tr("Delivered"),
        ReminderStatus.FAILED: _tr("Failed — call"),
        ReminderStatus.OPTED_OUT: _tr("Opted out"),
        ReminderStatus.CANCELLED: _tr("Cancelled"),
        ReminderStatus.SKIPPED: _tr("Skipped"),
    }
    return labels[status] if status is not None else ""
