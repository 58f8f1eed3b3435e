"""The body of an access answer (Art. 15), its data annex and the same data as JSON.

Fed with plain data: the Art. 15 information derived from the register
(:class:`~oklima_dpo.domain.access_info.AccessInformation`) and the records the DPO included,
already redacted. French by default, English on request; the register holds both wordings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.access_info import AccessInformation
from ..domain.french import fr_date, typography
from ..domain.register import Text
from .pdf import BOLD, FONT, styles

SCHEMA_ID = "https://oklima.example/schemas/access-1.json"


@dataclass(frozen=True, slots=True)
class AnnexField:
    name: str
    label: str  # readable: « Adresse e-mail », not ``email``
    value: str
    category: str  # the register's key
    category_label: str
    meaning: str = ""  # a code explained: « A » → « actif »


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


# -- Words ------------------------------------------------------------------------------

_WORDS = {
    "fr": {
        "title": "Informations sur le traitement de vos données (article 15 du RGPD)",
        "a": "a) Finalités du traitement et bases légales",
        "b": "b) Catégories de données vous concernant",
        "c": "c) Destinataires",
        "d": "d) Durées de conservation",
        "e": "e) Vos droits",
        "f": "f) Réclamation auprès de la CNIL",
        "g": "g) Origine des données qui n’ont pas été collectées auprès de vous",
        "h": "h) Décisions automatisées",
        "t": "Transferts hors de l’Union européenne (article 15, paragraphe 2)",
        "basis": "base légale",
        "none_g": "Toutes les données trouvées ont été collectées auprès de vous.",
        "none_h": (
            "Aucune décision fondée exclusivement sur un traitement automatisé, y compris "
            "le profilage, n’est prise à votre égard."
        ),
        "none_t": "Aucune des données trouvées n’est transférée hors de l’Union européenne.",
        "rights": (
            "Vous pouvez demander la rectification ou l’effacement de vos données, la "
            "limitation de leur traitement, vous opposer à leur traitement et, lorsque le "
            "traitement repose sur votre consentement ou sur le contrat, recevoir les données "
            "que vous avez fournies dans un format structuré (portabilité). Pour exercer ces "
            "droits :"
        ),
        "annex": "Annexe — copie de vos données",
        "annex_intro": (
            "Chaque enregistrement trouvé dans nos systèmes, par système et par table. Les "
            "codes sont expliqués entre parenthèses. Les données d’autres personnes figurant "
            "dans ces enregistrements ont été masquées."
        ),
        "field": "Donnée",
        "value": "Valeur",
        "category": "Catégorie",
        "record": "Enregistrement",
        "nothing": "Nous ne détenons aucune donnée vous concernant.",
        "retention_none": "durée non précisée",
        "months": "mois",
        "year": "an",
        "years": "ans",
    },
    "en": {
        "title": "Information about the processing of your data (Article 15 GDPR)",
        "a": "(a) Purposes of the processing and legal bases",
        "b": "(b) Categories of personal data concerning you",
        "c": "(c) Recipients",
        "d": "(d) Retention periods",
        "e": "(e) Your rights",
        "f": "(f) Complaint to the CNIL",
        "g": "(g) Where the data not collected from you came from",
        "h": "(h) Automated decision-making",
        "t": "Transfers outside the European Union (Article 15(2))",
        "basis": "legal basis",
        "none_g": "All the data found were collected from you.",
        "none_h": (
            "No decision based solely on automated processing, including profiling, is "
            "taken about you."
        ),
        "none_t": "None of the data found is transferred outside the European Union.",
        "rights": (
            "You may ask for your data to be rectified or erased, for their processing to be "
            "restricted, object to their processing and, where the processing is based on "
            "your consent or on the contract, receive the data you provided in a structured "
            "format (portability). To exercise these rights:"
        ),
        "annex": "Annex — copy of your data",
        "annex_intro": (
            "Every record found in our systems, by system and table. Codes are explained in "
            "brackets. Other people's data appearing in these records have been redacted."
        ),
        "field": "Data",
        "value": "Value",
        "category": "Category",
        "record": "Record",
        "nothing": "We hold no data about you.",
        "retention_none": "period not stated",
        "months": "months",
        "year": "year",
        "years": "years",
    },
}

_BASIS_EN = {
    "contract": "Contract",
    "consent": "Consent",
    "legitimate_interest": "Legitimate interest",
    "legal_obligation": "Legal obligation",
    "not_stated": "Not stated in the charter",
}
_SAFEGUARD_EN = {
    "standard_contractual_clauses": "standard contractual clauses (Art. 46 GDPR)",
    "binding_corporate_rules": "binding corporate rules (Art. 47 GDPR)",
    "adequacy_decision": "adequacy decision (Art. 45 GDPR)",
    "none": "no safeguard",
}


def _t(text: Text | None, language: str) -> str:
    if text is None:
        return ""
    return text.en if language == "en" else text.fr


def _p(text: str, style: Any, language: str) -> Paragraph:
    shown = typography(text) if language == "fr" else text
    return Paragraph(escape(shown), style)


# -- The Art. 15 sections -----------------------------------------------------------------


def information_sections(content: AccessContent) -> list[Flowable]:
    """Art. 15(1)(a)–(h) and 15(2), each item under its letter, for what was found."""
    language = content.language
    words = _WORDS[language]
    style = styles()
    info = content.information
    story: list[Flowable] = [_p(words["title"], style["h1"], language)]

    bullet = ParagraphStyle("bullet", parent=style["body"], leftIndent=4 * mm, bulletIndent=0)

    def item(key: str, lines: Sequence[str]) -> None:
        # The heading keeps with its first line (keepWithNext); long lists may break.
        story.append(_p(words[key], style["h2"], language))
        for line in lines:
            if line:
                shown = typography(line) if language == "fr" else line
                story.append(Paragraph(escape(shown), bullet, bulletText="•"))

    item(
        "a",
        [
            f"{_t(activity.name, language)} — "
            + " ; ".join(_t(p, language) for p in activity.purposes)
            + f" ({words['basis']} : {_basis(activity.legal_basis.value, language)})"
            for activity in info.activities
        ],
    )
    item("b", [_t(category.label, language) for category in info.categories])
    item(
        "c",
        [
            _t(recipient.name, language)
            + (f" ({_t(recipient.examples, language)})" if recipient.examples else "")
            for recipient in info.recipients
        ],
    )
    item("d", _retention_lines(info, language, words))
    channels = [f"{channel.address}" for channel in info.rights.channels]
    item("e", [words["rights"], *channels])
    item("f", [_t(info.rights.complaint, language)])
    item(
        "g",
        [_t(source.label, language) for source in info.third_party_sources] or [words["none_g"]],
    )
    automated = [
        f"{_t(d.activity.name, language)} : {_t(d.logic, language)}"
        for d in info.automated_decisions
        if d.exists
    ]
    item("h", automated or [words["none_h"]])
    item(
        "t",
        [
            f"{_t(transfer.destination, language)} : {_t(transfer.text, language)} — "
            + ", ".join(_safeguard(s.value, language) for s in transfer.safeguards)
            + (f" {_t(transfer.copy, language)}" if transfer.copy else "")
            for transfer in info.transfers
        ]
        or [words["none_t"]],
    )
    return story


def _retention_lines(info: AccessInformation, language: str, words: dict[str, str]) -> list[str]:
    """One line per retention rule, with the categories found that it applies to: the
    charter's rules are long, and most cover several categories."""
    by_rule: dict[str, tuple[Any, list[str]]] = {}
    for entry in info.retention:
        for rule in entry.rules:
            by_rule.setdefault(rule.id, (rule, []))[1].append(_t(entry.category.label, language))
    lines = []
    for rule, labels in by_rule.values():
        text = _t(rule.text, language).rstrip(" .")
        lines.append(f"{text} ({', '.join(labels)}).")
    uncovered = [_t(e.category.label, language) for e in info.retention if not e.rules]
    if uncovered:
        lines.append(f"{', '.join(uncovered)} : {words['retention_none']}.")
    return lines


