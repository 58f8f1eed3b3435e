"""What an access answer (Art. 15) is given, and the two helpers its parts share.

Plain data: the Art. 15 information derived from the register
(:class:`~oklima_dpo.domain.access_info.AccessInformation`) and the records the DPO included,
already redacted. French by default, English on request; the register holds both wordings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from ..domain.access_info import AccessInformation
from ..domain.french import typography
from ..domain.register import Text


@dataclass(frozen=True, slots=True)
class AnnexField:
    name: str
    label: str  # readable: « Adresse e-mail », not ``email``
    value: str
    category: str  # the register's key
    category_label: str
    meaning: str = ""  # a code explained: « A » → « actif »
    shown: str = ""  # as a person reads it (domain.values); the JSON keeps ``value``


@dataclass(frozen=True, slots=True)
class AnnexRecord:
    source: str  # the system's name
    table: str  # the table's readable name
    key: str
    fields: tuple[AnnexField, ...]


@dataclass(frozen=True, slots=True)
class Redaction:
    """Someone else's data removed from a record given to the person (Art. 15(4))."""

    source: str
    table: str
    key: str
    field: str
    count: int


@dataclass(frozen=True, slots=True)
class AccessContent:
    reference: str
    person: str
    language: str
    information: AccessInformation
    records: tuple[AnnexRecord, ...]
    redactions: tuple[Redaction, ...] = ()
    generated_at: datetime | None = None
    controller: dict[str, str] = field(default_factory=dict)


def in_language(text: Text | None, language: str) -> str:
    """The register's wording in the answer's language (empty when it has none)."""
    if text is None:
        return ""
    return text.en if language == "en" else text.fr


def paragraph(text: str, style: Any, language: str) -> Paragraph:
    """A plain text as a paragraph, spaced the French way in French."""
    shown = typography(text) if language == "fr" else text
    return Paragraph(escape(shown), style)
