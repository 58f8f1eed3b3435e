"""The keys of the settings table, and the deadline policy read from stored values.

Read at start-up without SQLAlchemy (the queue's first screenful, ``store.quick``): this module
imports nothing of the store.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...domain.deadlines import (
    PACKAGE_HOLIDAYS,
    Calendar,
    DeadlinePolicy,
    ExtensionReading,
    PublicHolidays,
)

CALENDAR = "deadline.calendar"
SUSPENSION = "deadline.suspension_enabled"
EXTENSION_READING = "deadline.extension_reading"
POLICY_KEYS = (CALENDAR, SUSPENSION, EXTENSION_READING)
DEMO = "demo"  # a demo case base, filled with synthetic people

REMINDER_DAYS = "deadline.reminder_days"
OWNER_TASK_DAYS = "tasks.owner_due_days"  # an owner's task is due this many days after it opens
ORG_NAME = "organisation.name"
ORG_ADDRESS = "organisation.address"
ORG_REGISTRATION = "organisation.registration"
ORG_DPO_NAME = "organisation.dpo_name"
ORG_DPO_EMAIL = "organisation.dpo_email"
ORG_DPO_PHONE = "organisation.dpo_phone"
ORG_DPO_ADDRESS = "organisation.dpo_address"
ORG_LOGO = "organisation.logo"  # base64 text
ORG_LOGO_TYPE = "organisation.logo_type"  # MIME type, found from the bytes
CLOSED_CASE_RETENTION = "retention.closed_case_years"
JOURNAL_RETENTION = "retention.journal_years"
SUPPRESSION_YEARS = "retention.suppression_years"  # the marketing suppression list (Art. 21)
GATHERED_DATA_DAYS = "retention.gathered_data_days"  # copies gathered, after the answer
EXPORT_FOLDER = "export.folder"
BACKUP_FOLDER = "backup.folder"  # empty: « sauvegardes » beside the case base
BACKUP_KEEP = "backup.keep"  # how many archives of this base the folder keeps
BACKUP_WARN_DAYS = "backup.warn_days"  # the dashboard warns past this age
IDENTITY_PREFIX = "identity."  # + a right: the level of identity proof it needs (1 to 3)


def policy_from(
    values: Mapping[str, object], holidays: PublicHolidays = PACKAGE_HOLIDAYS
) -> DeadlinePolicy:
    """The deadline policy from stored settings values (an absent key reads as its default),
    reading public holidays from ``holidays``."""
    default = DeadlinePolicy()
    return DeadlinePolicy(
        calendar=Calendar(str(values.get(CALENDAR, default.calendar.value))),
        suspension_enabled=bool(values.get(SUSPENSION, default.suspension_enabled)),
        extension_reading=ExtensionReading(
            str(values.get(EXTENSION_READING, default.extension_reading.value))
        ),
        holidays=holidays,
    )
