"""Settings shared by every user of a case base (stored in it), and their effect on deadlines.

Each setting is one row of the ``settings`` table (key → JSON value). A key that is absent (an
older case base) reads as its default. :func:`update_settings` checks a whole form at once,
stores only the keys that changed, journals which ones (never the personal data they hold) and,
when the deadline policy changed, re-dates every open case and says which ones moved.
"""

from __future__ import annotations

import base64
import binascii
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.case import deadline_from
from ..domain.deadlines import (
    Calendar,
    DeadlinePolicy,
    ExtensionReading,
    Suspension,
    compute_deadline,
    holiday_name,
)
from ..domain.errors import InvalidIdentifier
from ..domain.identity import normalize_email, normalize_phone
from ..domain.workflow import OPEN_STATUSES
from ..store import cases_repo, journal
from .casework import refresh_deadline, timeline_of
from .context import ServiceContext
from .errors import InvalidInput

# -- the keys of the settings table ---------------------------------------------------------
# Those read at start-up without SQLAlchemy are defined with the queue.
from .queue import CALENDAR, DEMO, EXTENSION_READING, SUSPENSION, policy_from

REMINDER_DAYS = "deadline.reminder_days"
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

POLICY_KEYS = (CALENDAR, SUSPENSION, EXTENSION_READING)
# Keys whose values the journal may show: rules, not people (the DPO's name, e-mail, phone
# and address, and a folder path that may name a user, are personal data).
JOURNALED_VALUES = (
    *POLICY_KEYS,
    REMINDER_DAYS,
    CLOSED_CASE_RETENTION,
    JOURNAL_RETENTION,
    SUPPRESSION_YEARS,
    GATHERED_DATA_DAYS,
)

# -- limits (LEGAL.md §1.5 and §5) ------------------------------------------------------------
REMINDER_DAYS_RANGE = (1, 90)
CLOSED_CASE_RETENTION_RANGE = (1, 30)
JOURNAL_RETENTION_RANGE = (1, 100)  # at least a year; the upper bound only catches a typo
SUPPRESSION_YEARS_RANGE = (1, 10)  # LEGAL.md §2: 3 years by default
GATHERED_DATA_DAYS_RANGE = (0, 365)  # 0: purged as soon as the purge runs after the answer
MAX_LOGO_BYTES = 512 * 1024
TEXT_LIMITS = {"name": 200, "registration": 200, "dpo_name": 200, "address": 500}
LOGO_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/svg+xml": "SVG"}


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
    demo: bool = False  # a demo case base, filled with synthetic people
    organisation: Organisation = field(default_factory=Organisation)
    closed_case_retention_years: int = 5  # closed case files, then purged (LEGAL.md §5)
    journal_retention_years: int = 1  # at least one year
    export_folder: str = ""  # empty: the program's default folder
    suppression_years: int = 3  # an objection to marketing stays on the list this long
    gathered_data_days: int = 30  # after the answer, the copies gathered for it are purged


@dataclass(frozen=True, slots=True)
class Redated:
    """An open case whose deadline in force moved with the new policy."""

    reference: str
    person_name: str
    old_due: date
    new_due: date


@dataclass(frozen=True, slots=True)
class SettingsChange:
    changed_keys: tuple[str, ...]  # keys of the settings table, sorted
    redated: tuple[Redated, ...]  # by new date, then reference
    settings: Settings  # as stored now


@dataclass(frozen=True, slots=True)
class Logo:
    data: bytes
    mime_type: str


# -- reading -------------------------------------------------------------------------------


def _rows(settings: Settings) -> dict[str, object]:
    """The settings as table rows (demo aside: only the demo service sets it)."""
    org = settings.organisation
    policy = settings.policy
    return {
        CALENDAR: policy.calendar.value,
        SUSPENSION: policy.suspension_enabled,
        EXTENSION_READING: policy.extension_reading.value,
        REMINDER_DAYS: settings.reminder_days,
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
    }


def _decode_logo(text: object) -> bytes | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None  # a damaged value reads as no logo rather than breaking every letter


