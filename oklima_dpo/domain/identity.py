"""The identifiers of a person, normalised for matching while the original is kept for display."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from .errors import InvalidIdentifier

DEFAULT_PHONE_REGION = "FR"


class IdentifierKind(StrEnum):
    """What a value can identify: the case's own identifiers (e-mail, phone, customer and
    contract numbers) and, in the company's systems, names, postcodes and record keys."""

    EMAIL = "email"
    PHONE = "phone"
    CUSTOMER_NO = "customer_no"
    CONTRACT_NO = "contract_no"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    FULL_NAME = "full_name"
    POSTCODE = "postcode"
    KEY = "key"  # a record's key reached through a reference (an invoice number): exact text

    @property
    def is_name(self) -> bool:
        return self in NAME_KINDS

    @property
    def is_strong(self) -> bool:
        """Enough on its own to say a record is the person's (names and postcodes are not)."""
        return self in STRONG_KINDS

    @property
    def label_fr(self) -> str:
        return _LABELS[self]


#: The identifiers a request records for its person, in the order forms show them.
CASE_IDENTIFIER_KINDS = (
    IdentifierKind.EMAIL,
    IdentifierKind.PHONE,
    IdentifierKind.CUSTOMER_NO,
    IdentifierKind.CONTRACT_NO,
)
STRONG_KINDS = frozenset(CASE_IDENTIFIER_KINDS)
NAME_KINDS = frozenset(
    {IdentifierKind.LAST_NAME, IdentifierKind.FIRST_NAME, IdentifierKind.FULL_NAME}
)

_LABELS = {
    IdentifierKind.EMAIL: "e-mail",
    IdentifierKind.PHONE: "téléphone",
    IdentifierKind.CUSTOMER_NO: "n° client",
    IdentifierKind.CONTRACT_NO: "n° de contrat",
    IdentifierKind.LAST_NAME: "nom",
    IdentifierKind.FIRST_NAME: "prénom",
    IdentifierKind.FULL_NAME: "nom complet",
    IdentifierKind.POSTCODE: "code postal",
    IdentifierKind.KEY: "clé",
}


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
        case _:
            raise InvalidIdentifier(
                f"Une demande ne retient pas de {kind.label_fr} comme identifiant : "
                "e-mail, téléphone, numéro client ou de contrat."
            )
    return Identifier(kind, value.strip(), normalized)


_POSTCODE = re.compile(r"\b(\d{5})\b")


def normalise(kind: IdentifierKind, value: object) -> str | None:
    """``value`` as matching compares it, or None when it is empty or malformed (a value
    found in a company system: nothing is refused, what cannot be read never matches)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        match kind:
            case IdentifierKind.EMAIL:
                return normalize_email(text)
            case IdentifierKind.PHONE:
                return normalize_phone(text)
            case IdentifierKind.CUSTOMER_NO | IdentifierKind.CONTRACT_NO:
                return normalize_reference_number(text)
            case IdentifierKind.KEY:
                return text
            case IdentifierKind.POSTCODE:
                found = _POSTCODE.search(text)
                return found.group(1) if found else None
            case _:
                return fold_name(text) or None
    except InvalidIdentifier:
        return None


def postcode_of(address: str | None) -> str | None:
    """The French postcode in a postal address, if any."""
    return normalise(IdentifierKind.POSTCODE, address) if address else None
