"""The body of an access answer (Art. 15): the information owed to the person, item by item.

Art. 15(1)(a)–(h) and 15(2), for the categories of data actually found, in the answer's
language; the letter places these sections before its legal mentions. The data annex
(:mod:`.access_annex`) and the same data as JSON (:mod:`.access_json`) are the answer's other
parts; the services take all three from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ..domain.access_info import AccessInformation, BasisGroup
from ..domain.french import counted, typography
from ..domain.register import LegalBasis, Safeguard, Source, SourceKind
from .access_content import AccessContent, in_language, paragraph
from .pdf import styles

__all__ = ["information_sections"]

_WORDS = {
    "fr": {
        "title": "Comment nous utilisons vos données",
        "intro": (
            "Voici les informations que l’article 15 du RGPD vous donne le droit de "
            "connaître, pour les données trouvées à votre nom : à quoi elles servent, sur "
            "quelle base, combien de temps nous les gardons, qui les reçoit et d’où elles "
            "viennent."
        ),
        "data": "Vos données concernées : ",
        "kept": "Combien de temps nous les gardons :",
        "kept_above": "Combien de temps nous les gardons : comme indiqué ci-dessus.",
        "kept_none": "Combien de temps nous les gardons : notre charte ne le précise pas.",
        "interest": "intérêt poursuivi : ",
        "withdraw": (
            "Vous pouvez retirer votre consentement à tout moment ; ce retrait ne remet pas en "
            "cause ce qui a été fait avant."
        ),
        "recipients": "Qui reçoit vos données",
        "transfers": "Transferts hors de l’Union européenne",
        "none_t": "Aucune des données trouvées n’est transférée hors de l’Union européenne.",
        "copy": "Pour en savoir plus sur ces garanties ou en obtenir une copie, écrivez-nous : ",
        "origin": "D’où viennent vos données",
        "from_you": "Nous avons recueilli vos données auprès de vous :",
        "all_from_you": "Toutes les données trouvées ont été collectées auprès de vous :",
        "from_others": "Certaines de vos données nous ont été transmises par :",
        "unrecorded": "Pour {records}, nos systèmes n’enregistrent pas d’où viennent les données",
        "unrecorded_all": "Nos systèmes n’enregistrent pas d’où viennent ces données",
        "maybe_others": (
            " : elles ont été collectées auprès de vous ou ont pu nous être transmises par :"
        ),
        "only_you": " : elles ont été collectées auprès de vous.",
        "record": ("autre enregistrement", "autres enregistrements"),
        "automated": "Décisions automatisées",
        "none_h": (
            "Aucune décision fondée exclusivement sur un traitement automatisé, y compris "
            "le profilage, n’est prise à votre égard."
        ),
        "rights_title": "Vos droits",
        "rights": (
            "Vous pouvez demander la rectification ou l’effacement de vos données, la "
            "limitation de leur traitement, vous opposer à leur traitement et, lorsque le "
            "traitement repose sur votre consentement ou sur le contrat, recevoir les données "
            "que vous avez fournies dans un format structuré (portabilité)."
        ),
        "by_email": "par e-mail : ",
        "by_post": "par courrier : ",
        "complaint_title": "Réclamation",
        "complaint": (
            "Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une "
            "réclamation à la {authority} (www.cnil.fr)."
        ),
    },
    "en": {
        "title": "How we use your data",
        "intro": (
            "Here is the information Article 15 GDPR entitles you to, for the data found "
            "under your name: what they are used for, on which basis, how long we keep them, "
            "who receives them and where they come from."
        ),
        "data": "Your data concerned: ",
        "kept": "How long we keep them:",
        "kept_above": "How long we keep them: as stated above.",
        "kept_none": "How long we keep them: our charter does not say.",
        "interest": "interest pursued: ",
        "withdraw": (
            "You may withdraw your consent at any time; withdrawing it does not affect what "
            "was done before."
        ),
        "recipients": "Who receives your data",
        "transfers": "Transfers outside the European Union",
        "none_t": "None of the data found is transferred outside the European Union.",
        "copy": "To learn more about these safeguards or obtain a copy, write to us: ",
        "origin": "Where your data come from",
        "from_you": "We collected your data from you:",
        "all_from_you": "All the data found were collected from you:",
        "from_others": "Some of your data were passed on to us by:",
        "unrecorded": "For {records}, our systems do not record where the data came from",
        "unrecorded_all": "Our systems do not record where these data came from",
        "maybe_others": ": they were collected from you or may have been passed on to us by:",
        "only_you": ": they were collected from you.",
        "record": ("other record", "other records"),
        "automated": "Automated decision-making",
        "none_h": (
            "No decision based solely on automated processing, including profiling, is "
            "taken about you."
        ),
        "rights_title": "Your rights",
        "rights": (
            "You may ask for your data to be rectified or erased, for their processing to be "
            "restricted, object to their processing and, where the processing is based on "
            "your consent or on the contract, receive the data you provided in a structured "
            "format (portability)."
        ),
        "by_email": "by e-mail: ",
        "by_post": "by post: ",
        "complaint_title": "Complaint",
        "complaint": (
            "If you consider that your rights are not respected, you may lodge a complaint "
            "with the {authority} (www.cnil.fr)."
        ),
    },
}

# Each group of activities is headed by what its legal basis means for the person.
_GROUP_TITLES = {
    "fr": {
        LegalBasis.CONTRACT: "Pour exécuter votre contrat",
        LegalBasis.LEGAL_OBLIGATION: "Pour respecter nos obligations légales",
        LegalBasis.LEGITIMATE_INTEREST: "Au titre de notre intérêt légitime",
        LegalBasis.CONSENT: "Avec votre consentement",
        LegalBasis.NOT_STATED: "Activités dont notre charte ne précise pas la base légale",
    },
    "en": {
        LegalBasis.CONTRACT: "To perform your contract",
        LegalBasis.LEGAL_OBLIGATION: "To comply with our legal obligations",
        LegalBasis.LEGITIMATE_INTEREST: "For our legitimate interests",
        LegalBasis.CONSENT: "With your consent",
        LegalBasis.NOT_STATED: "Activities whose legal basis our charter does not state",
    },
}

_SAFEGUARD_EN = {
    "standard_contractual_clauses": "standard contractual clauses (Art. 46 GDPR)",
    "binding_corporate_rules": "binding corporate rules (Art. 47 GDPR)",
    "adequacy_decision": "adequacy decision (Art. 45 GDPR)",
    "none": "no safeguard",
}


class _Story:
    """The sections as flowables: headings kept with what follows, bullets, plain text."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.style = styles()
        self.bullet_style = ParagraphStyle(
            "bullet", parent=self.style["body"], leftIndent=4 * mm, bulletIndent=0
        )
        self.lead_style = ParagraphStyle("lead", parent=self.style["body"], keepWithNext=True)
        self.flowables: list[Flowable] = []

    def _text(self, text: str) -> str:
        return escape(typography(text) if self.language == "fr" else text)

    def heading(self, text: str, level: str = "h2") -> None:
        self.flowables.append(paragraph(text, self.style[level], self.language))

    def line(self, text: str, *, bold_lead: str = "") -> None:
        lead = f"<b>{self._text(bold_lead)}</b>" if bold_lead else ""
        # A line announcing a list (« … : ») never stays alone at the foot of a page.
        style = self.lead_style if text.rstrip().endswith(":") else self.style["body"]
        self.flowables.append(Paragraph(lead + self._text(text), style))

    def bullets(self, lines: Sequence[str]) -> None:
        for line in lines:
            if line:
                self.flowables.append(
                    Paragraph(self._text(line), self.bullet_style, bulletText="•")
                )

    def activity(self, name: str, text: str) -> None:
        self.flowables.append(
            Paragraph(
                f"<b>{self._text(name)}</b>\u00a0: {self._text(text)}"
                if self.language == "fr"
                else f"<b>{self._text(name)}</b>: {self._text(text)}",
                self.bullet_style,
                bulletText="•",
            )
        )