def read(session: Session) -> Settings:
    stored = cases_repo.read_settings(session)
    values = {**_rows(Settings()), **stored}
    policy = policy_from(values)
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
        reminder_days=int(values[REMINDER_DAYS]),  # type: ignore[call-overload]
        demo=bool(stored.get(DEMO, False)),
        organisation=organisation,
        closed_case_retention_years=int(values[CLOSED_CASE_RETENTION]),  # type: ignore[call-overload]
        journal_retention_years=int(values[JOURNAL_RETENTION]),  # type: ignore[call-overload]
        export_folder=str(values[EXPORT_FOLDER]),
        suppression_years=int(values[SUPPRESSION_YEARS]),  # type: ignore[call-overload]
        gathered_data_days=int(values[GATHERED_DATA_DAYS]),  # type: ignore[call-overload]
    )


def get_settings(ctx: ServiceContext) -> Settings:
    with ctx.store.unit_of_work() as session:
        return read(session)


# -- checking --------------------------------------------------------------------------------


def logo_type_of(data: bytes) -> str | None:
    """The MIME type told by the first bytes (PNG, JPEG, SVG), or None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith((b"<svg", b"<?xml", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in head:
        return "image/svg+xml"
    return None


def _too_big(size: int) -> str:
    return f"Le logo pèse {round(size / 1024)} Ko ; 512 Ko au plus."


def _logo_problem(data: bytes) -> str | None:
    if len(data) > MAX_LOGO_BYTES:
        return _too_big(len(data))
    if logo_type_of(data) is None:
        return "Le logo doit être une image PNG, JPEG ou SVG."
    return None


def read_logo(path: Path) -> Logo:
    """Read and check a logo file chosen by the DPO (the dialog previews what this returns)."""
    try:
        size = path.stat().st_size
        data = b"" if size > MAX_LOGO_BYTES else path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        problem: str | None = f"Impossible de lire « {path.name} » : {reason}."
    else:
        problem = _too_big(size) if size > MAX_LOGO_BYTES else _logo_problem(data)
    if problem:
        raise InvalidInput({"organisation.logo": problem})
    return Logo(data, logo_type_of(data) or "")


def _clean_line(text: str) -> str:
    return " ".join(text.split())


def _clean_lines(text: str) -> str:
    """A postal address: each line trimmed, empty lines dropped."""
    return "\n".join(line for line in map(_clean_line, text.splitlines()) if line)


def _check_length(problems: dict[str, str], name: str, text: str, limit: int, what: str) -> None:
    if len(text) > limit:
        problems[name] = f"{what} dépasse {limit} caractères."


def _check_range(
    problems: dict[str, str], name: str, value: int, bounds: tuple[int, int], what: str
) -> None:
    low, high = bounds
    if not low <= value <= high:
        problems[name] = f"{what} : de {low} à {high}."


def _export_folder_problem(text: str) -> str | None:
    folder = Path(text).expanduser()
    if not folder.is_dir():
        return f"Le dossier « {text} » n’existe pas."
    try:  # os.access is unreliable on Windows folders: try to write
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return f"Impossible d’écrire dans le dossier « {text} »."
    return None


def _organisation_checked(org: Organisation, problems: dict[str, str]) -> Organisation:
    name = _clean_line(org.name)
    if not name:
        problems["organisation.name"] = "La raison sociale est obligatoire (en-tête des lettres)."
    _check_length(problems, "organisation.name", name, TEXT_LIMITS["name"], "La raison sociale")
    address = _clean_lines(org.address)
    _check_length(problems, "organisation.address", address, TEXT_LIMITS["address"], "L’adresse")
    registration = _clean_line(org.registration)
    _check_length(
        problems,
        "organisation.registration",
        registration,
        TEXT_LIMITS["registration"],
        "L’immatriculation",
    )
    dpo_name = _clean_line(org.dpo_name)
    _check_length(
        problems, "organisation.dpo_name", dpo_name, TEXT_LIMITS["dpo_name"], "Le nom du DPO"
    )
    dpo_email = org.dpo_email.strip()
    if dpo_email:
        try:
            dpo_email = normalize_email(dpo_email)
        except InvalidIdentifier as error:
            problems["organisation.dpo_email"] = str(error)
    dpo_phone = _clean_line(org.dpo_phone)
    if dpo_phone:
        try:
            normalize_phone(dpo_phone)  # checked; kept as typed, the way letters show it
        except InvalidIdentifier as error:
            problems["organisation.dpo_phone"] = str(error)
    dpo_address = _clean_lines(org.dpo_address)
    _check_length(
        problems,
        "organisation.dpo_address",
        dpo_address,
        TEXT_LIMITS["address"],
        "L’adresse du DPO",
    )
    logo_type = ""
    if org.logo:
        if problem := _logo_problem(org.logo):
            problems["organisation.logo"] = problem
        logo_type = logo_type_of(org.logo) or ""
    return Organisation(
        name=name,
        address=address,
        registration=registration,
        dpo_name=dpo_name,
        dpo_email=dpo_email,
        dpo_phone=dpo_phone,
        dpo_address=dpo_address,
        logo=org.logo or None,
        logo_type=logo_type,
    )


def check_settings(new: Settings) -> Settings:
    """The settings cleaned up (spaces, e-mail case), or InvalidInput naming every bad field."""
    problems: dict[str, str] = {}
    organisation = _organisation_checked(new.organisation, problems)
    _check_range(
        problems, "reminder_days", new.reminder_days, REMINDER_DAYS_RANGE, "Relance (en jours)"
    )
    _check_range(
        problems,
        "closed_case_retention_years",
        new.closed_case_retention_years,
        CLOSED_CASE_RETENTION_RANGE,
        "Conservation des demandes closes (en années)",
    )
    _check_range(
        problems,
        "journal_retention_years",
        new.journal_retention_years,
        JOURNAL_RETENTION_RANGE,
        "Conservation du journal (en années)",
    )
    _check_range(
        problems,
        "suppression_years",
        new.suppression_years,
        SUPPRESSION_YEARS_RANGE,
        "Liste d’opposition à la prospection (en années)",
    )
    _check_range(
        problems,
        "gathered_data_days",
        new.gathered_data_days,
        GATHERED_DATA_DAYS_RANGE,
        "Purge des données rassemblées après la réponse (en jours)",
    )
    export_folder = new.export_folder.strip()
    if export_folder and (problem := _export_folder_problem(export_folder)):
        problems["export_folder"] = problem
    if problems:
        raise InvalidInput(problems)
    return replace(new, organisation=organisation, export_folder=export_folder)


# -- writing ---------------------------------------------------------------------------------


def _redate_open_cases(
    session: Session, before: DeadlinePolicy, after: DeadlinePolicy, today: date
) -> list[Redated]:
    """Recompute every open case's cached deadline; list those whose date in force moved.

    Dates are compared live (a stopped clock counted up to today), as the DPO sees them.
    """
    moved = []
    for case in cases_repo.open_cases_for_update(session, OPEN_STATUSES):
        timeline = timeline_of(case)
        old_due = deadline_from(case.received_on, timeline, before, today).effective_due
        refresh_deadline(case, after)
        new_due = deadline_from(case.received_on, timeline, after, today).effective_due
        if old_due != new_due:
            moved.append(Redated(case.reference, case.person.display_name, old_due, new_due))
    return sorted(moved, key=lambda r: (r.new_due, r.reference))


def update_settings(ctx: ServiceContext, new: Settings) -> SettingsChange:
    """Check and store ``new`` (its ``demo`` flag aside); re-date open cases on a new policy."""
    checked = check_settings(new)
    with ctx.store.unit_of_work() as session:
        now = ctx.now()
        current = read(session)
        old_rows, new_rows = _rows(current), _rows(checked)
        changed = sorted(key for key, value in new_rows.items() if old_rows[key] != value)
        if not changed:
            return SettingsChange((), (), current)
        for key in changed:
            cases_repo.write_setting(
                session, key, new_rows[key], at=now.replace(tzinfo=None), actor=ctx.actor
            )
        redated: list[Redated] = []
        if current.policy != checked.policy:
            redated = _redate_open_cases(session, current.policy, checked.policy, ctx.today())
        journal.append(
            session,
            at=now,
            actor=ctx.actor,
            action="settings.changed",
            details={
                "keys": changed,
                "before": {k: old_rows[k] for k in changed if k in JOURNALED_VALUES},
                "after": {k: new_rows[k] for k in changed if k in JOURNALED_VALUES},
                "open_cases_redated": [r.reference for r in redated],
            },
        )
        session.commit()
        stored = replace(checked, demo=current.demo)
        return SettingsChange(tuple(changed), tuple(redated), stored)


def set_deadline_policy(ctx: ServiceContext, policy: DeadlinePolicy) -> int:
    """Store the policy and re-date every open case with it; returns how many changed date."""
    with ctx.store.unit_of_work() as session:
        now = ctx.now()
        before = read(session).policy
        for key, value in (
            (CALENDAR, policy.calendar.value),
            (SUSPENSION, policy.suspension_enabled),
            (EXTENSION_READING, policy.extension_reading.value),
        ):
            cases_repo.write_setting(
                session, key, value, at=now.replace(tzinfo=None), actor=ctx.actor
            )
        redated = _redate_open_cases(session, before, policy, ctx.today())
        journal.append(
            session,
            at=now,
            actor=ctx.actor,
            action="settings.deadline_policy",
            details={
                "before": _policy_dict(before),
                "after": _policy_dict(policy),
                "open_cases_redated": len(redated),
            },
        )
        session.commit()
        return len(redated)


def _policy_dict(policy: DeadlinePolicy) -> dict[str, object]:
    return {
        "calendar": policy.calendar.value,
        "suspension_enabled": policy.suspension_enabled,
        "extension_reading": policy.extension_reading.value,
    }


# -- what each choice gives: the dates the settings dialog shows beside them ------------------


@dataclass(frozen=True, slots=True)
class ExampleDeadline:
    """A made-up request and the date a choice gives it, with the reasoning in words."""

    received: date
    due: date
    explanation: str


@dataclass(frozen=True, slots=True)
class Holiday:
    day: date
    name: str


@dataclass(frozen=True)
class PolicyPreview:
    """Example dates for every choice of the deadline settings, for one year."""

    year: int
    extension: dict[tuple[Calendar, ExtensionReading], ExampleDeadline]
    # Suspension example: information asked on ``asked``, answered on ``answered``.
    asked: date
    answered: date
    suspension: dict[tuple[Calendar, bool], ExampleDeadline]
    alsace_moselle_only: tuple[Holiday, ...]  # holidays of Alsace-Moselle not national

    def extension_example(self, calendar: Calendar, reading: ExtensionReading) -> ExampleDeadline:
        return self.extension[calendar, reading]

    def suspension_example(self, calendar: Calendar, enabled: bool) -> ExampleDeadline:
        return self.suspension[calendar, enabled]

    def reminder_date(self, days: int) -> date:
        """When the reminder falls for the example's request for information."""
        return self.asked + timedelta(days=days)


