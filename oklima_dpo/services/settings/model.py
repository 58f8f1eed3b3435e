"""The settings as the program uses them, and how they read from the settings table: one row
per key (a JSON value); a key that is absent (an older case base) reads as its default."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from ...domain.deadlines import PACKAGE_HOLIDAYS, DeadlinePolicy, PublicHolidays
from ...domain.gates import IdentityLevel, IdentityPolicy
from ...store.unit_of_work import UnitOfWork
from ..context import ServiceContext
from .keys import (
    BACKUP_FOLDER,
    BACKUP_KEEP,
    BACKUP_WARN_DAYS,
    CALENDAR,
    CLOSED_CASE_RETENTION,
    DEMO,
    EXPORT_FOLDER,
    EXTENSION_READING,
    GATHERED_DATA_DAYS,
    IDENTITY_PREFIX,
    JOURNAL_RETENTION,
    ORG_ADDRESS,
    ORG_DPO_ADDRESS,
    ORG_DPO_EMAIL,
    ORG_DPO_NAME,
    ORG_DPO_PHONE,
    ORG_LOGO,
    ORG_LOGO_TYPE,
    ORG_NAME,
    ORG_REGISTRATION,
    OWNER_TASK_DAYS,
    REMINDER_DAYS,
    SUPPRESSION_YEARS,
    SUSPENSION,
    policy_from,
)


@dataclass(frozen=True, slots=True)
class Organisation:
    """The letterhead and the DPO's signature block. Defaults: the charter's own address."""

    name: str = "OKLIMA"
    address: str = "20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine"
    registration: str = ""  # SIREN, RCS…, as printed on letters
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    dpo_address: str = ""
    logo: bytes | None = None
    logo_type: str = ""  # MIME type of ``logo``; set from its bytes, whatever the caller says


@dataclass(frozen=True, slots=True)
class Settings:
    policy: DeadlinePolicy = field(default_factory=DeadlinePolicy)
    reminder_days: int = 15  # days without an answer to a request for information
    owner_task_days: int = 10  # days a system's owner has to answer a task
    demo: bool = False  # a demo case base, filled with synthetic people
    organisation: Organisation = field(default_factory=Organisation)
    closed_case_retention_years: int = 5  # closed case files, then purged (LEGAL.md §5)
    journal_retention_years: int = 6  # outlives the closed cases it proves (checks.py)
    export_folder: str = ""  # empty: the program's default folder
    suppression_years: int = 3  # an objection to marketing stays on the list this long
    gathered_data_days: int = 30  # after the answer, the copies gathered for it are purged
    identity: IdentityPolicy = field(default_factory=IdentityPolicy)  # level each right needs
    backup_folder: str = ""  # empty: « sauvegardes » beside the case base
    backup_keep: int = 30  # archives of this base kept in the folder, the newest
    backup_warn_days: int = 3  # the dashboard warns when the last backup is older (weekends)

    def task_due_on(self, opened: date) -> date:
        """The day an owner's task opened on ``opened`` is due."""
        return opened + timedelta(days=self.owner_task_days)


@dataclass(frozen=True, slots=True)
class Logo:
    data: bytes
    mime_type: str


