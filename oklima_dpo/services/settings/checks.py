"""Checking the settings a DPO typed: every bad field named at once, nothing stored."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from ...domain.errors import InvalidIdentifier
from ...domain.identity import normalize_email, normalize_phone
from ..errors import InvalidInput
from .model import Logo, Organisation, Settings

# -- limits (LEGAL.md §1.5 and §5) ------------------------------------------------------------
REMINDER_DAYS_RANGE = (1, 90)
OWNER_TASK_DAYS_RANGE = (1, 60)
CLOSED_CASE_RETENTION_RANGE = (1, 30)
JOURNAL_RETENTION_RANGE = (1, 100)  # at least a year; the upper bound only catches a typo
SUPPRESSION_YEARS_RANGE = (1, 10)  # LEGAL.md §2: 3 years by default
GATHERED_DATA_DAYS_RANGE = (0, 365)  # 0: purged as soon as the purge runs after the answer
BACKUP_KEEP_RANGE = (1, 365)
BACKUP_WARN_DAYS_RANGE = (1, 30)
MAX_LOGO_BYTES = 512 * 1024
TEXT_LIMITS = {"name": 200, "registration": 200, "dpo_name": 200, "address": 500}
LOGO_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/svg+xml": "SVG"}


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


def journal_years_needed(closed_case_years: int) -> int:
    """The journal's entries date from a case's life, before it closes: kept a year longer
    than closed cases, they outlive every case file they prove."""
    return closed_case_years + 1


def check_settings(new: Settings) -> Settings:
    """The settings cleaned up (spaces, e-mail case), or InvalidInput naming every bad field."""
    problems: dict[str, str] = {}
    organisation = _organisation_checked(new.organisation, problems)
    _check_range(
        problems, "reminder_days", new.reminder_days, REMINDER_DAYS_RANGE, "Relance (en jours)"
    )
    _check_range(
        problems,
        "owner_task_days",
        new.owner_task_days,
        OWNER_TASK_DAYS_RANGE,
        "Tâches des propriétaires (en jours)",
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
    if (
        "journal_retention_years" not in problems
        and "closed_case_retention_years" not in problems
        and new.journal_retention_years < journal_years_needed(new.closed_case_retention_years)
    ):
        problems["journal_retention_years"] = (
            f"Conservation du journal : au moins "
            f"{journal_years_needed(new.closed_case_retention_years)} ans. Le journal prouve "
            f"ce qui a été fait pour chaque demande close, gardée "
            f"{new.closed_case_retention_years} ans après sa clôture : il ne peut être purgé "
            "avant elles (une demande dure jusqu’à trois mois, et peut être rouverte)."
        )
    _check_range(problems, "backup_keep", new.backup_keep, BACKUP_KEEP_RANGE, "Sauvegardes gardées")
    _check_range(
        problems,
        "backup_warn_days",
        new.backup_warn_days,
        BACKUP_WARN_DAYS_RANGE,
        "Alerte de sauvegarde ancienne (en jours)",
    )
    export_folder = new.export_folder.strip()
    if export_folder and (problem := _export_folder_problem(export_folder)):
        problems["export_folder"] = problem
    backup_folder = new.backup_folder.strip()
    if backup_folder and (problem := _export_folder_problem(backup_folder)):
        problems["backup_folder"] = problem
    if problems:
        raise InvalidInput(problems)
    return replace(
        new, organisation=organisation, export_folder=export_folder, backup_folder=backup_folder
    )