def information_sections(content: AccessContent) -> list[Flowable]:
    """What Art. 15(1)(a)–(h) and 15(2) ask, in plain words, for what was found: the
    activities by legal basis (purposes, data, retention once per rule), then the recipients,
    transfers, this person's sources, automated decisions, rights and complaint."""
    language = content.language
    words = _WORDS[language]
    info = content.information
    story = _Story(language)
    story.heading(words["title"], "h1")
    story.line(words["intro"])
    for group in info.groups:
        _group(story, group, language, words)
    story.heading(words["recipients"])
    story.bullets(
        [
            in_language(recipient.name, language)
            + (f" ({in_language(recipient.examples, language)})" if recipient.examples else "")
            for recipient in info.recipients
        ]
    )
    _transfers(story, content, words)
    _origins(story, info, language, words)
    story.heading(words["automated"])
    automated = [
        f"{in_language(d.activity.name, language)} : {in_language(d.logic, language)}"
        for d in info.automated_decisions
        if d.exists
    ]
    if automated:
        story.bullets(automated)
    else:
        story.line(words["none_h"])
    story.heading(words["rights_title"])
    story.line(words["rights"])
    email = content.controller.get("email", "")
    post = ", ".join(
        p for p in (content.controller.get("name"), content.controller.get("address")) if p
    )
    story.bullets([words["by_email"] + email if email else "", words["by_post"] + post])
    story.heading(words["complaint_title"])
    story.line(words["complaint"].format(authority=in_language(info.rights.complaint, language)))
    return story.flowables