def rows_of(settings: Settings) -> dict[str, object]:
    """The settings as table rows (demo aside: only the demo service sets it)."""
    org = settings.organisation
    policy = settings.policy
    return {
        CALENDAR: policy.calendar.value,
        SUSPENSION: policy.suspension_enabled,
        EXTENSION_READING: policy.extension_reading.value,
        REMINDER_DAYS: settings.reminder_days,
        OWNER_TASK_DAYS: settings.owner_task_days,
        ORG_NAME: org.name,
        ORG_ADDRESS: org.address,
        ORG_REGISTRATION: org.registration,
        ORG_DPO_NAME: org.dpo_name,
        ORG_DPO_EMAIL: org.dpo_email,
        ORG_DPO_PHONE: org.dpo_phone,
        ORG_DPO_ADDRESS: org.dpo_address,
        ORG_LOGO: base64.b64encode(org.logo).decode("ascii") if org.logo else None,
        ORG_LOGO_TYPE: org.logo_type if org.logo else "",
        CLOSED_CASE_RETENTION: settings.closed_case_retention_years,
        JOURNAL_RETENTION: settings.journal_retention_years,
        EXPORT_FOLDER: settings.export_folder,
        SUPPRESSION_YEARS: settings.suppression_years,
        GATHERED_DATA_DAYS: settings.gathered_data_days,
        BACKUP_FOLDER: settings.backup_folder,
        BACKUP_KEEP: settings.backup_keep,
        BACKUP_WARN_DAYS: settings.backup_warn_days,
        **{
            IDENTITY_PREFIX + f.name: int(getattr(settings.identity, f.name))
            for f in fields(IdentityPolicy)
        },
    }


def _decode_logo(text: object) -> bytes | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None  # a damaged value reads as no logo rather than breaking every letter


def read(uow: UnitOfWork, holidays: PublicHolidays = PACKAGE_HOLIDAYS) -> Settings:
    stored = uow.settings.values()
    values = {**rows_of(Settings()), **stored}
    policy = policy_from(values, holidays)
    logo = _decode_logo(values[ORG_LOGO])
    organisation = Organisation(
        name=str(values[ORG_NAME]),
        address=str(values[ORG_ADDRESS]),
        registration=str(values[ORG_REGISTRATION]),
        dpo_name=str(values[ORG_DPO_NAME]),
        dpo_email=str(values[ORG_DPO_EMAIL]),
        dpo_phone=str(values[ORG_DPO_PHONE]),
        dpo_address=str(values[ORG_DPO_ADDRESS]),
        logo=logo,
        logo_type=str(values[ORG_LOGO_TYPE]) if logo else "",
    )
    return Settings(
        policy=policy,
        reminder_days=_whole(values[REMINDER_DAYS], _DEFAULTS.reminder_days),
        owner_task_days=_whole(values[OWNER_TASK_DAYS], _DEFAULTS.owner_task_days),
        demo=bool(stored.get(DEMO, False)),
        organisation=organisation,
        closed_case_retention_years=_whole(
            values[CLOSED_CASE_RETENTION], _DEFAULTS.closed_case_retention_years
        ),
        journal_retention_years=_whole(
            values[JOURNAL_RETENTION], _DEFAULTS.journal_retention_years
        ),
        export_folder=str(values[EXPORT_FOLDER]),
        suppression_years=_whole(values[SUPPRESSION_YEARS], _DEFAULTS.suppression_years),
        gathered_data_days=_whole(values[GATHERED_DATA_DAYS], _DEFAULTS.gathered_data_days),
        identity=_identity_policy(values),
        backup_folder=str(values[BACKUP_FOLDER]),
        backup_keep=_whole(values[BACKUP_KEEP], _DEFAULTS.backup_keep),
        backup_warn_days=_whole(values[BACKUP_WARN_DAYS], _DEFAULTS.backup_warn_days),
    )


def _identity_policy(values: dict[str, object]) -> IdentityPolicy:
    levels = {}
    for spec in fields(IdentityPolicy):
        default = getattr(_DEFAULTS.identity, spec.name)
        number = _whole(values[IDENTITY_PREFIX + spec.name], int(default))
        levels[spec.name] = IdentityLevel(number) if number in set(IdentityLevel) else default
    return IdentityPolicy(**levels)


_DEFAULTS = Settings()


def _whole(value: object, default: int) -> int:
    """A stored number; a damaged value reads as its default rather than breaking every
    deadline and letter (the settings dialog then shows the default, to be saved again)."""
    if not isinstance(value, int | float | str):
        return default
    try:
        return int(value)
    except ValueError:
        return default


def get_settings(ctx: ServiceContext) -> Settings:
    with ctx.unit_of_work() as uow:
        return read(uow, ctx.holidays)
