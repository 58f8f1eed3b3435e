"""The letters to the person (and the Art. 19 notice to a recipient), from plain data.

The service gathers a :class:`LetterData` from the case and the settings; this module fills
the texts of ``resources/letters/<language>.yaml`` in and lays the letter out: recipient block
in the window of a French envelope (right, 45 mm from the top), place and date, « Objet : … —
réf. … », the date the request was received, the body, the DPO's signature block; the
letterhead and the footer (document reference, page N / M) come from :mod:`.pdf`.

The DPO may reword the editable paragraphs of one letter: :func:`editable_paragraphs` gives
the default wording filled in, and the edited list comes back as ``wording_override`` (kept in
the case, so the letter can be produced again identically). The legal mentions stay fixed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from reportlab.platypus import Paragraph as PdfParagraph

from ..domain.errors import DpoError
from ..domain.french import NBSP, fr_date, typography
from ..domain.rights import Right
from .letter_texts import (
    LetterKind,
    LettersFileError,
    LetterTexts,
    Paragraph,
    letter_texts,
    load_letter_texts,
    placeholders,
)
from .pdf import BOLD, Footer, Letterhead, build_pdf, styles

__all__ = [
    "FeeGround",
    "Kept",
    "LetterData",
    "LetterDataError",
    "LetterKind",
    "LettersFileError",
    "build_letter",
    "editable_paragraphs",
    "format_amount",
    "format_date",
    "letter_subject",
    "load_letter_texts",
    "place_of",
    "write_letter",
]

ADDRESS_INDENT = 95 * mm  # from the left margin: 115 mm from the page edge, in the window
ADDRESS_HEIGHT = 30 * mm  # six lines, the most a French postal address has
BULLET = "–"
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class FeeGround(StrEnum):
    """Art. 12(5): why a request may cost a fee (or be refused)."""

    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    EXCESSIVE = "excessive"


@dataclass(frozen=True, slots=True)
class Kept:
    """Data kept despite an erasure (or a withdrawal), with the legal ground that keeps them."""

    what: str
    ground: str


@dataclass(frozen=True)
class LetterData:
    """Everything a letter may say; each kind uses some fields (a missing one is an error).

    Dates are plain dates; lists are short readable lines (« Adresse e-mail corrigée dans
    l’espace client »), never raw records.
    """

    reference: str  # the case, « DR-2025-0001 »
    received_on: date
    today: date
    recipient_name: str  # the person, their representative, or the Art. 19 recipient
    organisation_name: str
    language: str = "fr"
    recipient_address: str = ""  # several lines; empty: sent by e-mail
    recipient_email: str = ""
    organisation_address: str = ""  # the place is taken from its last line…
    place: str = ""  # … unless given
    dpo_name: str = ""
    dpo_role: str = ""  # empty: « Délégué à la protection des données » / the texts' role
    dpo_email: str = ""
    dpo_phone: str = ""
    dpo_address: str = ""  # several lines
    rights: tuple[Right, ...] = ()
    subject_name: str = ""  # the person concerned, when the letter goes to someone else
    subject_identifier: str = ""  # Art. 19: what the recipient needs to find the person
    due_on: date | None = None  # the first deadline
    new_due_on: date | None = None  # the extended one
    lift_on: date | None = None  # when a restriction will be lifted
    reasons: str = ""
    legal_ground: str = ""
    total: bool = False  # a total refusal (else partial)
    what_was_done: tuple[str, ...] = ()
    kept: tuple[Kept, ...] = ()
    needed: tuple[str, ...] = ()  # information request: what is needed
    searched: tuple[str, ...] = ()  # no data: the systems and identifiers searched
    amount: Decimal | None = None  # fee, in euros
    fee_ground: FeeGround | None = None
    asks_identity: bool = False  # information request: an identity proof is asked
    suppression_list: bool = False  # objection to marketing: kept on the suppression list


class LetterDataError(DpoError):
    """The case lacks something the letter must say."""


#: The fields as the DPO knows them, for « il manque … » messages.
FIELD_LABELS = {
    "reference": "la référence de la demande",
    "received_on": "la date de réception",
    "today": "la date de la lettre",
    "place": "le lieu (adresse de l’organisation dans les réglages)",
    "due_on": "l’échéance de réponse",
    "new_due_on": "la nouvelle échéance (prolongation)",
    "lift_on": "la date de levée de la limitation",
    "rights": "les droits exercés",
    "recipient_name": "le nom du destinataire",
    "subject_name": "le nom de la personne concernée",
    "subject_identifier": "l’identifiant de la personne concernée",
    "organisation_name": "la raison sociale",
    "dpo_name": "le nom du DPO (réglages)",
    "reasons": "les motifs",
    "legal_ground": "le fondement juridique",
    "what_was_done": "ce qui a été fait",
    "kept": "les données conservées et leur motif",
    "needed": "les informations demandées",
    "searched": "les systèmes consultés",
    "amount": "le montant des frais",
    "fee_ground": "le motif des frais (manifestement infondée ou excessive)",
}


# -- formatting the data in the letter's language --------------------------------------------


def format_date(day: date, language: str) -> str:
    """« 25/03/2025 » in French, « 25 March 2025 » in English (never ambiguous)."""
    if language == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return fr_date(day)


def format_amount(amount: Decimal, language: str) -> str:
    """« 1 250,00 € » / « €1,250.00 »."""
    text = f"{amount.quantize(Decimal('0.01')):,.2f}"
    if language == "en":
        return f"€{text}"
    return text.replace(",", "\u202f").replace(".", ",") + f"{NBSP}€"


def place_of(address: str) -> str:
    """The town of a French postal address: its last line without the postcode or CEDEX."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return ""
    town = re.sub(r"^\d{5}\s*", "", lines[-1])
    return re.sub(r"\s+cedex\b.*$", "", town, flags=re.IGNORECASE).strip()


