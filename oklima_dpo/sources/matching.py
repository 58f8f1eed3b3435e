"""What a field can identify, and how a value found in a company system is normalised.

The same normalisation is applied to the case's identifiers and to what the systems hold, so
that ``JEAN.DUPONT@EXEMPLE.FR`` in the CRM and ``jean.dupont@exemple.fr`` typed by the DPO
are one identifier. A value that cannot be normalised (a malformed phone) never matches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum

from ..domain.errors import InvalidIdentifier
from ..domain.identity import (
    fold_name,
    normalize_email,
    normalize_phone,
    normalize_reference_number,
)


class IdentityKind(StrEnum):
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


NAME_KINDS = frozenset({IdentityKind.LAST_NAME, IdentityKind.FIRST_NAME, IdentityKind.FULL_NAME})
STRONG_KINDS = frozenset(
    {IdentityKind.EMAIL, IdentityKind.PHONE, IdentityKind.CUSTOMER_NO, IdentityKind.CONTRACT_NO}
)

_LABELS = {
    IdentityKind.EMAIL: "e-mail",
    IdentityKind.PHONE: "téléphone",
    IdentityKind.CUSTOMER_NO: "n° client",
    IdentityKind.CONTRACT_NO: "n° de contrat",
    IdentityKind.LAST_NAME: "nom",
    IdentityKind.FIRST_NAME: "prénom",
    IdentityKind.FULL_NAME: "nom complet",
    IdentityKind.POSTCODE: "code postal",
    IdentityKind.KEY: "clé",
}


class MatchHow(StrEnum):
    """How a record was tied to the person; shown to the DPO with the identifier."""

    EXACT = "exact"  # the value as stored equals the identifier
    NORMALISED = "normalised"  # equal once normalised (case, phone format, spaces)
    REFERENCE = "reference"  # reached through a reference from a record already found
    MENTIONED = "mentioned"  # cited in free text (a message's body): may be someone else's
    NAME_POSTCODE = "name_postcode"  # first name, last name and postcode (accents ignored)
    NAME_ONLY = "name_only"  # the name alone: never included by default

    @property
    def label_fr(self) -> str:
        return _HOW_LABELS[self]


_HOW_LABELS = {
    MatchHow.EXACT: "identique",
    MatchHow.NORMALISED: "identique une fois normalisé",
    MatchHow.REFERENCE: "par référence",
    MatchHow.MENTIONED: "cité dans le texte",
    MatchHow.NAME_POSTCODE: "nom, prénom et code postal (accents ignorés)",
    MatchHow.NAME_ONLY: "nom seul (à confirmer)",
}

_POSTCODE = re.compile(r"\b(\d{5})\b")


def normalise(kind: IdentityKind, value: object) -> str | None:
    """``value`` as matching compares it, or None when it is empty or malformed."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        match kind:
            case IdentityKind.EMAIL:
                return normalize_email(text)
            case IdentityKind.PHONE:
                return normalize_phone(text)
            case IdentityKind.CUSTOMER_NO | IdentityKind.CONTRACT_NO:
                return normalize_reference_number(text)
            case IdentityKind.KEY:
                return text
            case IdentityKind.POSTCODE:
                found = _POSTCODE.search(text)
                return found.group(1) if found else None
            case _:
                return fold_name(text) or None
    except InvalidIdentifier:
        return None


def postcode_of(address: str | None) -> str | None:
    """The French postcode in a postal address, if any."""
    return normalise(IdentityKind.POSTCODE, address) if address else None


# Free text (a message's subject and body) mentions identifiers in these shapes.
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)")


def mentions(
    text: str,
    kinds: frozenset[IdentityKind],
    number_patterns: Mapping[IdentityKind, re.Pattern[str]] | None = None,
) -> set[tuple[IdentityKind, str]]:
    """The identifiers of ``kinds`` mentioned in free text, normalised.

    E-mails and French phone numbers are recognised by their shape; customer and contract
    numbers only by the pattern the catalogue gives for them (``number_patterns``).
    """
    found: set[tuple[IdentityKind, str]] = set()
    if IdentityKind.EMAIL in kinds:
        for raw in EMAIL_IN_TEXT.findall(text):
            value = normalise(IdentityKind.EMAIL, raw)
            if value:
                found.add((IdentityKind.EMAIL, value))
    if IdentityKind.PHONE in kinds:
        for raw in PHONE_IN_TEXT.findall(text):
            value = normalise(IdentityKind.PHONE, raw)
            if value:
                found.add((IdentityKind.PHONE, value))
    for kind, pattern in (number_patterns or {}).items():
        if kind in kinds:
            for raw in pattern.findall(text):
                value = normalise(kind, raw)
                if value:
                    found.add((kind, value))
    return found
