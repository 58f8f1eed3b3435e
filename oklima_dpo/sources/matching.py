"""Identifiers mentioned in free text (a message's subject and body).

What a field can identify, and how a value is normalised for matching, are the domain's
(``domain.identity``): the same normalisation applies to the case's identifiers and to what
the systems hold, so that ``JEAN.DUPONT@EXEMPLE.FR`` in the CRM and ``jean.dupont@exemple.fr``
typed by the DPO are one identifier.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..domain.identity import IdentifierKind, normalise

# Free text (a message's subject and body) mentions identifiers in these shapes.
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)")


def mentions(
    text: str,
    kinds: frozenset[IdentifierKind],
    number_patterns: Mapping[IdentifierKind, re.Pattern[str]] | None = None,
) -> set[tuple[IdentifierKind, str]]:
    """The identifiers of ``kinds`` mentioned in free text, normalised.

    E-mails and French phone numbers are recognised by their shape; customer and contract
    numbers only by the pattern the catalogue gives for them (``number_patterns``).
    """
    found: set[tuple[IdentifierKind, str]] = set()
    if IdentifierKind.EMAIL in kinds:
        for raw in EMAIL_IN_TEXT.findall(text):
            value = normalise(IdentifierKind.EMAIL, raw)
            if value:
                found.add((IdentifierKind.EMAIL, value))
    if IdentifierKind.PHONE in kinds:
        for raw in PHONE_IN_TEXT.findall(text):
            value = normalise(IdentifierKind.PHONE, raw)
            if value:
                found.add((IdentifierKind.PHONE, value))
    for kind, pattern in (number_patterns or {}).items():
        if kind in kinds:
            for raw in pattern.findall(text):
                value = normalise(kind, raw)
                if value:
                    found.add((kind, value))
    return found