def _bullets(items: Sequence[str]) -> str | None:
    lines = [" ".join(item.split()) for item in items]
    lines = [line for line in lines if line]
    return "\n".join(f"{BULLET} {line}" for line in lines) or None


def _join(words: Sequence[str], and_: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {and_} {words[-1]}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _values(data: LetterData, texts: LetterTexts) -> dict[str, str | None]:
    """Every placeholder's text in the letter's language; None where the case says nothing."""
    language = texts.language

    def day(value: date | None) -> str | None:
        return format_date(value, language) if value else None

    def text(value: str) -> str | None:
        return value.strip() or None

    rights = [_lower_first(r.label_en if language == "en" else r.label_fr) for r in data.rights]
    kept = [texts.terms.kept_item.format(what=k.what, ground=k.ground) for k in data.kept]
    fee = {
        FeeGround.MANIFESTLY_UNFOUNDED: texts.terms.manifestly_unfounded,
        FeeGround.EXCESSIVE: texts.terms.excessive,
    }
    values: dict[str, str | None] = {
        "reference": text(data.reference),
        "received_on": day(data.received_on),
        "today": day(data.today),
        "place": text(data.place) or text(place_of(data.organisation_address)),
        "due_on": day(data.due_on),
        "new_due_on": day(data.new_due_on),
        "lift_on": day(data.lift_on),
        "rights": _join(rights, texts.terms.and_) or None,
        "recipient_name": text(data.recipient_name),
        "subject_name": text(data.subject_name),
        "subject_identifier": text(data.subject_identifier),
        "organisation_name": text(data.organisation_name),
        "dpo_name": text(data.dpo_name),
        "reasons": text(data.reasons),
        "legal_ground": text(data.legal_ground).rstrip(".") if text(data.legal_ground) else None,
        "what_was_done": _bullets(data.what_was_done),
        "kept": _bullets(kept),
        "needed": _bullets(data.needed),
        "searched": _bullets(data.searched),
        "amount": format_amount(data.amount, language) if data.amount is not None else None,
        "fee_ground": fee[data.fee_ground] if data.fee_ground else None,
    }
    return values


def _flags(data: LetterData, values: dict[str, str | None]) -> dict[str, bool]:
    flags = {name: value is not None for name, value in values.items()}
    flags.update(
        total=data.total, asks_identity=data.asks_identity, suppression_list=data.suppression_list
    )
    return flags


def _polish(text: str, language: str) -> str:
    """Typography of the language: French spacing, real apostrophes."""
    return typography(text) if language == "fr" else text.replace("'", "’")


class _Filler:
    """Fills one letter's texts in, and says at once everything the case lacks."""

    def __init__(self, kind: LetterKind, data: LetterData) -> None:
        self.kind = kind
        self.data = data
        self.texts = letter_texts(data.language)
        self.values = _values(data, self.texts)
        self.flags = _flags(data, self.values)
        self.missing: dict[str, None] = {}  # placeholders without a value, in order
        # Mentions are filled lazily: one that quotes a missing fact only counts when used.
        self.mentions = dict(self.texts.mentions)

    def fill_raw(self, template: str, **more: str) -> str:
        values = {**self.values, **more}
        for name in placeholders(template):
            if name in self.mentions:
                values[name] = self.fill_raw(self.mentions[name])
            elif values.get(name) is None:
                self.missing.setdefault(name)
                values[name] = "…"
        return template.format_map(values)

    def check(self) -> None:
        """Raise, naming everything the case lacks for this letter (not just the first)."""
        if not self.missing:
            return
        labels = ", ".join(f"{FIELD_LABELS.get(name, name)} ({name})" for name in self.missing)
        subject = self.texts.kinds[self.kind].subject
        raise LetterDataError(f"Lettre « {subject} » ({self.data.reference}) : il manque {labels}.")

    def fill(self, template: str, **more: str) -> str:
        return _polish(self.fill_raw(template, **more), self.texts.language)

    def shown(self, paragraphs: Sequence[Paragraph]) -> list[str]:
        kept = []
        for paragraph in paragraphs:
            if paragraph.when is not None and not self.flags.get(paragraph.when):
                continue
            if paragraph.unless is not None and self.flags.get(paragraph.unless):
                continue
            kept.append(self.fill(paragraph.text))
        return kept


# -- public API ----------------------------------------------------------------------------


def editable_paragraphs(kind: LetterKind, data: LetterData) -> list[str]:
    """The editable wording of this letter, filled in: what the preview dialog shows.

    Lines starting with « – » are list items. What the DPO makes of it goes back as
    ``wording_override`` to :func:`build_letter` / :func:`write_letter`.
    """
    filler = _Filler(kind, data)
    kind_texts = filler.texts.kinds[kind]
    paragraphs = filler.shown(kind_texts.paragraphs)
    filler.shown(kind_texts.legal)  # the DPO learns now, not at the end, what the case lacks
    filler.check()
    return paragraphs


def letter_subject(kind: LetterKind, data: LetterData) -> str:
    """The subject words alone (« Accusé de réception de votre demande »), for names and logs."""
    filler = _Filler(kind, data)
    subject = filler.fill(filler.texts.kinds[kind].subject)
    filler.check()
    return subject


def build_letter(
    kind: LetterKind,
    data: LetterData,
    *,
    extra: Sequence[Flowable] = (),
    annex: Sequence[Flowable] = (),
    wording_override: Sequence[str] | None = None,
) -> list[Flowable]:
    """The letter as ReportLab flowables (for :func:`.pdf.build_pdf`).

    ``extra`` goes in the body, after the editable paragraphs and before the legal mentions
    (the Art. 15 information of an access answer); ``annex`` on new pages after the signature.
    """
    filler = _Filler(kind, data)
    texts, language = filler.texts, filler.texts.language
    kind_texts = texts.kinds[kind]
    common = texts.common
    look = _letter_styles()
    legal = filler.shown(kind_texts.legal)
    filler.fill_raw("{recipient_name}{organisation_name}")  # both printed outside the texts
    if wording_override is None:
        body = filler.shown(kind_texts.paragraphs)
    else:
        body = [_polish(p, language) for p in wording_override if p.strip()]

    # The recipient's name at ~49 mm from the top: inside the window of a DL envelope.
    story: list[Flowable] = [Spacer(1, 4 * mm), _recipient_block(data, filler, look)]
    story.append(Spacer(1, 5 * mm))
    story.append(PdfParagraph(_markup(filler.fill(common["date_line"])), look["date"]))
    story.append(Spacer(1, 9 * mm))
    subject = filler.fill(kind_texts.subject)
    heading = filler.fill(common["subject_line"], subject=subject)
    if reference := filler.values["reference"]:  # « réf. » and the reference on one line
        heading = heading.replace(f" {reference}", f"{NBSP}{reference}")
    lines = []
    if kind_texts.show_received:
        lines.append(filler.fill(common["received_line"]))
    if filler.values["subject_name"] is not None:
        lines.append(filler.fill(common["subject_person_line"]))
    if filler.values["subject_identifier"] is not None:
        lines.append(filler.fill(common["subject_identifier_line"]))
    story.append(PdfParagraph(_markup(heading), look["subject"]))
    for line in lines:
        story.append(PdfParagraph(_markup(line), look["reference"]))
    story.append(Spacer(1, 8 * mm))
    story.append(PdfParagraph(_markup(filler.fill(common["salutation"])), look["body"]))
    for text in body:
        story += _paragraph_flowables(text, look)
    if extra:
        story += [*extra, Spacer(1, 7)]  # the extra's last paragraph may have no space after
    last: list[Flowable] = []
    for text in legal:
        story += last
        last = _paragraph_flowables(text, look)
    closing = PdfParagraph(_markup(filler.fill(common["closing"])), look["body"])
    # The last paragraph goes with the closing and the signature: never a page holding only
    # « Nous vous prions d'agréer… » and a name.
    signature = [closing, Spacer(1, 4 * mm), *_signature(data, filler, look)]
    story.append(KeepTogether([*last, *signature]))
    if annex:
        story.append(PageBreak())
        story += list(annex)
    filler.check()
    return story


def write_letter(
    out: BinaryIO,
    kind: LetterKind,
    data: LetterData,
    *,
    letterhead: Letterhead,
    document_reference: str,
    extra: Sequence[Flowable] = (),
    annex: Sequence[Flowable] = (),
    wording_override: Sequence[str] | None = None,
) -> None:
    """The letter as a PDF into ``out`` (use :func:`.files.write_new` for a file)."""
    story = build_letter(kind, data, extra=extra, annex=annex, wording_override=wording_override)
    texts = letter_texts(data.language)
    subject = letter_subject(kind, data)
    build_pdf(
        out,
        story,
        title=f"{subject} — {data.reference}",
        footer=Footer(document_reference, template=texts.common["footer"]),
        letterhead=letterhead,
        author=data.organisation_name,
        subject=subject,
        language=data.language,
    )


# -- layout ----------------------------------------------------------------------------------


def _letter_styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = ParagraphStyle(
        "letter_body",
        parent=base["body"],
        alignment=TA_JUSTIFY,
        spaceAfter=7,
        allowWidows=0,
        allowOrphans=0,
    )
    return {
        "body": body,
        "bullet": ParagraphStyle(
            "letter_bullet",
            parent=body,
            alignment=TA_LEFT,  # a short item justified is all gaps
            leftIndent=7 * mm,
            bulletIndent=2 * mm,
            spaceAfter=2,
        ),
        "address": ParagraphStyle("letter_address", parent=base["body"], leftIndent=ADDRESS_INDENT),
        "date": ParagraphStyle("letter_date", parent=base["body"], leftIndent=ADDRESS_INDENT),
        "subject": ParagraphStyle("letter_subject", parent=base["body"], fontName=BOLD),
        "reference": ParagraphStyle("letter_reference", parent=base["body"]),
        "signature": ParagraphStyle(
            "letter_signature",
            parent=base["body"],
            leftIndent=ADDRESS_INDENT,
            fontSize=9,
            leading=11.5,
        ),
    }


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _paragraph_flowables(text: str, look: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One paragraph as typed: plain lines together, « – » lines as list items.

    A lead-in line and its list are kept together (never « les données suivantes : » alone
    at the foot of a page).
    """
    parts: list[Flowable] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            parts.append(PdfParagraph(_markup("\n".join(plain)), look["body"]))
            plain.clear()

    items = 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith((f"{BULLET} ", "- ", "• ")):
            flush()
            item = stripped[2:].strip()
            parts.append(PdfParagraph(_markup(item), look["bullet"], bulletText=BULLET))
            items += 1
        elif stripped:
            plain.append(stripped)
    flush()
    if items and parts:
        last = parts[-1]
        if isinstance(last, PdfParagraph) and last.style is look["bullet"]:
            parts.append(Spacer(1, 5))  # the list ends the paragraph: space as after one
        if len(parts) > 1:
            head = min(len(parts), 3)  # the lead-in and the first items
            return [KeepTogether(parts[:head]), *parts[head:]]
    return parts


def _recipient_block(
    data: LetterData, filler: _Filler, look: dict[str, ParagraphStyle]
) -> Flowable:
    language = filler.texts.language
    lines = [f"<b>{_markup(_polish(data.recipient_name.strip(), language))}</b>"]
    address = [line.strip() for line in data.recipient_address.splitlines() if line.strip()]
    if address:
        lines += [_markup(line) for line in address]
    elif data.recipient_email.strip():
        lines.append(_markup(filler.fill(filler.texts.common["by_email"])))
        lines.append(_markup(data.recipient_email.strip()))
    return _AtLeast(PdfParagraph("<br/>".join(lines), look["address"]), ADDRESS_HEIGHT)


class _AtLeast(Flowable):
    """A flowable given a minimum height: what follows the address stays in place."""

    def __init__(self, content: Flowable, height: float) -> None:
        super().__init__()
        self.content = content
        self.min_height = height
        self.content_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.content.wrap(available_width, available_height)
        self.content_height = height
        return width, max(height, self.min_height)

    def draw(self) -> None:
        # Drawn from the top of the reserved height: the address starts where it always does.
        self.content.drawOn(self.canv, 0, max(self.min_height - self.content_height, 0))


def _signature(
    data: LetterData, filler: _Filler, look: dict[str, ParagraphStyle]
) -> list[Flowable]:
    language = filler.texts.language
    common = filler.texts.common
    lines = []
    if data.dpo_name.strip():
        lines.append(f"<b>{_markup(data.dpo_name.strip())}</b>")
    role = data.dpo_role.strip() or common["dpo_role"]
    lines.append(_markup(_polish(role, language)))
    lines.append(_markup(data.organisation_name.strip()))
    contact = []  # one line: a signature that fits keeps short letters on one page
    if data.dpo_email.strip():
        contact.append(data.dpo_email.strip())
    if data.dpo_phone.strip():
        contact.append(_polish(common["phone_label"].format(phone=data.dpo_phone), language))
    if contact:
        lines.append(_markup(" · ".join(contact)))
    lines += [_markup(line.strip()) for line in data.dpo_address.splitlines() if line.strip()]
    return [PdfParagraph("<br/>".join(lines), look["signature"])]