def _group(story: _Story, group: BasisGroup, language: str, words: dict[str, str]) -> None:
    story.heading(_GROUP_TITLES[language][group.basis])
    for activity in group.activities:
        purposes = " ; ".join(in_language(p, language).rstrip(" .") for p in activity.purposes)
        if (
            activity.legitimate_interest is not None
            and group.basis is LegalBasis.LEGITIMATE_INTEREST
        ):
            interest = in_language(activity.legitimate_interest, language).rstrip(" .")
            purposes += f" ({words['interest']}{interest})"
        story.activity(in_language(activity.name, language), purposes + ".")
    labels = [in_language(c.label, language) for c in group.categories]
    story.line(" ; ".join(labels) + ".", bold_lead=words["data"])
    if group.basis is LegalBasis.CONSENT:
        story.line(words["withdraw"])
    if group.retention:
        story.line(words["kept"])
        story.bullets([in_language(rule.text, language) for rule in group.retention])
    elif any(activity.retention for activity in group.activities):
        story.line(words["kept_above"])
    else:
        story.line(words["kept_none"])


def _transfers(story: _Story, content: AccessContent, words: dict[str, str]) -> None:
    language = content.language
    transfers = content.information.transfers
    story.heading(words["transfers"])
    if not transfers:
        story.line(words["none_t"])
        return
    story.bullets(
        [
            f"{in_language(t.destination, language)} : {in_language(t.text, language).rstrip(' .')}"
            + (
                " — " + ", ".join(_safeguard(s.value, language) for s in t.safeguards)
                if t.safeguards
                else ""
            )
            + "."
            for t in transfers
        ]
    )
    if any(t.copy for t in transfers):
        # The charter's own sentence writes OKLIMA's address its own way: ours, from the settings.
        where = ", ".join(
            p for p in (content.controller.get("name"), content.controller.get("address")) if p
        )
        email = content.controller.get("email")
        story.line(words["copy"] + where + (f" ; {email}" if email else "") + ".")


def _origins(story: _Story, info: AccessInformation, language: str, words: dict[str, str]) -> None:
    story.heading(words["origin"])

    def shown(source: Source) -> str:
        label = in_language(source.label, language).rstrip(" .")
        if source.condition is not None:
            return f"{label} ({in_language(source.condition, language).rstrip(' .')})"
        return label

    mine = [s for s in info.origins if s.kind is SourceKind.PERSON]
    others = [s for s in info.origins if s.kind is SourceKind.THIRD_PARTY]
    if mine:
        alone = not others and not info.unrecorded
        story.line(words["all_from_you"] if alone else words["from_you"])
        story.bullets([shown(s) for s in mine])
    if others:
        story.line(words["from_others"])
        story.bullets([shown(s) for s in others])
    if info.unrecorded:
        if info.origins:
            one, many = words["record"]
            lead = words["unrecorded"].format(records=counted(info.unrecorded, one, many))
        else:
            lead = words["unrecorded_all"]
        if info.possible_sources:
            story.line(lead + words["maybe_others"])
            story.bullets([shown(s) for s in info.possible_sources])
        else:
            story.line(lead + words["only_you"])


def _safeguard(code: str, language: str) -> str:
    return _SAFEGUARD_EN[code] if language == "en" else Safeguard(code).label_fr
