"""Other people's data inside a record given to the person (Art. 15(4)): masked, and counted.

An e-mail, a phone number or a customer / contract number (by the catalogue's patterns) that
is not one of the person's own identifiers is replaced by a marker. The person's own
identifiers stay; everything else in the text stays as written, but for the name shown with a
masked address (« Jean Dupont <…> », as a mail header writes it), masked with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..domain.identity import IdentifierKind, normalise
from .matching import EMAIL_IN_TEXT, PHONE_IN_TEXT

MARKER_FR = "[donnée d’un tiers masquée]"
MARKER_EN = "[third-party data redacted]"


def redact(
    text: str,
    own: set[tuple[IdentifierKind, str]],
    number_patterns: Mapping[IdentifierKind, re.Pattern[str]] | None = None,
    marker: str = MARKER_FR,
) -> tuple[str, int]:
    """``text`` with the identifiers of other people masked; how many were masked."""
    kinds: list[tuple[IdentifierKind, re.Pattern[str]]] = [
        (IdentifierKind.EMAIL, EMAIL_IN_TEXT),
        (IdentifierKind.PHONE, PHONE_IN_TEXT),
        *(number_patterns or {}).items(),
    ]
    count = 0
    for kind, pattern in kinds:

        def mask(found: re.Match[str], kind: IdentifierKind = kind) -> str:
            nonlocal count
            value = normalise(kind, found.group(0))
            if value is None or (kind, value) in own:
                return found.group(0)
            count += 1
            return marker

        text = pattern.sub(mask, text)
    if count:
        text = _display_names(marker).sub(marker, text)
    return text, count


def _display_names(marker: str) -> re.Pattern[str]:
    """A display name (quoted, or up to four words) before a masked address in angle brackets:
    the other person's name goes with their address."""
    name = r"(?:\"[^\"\n]{1,100}\"|(?:[\w'’.-]+ ){0,3}[\w'’.-]+)"
    return re.compile(name + r"\s*<" + re.escape(marker) + ">")