def _basis(code: str, language: str) -> str:
    from ..domain.register import LegalBasis

    basis = LegalBasis(code)
    return _BASIS_EN[code] if language == "en" else basis.label_fr


def _safeguard(code: str, language: str) -> str:
    from ..domain.register import Safeguard

    return _SAFEGUARD_EN[code] if language == "en" else Safeguard(code).label_fr


# -- The data annex -----------------------------------------------------------------------


LABEL_WIDTH, VALUE_WIDTH = 50 * mm, 120 * mm
ROWS_PER_TABLE = 45  # about a page: small tables split cheaply across pages


def data_annex(content: AccessContent) -> list[Flowable]:
    """Every included record, grouped by system and table, fields with readable labels.

    Each table starts with the data categories of its fields (they are the same for every
    record), then one block per record. Short values are drawn as plain text; only values
    wider than their column become wrapping paragraphs: an annex of thousands of records
    stays quick to lay out.
    """
    language = content.language
    words = _WORDS[language]
    style = styles()
    # Placed after the signature by the letter, which starts it on a new page.
    story: list[Flowable] = [_p(words["annex"], style["h1"], language)]
    if not content.records:
        story.append(_p(words["nothing"], style["body"], language))
        return story
    story.append(_p(words["annex_intro"], style["body"], language))
    groups: dict[tuple[str, str], list[AnnexRecord]] = {}
    for record in content.records:
        groups.setdefault((record.source, record.table), []).append(record)
    for (source, table), records in groups.items():
        story.append(_p(f"{source} — {table}", style["h2"], language))
        by_category: dict[str, list[str]] = {}
        for record in records:
            for item in record.fields:
                labels = by_category.setdefault(item.category_label, [])
                if item.label not in labels:
                    labels.append(item.label)
        legend = " ; ".join(f"{cat} : {', '.join(labels)}" for cat, labels in by_category.items())
        story.append(_p(f"{words['category']} — {legend}", style["small"], language))
        story += _record_tables(records, words, style)
        story.append(Spacer(1, 3 * mm))
    return story


