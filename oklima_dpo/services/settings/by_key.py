"""The settings by name, for the command line: the names are those the settings dialog gives
its fields (``organisation.name``, ``reminder_days``…, the ``Settings`` field each one edits;
``policy.calendar``… for the deadline choices). What each holds now, and the settings with one
of them changed, read from text — then stored by :func:`.changes.update_settings`, which checks
everything (ranges, e-mail, logo, folder) and journals, as when the dialog's form is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ...domain.deadlines import Calendar, ExtensionReading
from ...domain.errors import DomainError
from ...domain.gates import IdentityLevel
from ...domain.parsing import parse_enum
from ...domain.rights import Right
from ..errors import InvalidInput
from .checks import read_logo
from .model import Settings

__all__ = ["SETTING_KEYS", "SettingKey", "setting_key", "setting_values", "with_setting"]

YES, NO = ("oui", "yes", "true", "1", "vrai"), ("non", "no", "false", "0", "faux")


@dataclass(frozen=True, slots=True)
class SettingKey:
    name: str  # the path of the field in Settings: ``organisation.name``, ``reminder_days``
    label: str  # as the dialog labels it
    kind: str  # text, lines, integer, yes_no, calendar, extension_reading, logo, identity

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.name.split("."))


SETTING_KEYS = (
    SettingKey("organisation.name", "Raison sociale", "text"),
    SettingKey("organisation.address", "Adresse du siège", "lines"),
    SettingKey("organisation.registration", "Immatriculation", "text"),
    SettingKey("organisation.dpo_name", "Nom du DPO", "text"),
    SettingKey("organisation.dpo_email", "E-mail du DPO", "text"),
    SettingKey("organisation.dpo_phone", "Téléphone du DPO", "text"),
    SettingKey("organisation.dpo_address", "Adresse postale du DPO", "lines"),
    SettingKey("organisation.logo", "Logo", "logo"),
    SettingKey("policy.calendar", "Calendrier des jours fériés", "calendar"),
    SettingKey(
        "policy.suspension_enabled",
        "Suspendre le délai pendant l’attente d’informations",
        "yes_no",
    ),
    SettingKey("policy.extension_reading", "Lecture de la prolongation", "extension_reading"),
    SettingKey("reminder_days", "Relancer après, en jours", "integer"),
    SettingKey("owner_task_days", "Tâches des propriétaires dues sous, en jours", "integer"),
    SettingKey("closed_case_retention_years", "Demandes closes conservées, en années", "integer"),
    SettingKey("journal_retention_years", "Journal conservé, en années", "integer"),
    SettingKey("gathered_data_days", "Données rassemblées purgées après, en jours", "integer"),
    SettingKey("suppression_years", "Liste d’opposition, en années", "integer"),
    SettingKey("export_folder", "Dossier d’export", "text"),
    SettingKey("backup_folder", "Dossier des sauvegardes", "text"),
    SettingKey("backup_keep", "Sauvegardes gardées", "integer"),
    SettingKey(
        "backup_warn_days", "Alerte si la dernière sauvegarde a plus de, en jours", "integer"
    ),
    *(
        SettingKey(f"identity.{right.value}", f"Identité exigée : {right.label_fr}", "identity")
        for right in Right
    ),
)
_BY_NAME = {key.name: key for key in SETTING_KEYS}


def setting_key(name: str) -> SettingKey:
    """The key named ``name``, or InvalidInput listing the names."""
    key = _BY_NAME.get(name.strip())
    if key is None:
        names = ", ".join(_BY_NAME)
        raise InvalidInput({"key": f"Réglage « {name} » inconnu : choisir parmi {names}."})
    return key


def setting_values(settings: Settings) -> dict[str, Any]:
    """Every setting by name: text, numbers, yes/no, the code of a choice; the logo as its type
    and size, never its bytes (None without a logo)."""
    values: dict[str, Any] = {}
    for key in SETTING_KEYS:
        value = _get(settings, key.path)
        if key.kind == "logo":
            logo_type = settings.organisation.logo_type
            value = {"type": logo_type, "size": len(value)} if value else None
        elif key.kind in ("calendar", "extension_reading"):
            value = value.value
        elif key.kind == "identity":
            value = int(value)
        values[key.name] = value
    return values


def with_setting(settings: Settings, name: str, text: str) -> Settings:
    """``settings`` with the setting ``name`` read from ``text``. InvalidInput, keyed by the
    name, when the text is not of the setting's type; the rest is checked when stored.

    Lines (an address) are separated by real line breaks or by ``\\n``; a logo is a file path,
    or nothing to remove it."""
    key = setting_key(name)
    changed: Settings = _set(settings, key.path, _value_of(key, text))
    return changed


def _value_of(key: SettingKey, text: str) -> Any:
    match key.kind:
        case "lines":
            return text.replace("\\n", "\n")
        case "integer":
            try:
                return int(text.strip())
            except ValueError:
                raise InvalidInput(
                    {key.name: f"{key.label} : « {text} » n’est pas un nombre entier."}
                ) from None
        case "yes_no":
            answer = text.strip().lower()
            if answer not in YES + NO:
                raise InvalidInput({key.name: f"{key.label} : « {text} » ; oui ou non."})
            return answer in YES
        case "calendar" | "extension_reading":
            enum: type[Calendar] | type[ExtensionReading] = (
                Calendar if key.kind == "calendar" else ExtensionReading
            )
            try:
                return parse_enum(enum, text, key.label)
            except DomainError as error:
                raise InvalidInput({key.name: str(error)}) from None
        case "identity":
            levels = {str(int(level)): level for level in IdentityLevel}
            if text.strip() not in levels:
                names = " ; ".join(f"{int(lv)} = {lv.label_fr}" for lv in IdentityLevel)
                raise InvalidInput({key.name: f"{key.label} : « {text} » ; {names}."})
            return levels[text.strip()]
        case "logo":
            return read_logo(Path(text.strip()).expanduser()) if text.strip() else None
    return text


def _get(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        value = getattr(value, name)
    return value


def _set(value: Any, path: tuple[str, ...], new: Any) -> Any:
    """A copy of ``value`` (a frozen dataclass) with the field at ``path`` set to ``new``."""
    name, *rest = path
    if rest:
        return replace(value, **{name: _set(getattr(value, name), tuple(rest), new)})
    if name == "logo":  # the type comes from the bytes
        data = new.data if new is not None else None
        return replace(value, logo=data, logo_type=new.mime_type if new is not None else "")
    return replace(value, **{name: new})
