"""The identifiers of a person, normalised for matching while the original is kept for display."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from .errors import InvalidIdentifier

DEFAULT_PHONE_REGION = "FR"


class IdentifierKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    CUSTOMER_NO = "customer_no"
    CONTRACT_NO = "contract_no"

    @property
    def label_fr(self) -> str:
        return {
            "email": "e-mail",
            "phone": "téléphone",
            "customer_no": "n° client",
            "contract_no": "n° de contrat",
        }[self.value]


@dataclass(frozen=True, slots=True)
class Identifier:
    kind: IdentifierKind
    value: str  # as the person gave it
    normalized: str  # what matching compares


# Deliberately simple: one "@", a dotted domain, no spaces. Deliverability is not our concern,
# catching a typo in what the DPO typed is.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_REFERENCE_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./_-]{0,63}$")


def normalize_email(text: str) -> str:
    """Trimmed and case-folded: ``  Jean.Dupont@Exemple.FR `` → ``jean.dupont@exemple.fr``."""
    email = text.strip().casefold()
    if not _EMAIL.match(email) or ".." in email:
        raise InvalidIdentifier(f"Adresse e-mail invalide : « {text.strip()} ».")
    return email


def normalize_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """E.164, France by default: ``06 12 34 56 78`` → ``+33612345678``."""
    import phonenumbers  # on first use: it costs the program's start-up 10 ms

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InvalidIdentifier(f"Numéro de téléphone invalide : « {text.strip()} ».")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_reference_number(text: str, what: str = "numéro client") -> str:
    """Customer and contract numbers: trimmed, spaces removed, upper case."""
    number = re.sub(r"\s+", "", text).upper()
    if not _REFERENCE_NUMBER.match(number):
        raise InvalidIdentifier(f"{what.capitalize()} invalide : « {text.strip()} ».")
    return number


def fold_name(text: str) -> str:
    """A name for matching: no accents, case-folded, single spaces, hyphens as spaces.

    ``  Élodie   LE-GALL `` → ``elodie le gall``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = re.sub(r"[-'’.,]", " ", without_accents.casefold())
    return " ".join(cleaned.split())


def clean_display_name(text: str) -> str:
    """The name as shown: the original spelling, outer and repeated spaces removed."""
    name = " ".join(text.split())
    if not fold_name(name):
        raise InvalidIdentifier("Le nom de la personne est obligatoire.")
    if len(name) > 200:
        raise InvalidIdentifier("Le nom de la personne dépasse 200 caractères.")
    return name


def make_identifier(kind: IdentifierKind, value: str) -> Identifier:
    """Validate and normalise one identifier; raises :class:`InvalidIdentifier`."""
    match kind:
        case IdentifierKind.EMAIL:
            normalized = normalize_email(value)
        case IdentifierKind.PHONE:
            normalized = normalize_phone(value)
        case IdentifierKind.CUSTOMER_NO:
            normalized = normalize_reference_number(value, "numéro client")
        case IdentifierKind.CONTRACT_NO:
            normalized = normalize_reference_number(value, "numéro de contrat")
    return Identifier(kind, value.strip(), normalized)