def _extension_receipt(year: int) -> date:
    """31/01 where the two readings differ (a capped month end); else another month end."""
    candidates = [date(year, 1, 31), date(year, 5, 31), date(year, 10, 31)]
    for received in candidates:
        dates = {
            compute_deadline(
                received,
                policy=DeadlinePolicy(calendar=calendar, extension_reading=reading),
                today=received,
            ).extended_due
            for calendar in Calendar
            for reading in ExtensionReading
        }
        if len(dates) > 1:
            return received
    return candidates[0]


def policy_preview(year: int) -> PolicyPreview:
    received = _extension_receipt(year)
    extension = {}
    for calendar in Calendar:
        for reading in ExtensionReading:
            deadline = compute_deadline(
                received,
                policy=DeadlinePolicy(calendar=calendar, extension_reading=reading),
                today=received,
            )
            extension[calendar, reading] = ExampleDeadline(
                received, deadline.extended_due, deadline.explanation_extended
            )
    example_received, asked, answered = date(year, 3, 10), date(year, 3, 12), date(year, 3, 20)
    suspension = {}
    for calendar in Calendar:
        for enabled in (True, False):
            deadline = compute_deadline(
                example_received,
                suspensions=[Suspension(asked, answered)],
                policy=DeadlinePolicy(calendar=calendar, suspension_enabled=enabled),
                today=answered,
            )
            suspension[calendar, enabled] = ExampleDeadline(
                example_received, deadline.due, deadline.explanation_first
            )
    day, extra = date(year, 1, 1), []
    while day.year == year:
        name = holiday_name(day, Calendar.ALSACE_MOSELLE)
        if name and not holiday_name(day, Calendar.NATIONAL):
            extra.append(Holiday(day, name))
        day += timedelta(days=1)
    return PolicyPreview(year, extension, asked, answered, suspension, tuple(extra))


@dataclass(frozen=True)
class EditableSettings:
    """What the settings dialog loads: the settings and the dates each choice gives."""

    settings: Settings
    preview: PolicyPreview


def settings_for_editing(ctx: ServiceContext) -> EditableSettings:
    return EditableSettings(get_settings(ctx), policy_preview(ctx.today().year))
