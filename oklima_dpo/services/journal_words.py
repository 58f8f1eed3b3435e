"""The journal's entries in French words, without Qt: for documents and the command line.

The window has its own translatable wording (``gui/labels.py``); this one follows it for what
leaves the program in French (the legal team's case file).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain.case import Channel, Outcome
from ..domain.french import NBSP, fr_date
from ..domain.rights import Right
from ..domain.workflow import EventKind, Status

ACTIONS = {
    "case.opened": "demande enregistrée",
    "case.consulted": "consultation de la demande",
    "case.assigned": "attribution",
    "case.document_added": "document ajouté",
    "case.finding_reviewed": "revue d’un enregistrement trouvé",
    "case.source_skipped": "source écartée",
    "case.manual_source_answered": "réponse d’une source manuelle",
    "case.review_saved": "revue des données enregistrée",
    "case.casefile": "dossier juridique produit",
    "settings.changed": "réglages modifiés",
    "settings.deadline_policy": "règles de délai modifiées",
    "settings.catalogue": "catalogue des sources choisi",
    "demo.filled": "base de démonstration remplie",
}

CHANNELS_BY = {
    Channel.EMAIL: "par e-mail",
    Channel.POST: "par courrier",
    Channel.WEB: "par le formulaire web",
    Channel.PHONE: "par téléphone",
    Channel.IN_PERSON: "en personne",
}

DOCUMENT_ROLES = {
    "received": "reçu avec la demande",
    "mandate": "mandat du représentant",
    "gathered": "réponse d’une source manuelle",
    "produced": "produit pour la réponse",
    "sent": "envoyé à la personne",
}

SEPARATOR = f"{NBSP}; "


def action_label(action: str) -> str:
    """« accusé de réception », « dossier juridique produit »; the code when unknown."""
    kind = action.removeprefix("case.")
    if action.startswith("case.") and kind in EventKind._value2member_map_:
        return EventKind(kind).label_fr
    return ACTIONS.get(action, action)


def details_text(details: dict[str, object], sources: Mapping[str, str] | None = None) -> str:
    """« le 28/07/2024 ; statut : répondue → clôturée »: the details of an entry in words;
    ``sources`` names the sources by their identifiers (the catalogue's names)."""
    details = dict(details)
    for key in ("source", "sources", "failed"):
        if sources and key in details:
            details[key] = _named(details[key], sources)
    details.pop("event", None)  # already said by the action
    parts: list[str] = []
    if "right" in details and "outcome" in details:  # a decision: « Effacement : accordé »
        right, outcome = details.pop("right"), details.pop("outcome")
        parts.append(f"{_detail('right', right)}{NBSP}: {_detail('outcome', outcome)}")
    parts += [_detail(key, value) for key, value in details.items()]
    return SEPARATOR.join(part for part in parts if part)


def _day(value: object) -> str:
    try:
        return fr_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _right(value: object) -> str:
    text = str(value)
    return Right(text).info.short_fr if text in Right._value2member_map_ else text


def _status(value: object) -> str:
    text = str(value)
    return Status(text).label_fr if text in Status._value2member_map_ else text


def _named(value: object, sources: Mapping[str, str]) -> object:
    if isinstance(value, list):
        return [sources.get(str(v), v) for v in value]
    return sources.get(str(value), value)


def _names(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _detail(key: str, value: object) -> str:
    match key:
        case "on":
            return f"le {_day(value)}"
        case "received_on":
            return f"reçue le {_day(value)}"
        case "extended_due":
            return f"nouvelle échéance {_day(value)}"
        case "status" if isinstance(value, list) and len(value) == 2:
            return f"statut{NBSP}: {_status(value[0])} → {_status(value[1])}"
        case "right":
            return _right(value)
        case "rights" if isinstance(value, list):
            return ", ".join(_right(v) for v in value)
        case "outcome" if str(value) in Outcome._value2member_map_:
            return Outcome(str(value)).label_fr
        case "channel" if str(value) in Channel._value2member_map_:
            return CHANNELS_BY[Channel(str(value))]
        case "identifiers":
            return f"identifiants fournis{NBSP}: {value}"
        case "representative":
            return "par un représentant" if value else ""
        case "verified_by":
            return f"par {value}"
        case "before" | "after":
            return f"{'avant' if key == 'before' else 'après'}{NBSP}: {value or 'personne'}"
        case "role":
            return DOCUMENT_ROLES.get(str(value), f"rôle{NBSP}: {value}")
        case "size":
            return f"{value} octets"
        case "sources" | "source":
            return f"sources{NBSP}: {_names(value)}" if value else ""
        case "failed":
            return f"en échec{NBSP}: {_names(value)}" if value else ""
        case "records":
            return f"enregistrements{NBSP}: {value}"
        case "included":
            return "inclus" if value else "écarté"
        case "complete":
            return "complète" if value else "incomplète"
        case "found":
            return "trouvé" if value else "rien trouvé"
        case "bound_reached":
            return "limite de recherche atteinte" if value else ""
        case "attachment":
            return "document joint" if value else ""
        case "sha256":
            return f"SHA-256{NBSP}: {value}"
        case "finding" | "snapshot":
            return f"n°{NBSP}{value}"
        case "raw_data":
            return "avec les données brutes" if value else "sans les données brutes"
        case "file":
            return f"fichier{NBSP}: {value}"
    return f"{key}{NBSP}: {value}"