def _record_tables(
    records: Sequence[AnnexRecord], words: dict[str, str], style: dict[str, Any]
) -> list[Flowable]:
    rows: list[list[Any]] = []
    heads: list[int] = []  # the rows that name a record
    for record in records:
        heads.append(len(rows))
        rows.append([f"{words['record']} {record.key}", ""])
        for item in record.fields:
            value = _human(item.value) + (f" ({item.meaning})" if item.meaning else "")
            rows.append([_cell(item.label, LABEL_WIDTH, style), _cell(value, VALUE_WIDTH, style)])
    tables: list[Flowable] = []
    start = 0
    while start < len(rows):
        # Cut at a record's first row, so a record is never split between two tables.
        end = start + ROWS_PER_TABLE
        if end < len(rows):
            end = max((h for h in heads if start < h <= end), default=end)
        chunk = rows[start:end]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        for head in (h - start for h in heads if start <= h < end):
            commands += [
                ("SPAN", (0, head), (1, head)),
                ("FONT", (0, head), (1, head), BOLD, 8),
                ("BACKGROUND", (0, head), (1, head), colors.HexColor("#eeeeee")),
            ]
        table = Table(chunk, colWidths=[LABEL_WIDTH, VALUE_WIDTH])
        table.setStyle(TableStyle(commands))
        tables.append(table)
        start = end
    return tables


def _cell(text: str, width: float, style: dict[str, Any]) -> Any:
    """Plain text when it fits its column (fast), a wrapping paragraph otherwise."""
    if "\n" not in text and stringWidth(text, FONT, 8) <= width - 8:
        return text
    return Paragraph(escape(text).replace("\n", "<br/>"), style["cell"])


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$")


def _human(value: str) -> str:
    """Dates as the person reads them (JJ/MM/AAAA [HH:MM]); the JSON keeps ISO 8601."""
    found = _ISO_DAY.match(value.strip())
    if not found:
        return value
    year, month, day, hour, minute = found.groups()
    shown = f"{day}/{month}/{year}"
    return f"{shown} {hour}:{minute}" if hour else shown


# -- The same data as JSON ----------------------------------------------------------------


def access_json(content: AccessContent) -> dict[str, Any]:
    """What the annex shows, machine-readable (``resources/schemas/access.schema.json``)."""
    info = content.information
    language = content.language
    sources: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for record in content.records:
        sources.setdefault(record.source, {}).setdefault(record.table, []).append(
            {
                "key": record.key,
                "fields": [
                    {
                        "name": f.name,
                        "label": f.label,
                        "value": f.value,
                        "category": f.category,
                        **({"meaning": f.meaning} if f.meaning else {}),
                    }
                    for f in record.fields
                ],
            }
        )
    generated = content.generated_at or datetime.now()
    return {
        "$schema": SCHEMA_ID,
        "reference": content.reference,
        "person": content.person,
        "language": language,
        "generated_at": generated.isoformat(),
        "controller": content.controller,
        "information": {
            "purposes": [
                {
                    "activity": _t(a.name, language),
                    "purposes": [_t(p, language) for p in a.purposes],
                    "legal_basis": a.legal_basis.value,
                }
                for a in info.activities
            ],
            "categories": [{"key": c.key, "label": _t(c.label, language)} for c in info.categories],
            "recipients": [_t(r.name, language) for r in info.recipients],
            "retention": [
                {
                    "category": entry.category.key,
                    "rules": [_t(rule.text, language) for rule in entry.rules],
                }
                for entry in info.retention
            ],
            "sources_not_from_you": [_t(s.label, language) for s in info.third_party_sources],
            "automated_decisions": info.any_automated_decision,
            "transfers": [
                {
                    "destination": _t(t.destination, language),
                    "safeguards": [s.value for s in t.safeguards],
                }
                for t in info.transfers
            ],
        },
        "data": [
            {"source": source, "tables": [{"table": t, "records": r} for t, r in tables.items()]}
            for source, tables in sources.items()
        ],
        "redactions": len(content.redactions),
    }


def day_text(day: date, language: str) -> str:
    return fr_date(day) if language == "fr" else day.strftime("%d/%m/%Y")
