"""The body of an access answer (Art. 15): the information owed to the person, item by item.

Art. 15(1)(a)–(h) and 15(2), for the categories of data actually found, in the answer's
language; the letter places these sections before its legal mentions. The data annex
(:mod:`.access_annex`) and the same data as JSON (:mod:`.access_json`) are the answer's other
parts; the services take all three from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ..domain.access_info import AccessInformation
from ..domain.french import typography
from ..domain.register import LegalBasis, Safeguard
from .access_content import AccessContent, in_language, paragraph
from .pdf import styles

__all__ = ["information_sections"]

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
        "retention_none": "durée non précisée",
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
        "retention_none": "period not stated",
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


def information_sections(content: AccessContent) -> list[Flowable]:
    """Art. 15(1)(a)–(h) and 15(2), each item under its letter, for what was found."""
    language = content.language
    words = _WORDS[language]
    style = styles()
    info = content.information
    story: list[Flowable] = [paragraph(words["title"], style["h1"], language)]

    bullet = ParagraphStyle("bullet", parent=style["body"], leftIndent=4 * mm, bulletIndent=0)

    def item(key: str, lines: Sequence[str]) -> None:
        # The heading keeps with its first line (keepWithNext); long lists may break.
        story.append(paragraph(words[key], style["h2"], language))
        for line in lines:
            if line:
                shown = typography(line) if language == "fr" else line
                story.append(Paragraph(escape(shown), bullet, bulletText="•"))

    item(
        "a",
        [
            f"{in_language(activity.name, language)} — "
            + " ; ".join(in_language(p, language) for p in activity.purposes)
            + f" ({words['basis']} : {_basis(activity.legal_basis.value, language)})"
            for activity in info.activities
        ],
    )
    item("b", [in_language(category.label, language) for category in info.categories])
    item(
        "c",
        [
            in_language(recipient.name, language)
            + (f" ({in_language(recipient.examples, language)})" if recipient.examples else "")
            for recipient in info.recipients
        ],
    )
    item("d", _retention_lines(info, language, words))
    channels = [f"{channel.address}" for channel in info.rights.channels]
    item("e", [words["rights"], *channels])
    item("f", [in_language(info.rights.complaint, language)])
    item(
        "g",
        [in_language(source.label, language) for source in info.third_party_sources]
        or [words["none_g"]],
    )
    automated = [
        f"{in_language(d.activity.name, language)} : {in_language(d.logic, language)}"
        for d in info.automated_decisions
        if d.exists
    ]
    item("h", automated or [words["none_h"]])
    item(
        "t",
        [
            f"{in_language(transfer.destination, language)} : "
            f"{in_language(transfer.text, language)} — "
            + ", ".join(_safeguard(s.value, language) for s in transfer.safeguards)
            + (f" {in_language(transfer.copy, language)}" if transfer.copy else "")
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
            by_rule.setdefault(rule.id, (rule, []))[1].append(
                in_language(entry.category.label, language)
            )
    lines = []
    for rule, labels in by_rule.values():
        text = in_language(rule.text, language).rstrip(" .")
        lines.append(f"{text} ({', '.join(labels)}).")
    uncovered = [in_language(e.category.label, language) for e in info.retention if not e.rules]
    if uncovered:
        lines.append(f"{', '.join(uncovered)} : {words['retention_none']}.")
    return lines


def _basis(code: str, language: str) -> str:
    return _BASIS_EN[code] if language == "en" else LegalBasis(code).label_fr


def _safeguard(code: str, language: str) -> str:
    return _SAFEGUARD_EN[code] if language == "en" else Safeguard(code).label_fr
