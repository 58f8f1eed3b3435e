"""The letters to the person (and the Art. 19 notice to a recipient), from plain data.

The service gathers a :class:`~.letter_data.LetterData` from the case and the settings; this
module has the texts of ``resources/letters/<language>.yaml`` filled in (:mod:`.letter_filling`)
and builds the letter from its parts (:mod:`.letter_layout`): recipient block in the window of a
French envelope (right, 45 mm from the top), place and date, « Objet : … — réf. … », the date
the request was received, the body, the DPO's signature block; the letterhead and the footer
(document reference, page N / M) come from :mod:`.pdf`.

The DPO may reword the editable paragraphs of one letter: :func:`editable_paragraphs` gives
the default wording filled in, and the edited list comes back as ``wording_override`` (kept in
the case, so the letter can be produced again identically). The legal mentions stay fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from reportlab.platypus import Paragraph as PdfParagraph

from ..domain.answers import LetterKind
from ..domain.french import NBSP
from .letter_data import LetterData
from .letter_filling import LetterFiller, polish
from .letter_layout import (
    letter_styles,
    markup,
    paragraph_flowables,
    recipient_block,
    signature_block,
)
from .letter_texts import letter_texts
from .pdf import Footer, Letterhead, build_pdf

__all__ = ["build_letter", "editable_paragraphs", "letter_subject", "write_letter"]


def editable_paragraphs(kind: LetterKind, data: LetterData) -> list[str]:
    """The editable wording of this letter, filled in: what the preview dialog shows.

    Lines starting with « – » are list items. What the DPO makes of it goes back as
    ``wording_override`` to :func:`build_letter` / :func:`write_letter`.
    """
    filler = LetterFiller(kind, data)
    kind_texts = filler.texts.kinds[kind]
    paragraphs = filler.shown(kind_texts.paragraphs)
    filler.shown(kind_texts.legal)  # the DPO learns now, not at the end, what the case lacks
    filler.check()
    return paragraphs


def letter_subject(kind: LetterKind, data: LetterData) -> str:
    """The subject words alone (« Accusé de réception de votre demande »), for names and logs."""
    filler = LetterFiller(kind, data)
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
    filler = LetterFiller(kind, data)
    texts, language = filler.texts, filler.texts.language
    kind_texts = texts.kinds[kind]
    common = texts.common
    look = letter_styles()
    legal = filler.shown(kind_texts.legal)
    filler.fill_raw("{recipient_name}{organisation_name}")  # both printed outside the texts
    if wording_override is None:
        body = filler.shown(kind_texts.paragraphs)
    else:
        body = [polish(p, language) for p in wording_override if p.strip()]

    # The recipient's name at ~49 mm from the top: inside the window of a DL envelope.
    story: list[Flowable] = [Spacer(1, 4 * mm), recipient_block(data, filler, look)]
    story.append(Spacer(1, 5 * mm))
    story.append(PdfParagraph(markup(filler.fill(common["date_line"])), look["date"]))
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
    story.append(PdfParagraph(markup(heading), look["subject"]))
    for line in lines:
        story.append(PdfParagraph(markup(line), look["reference"]))
    story.append(Spacer(1, 8 * mm))
    story.append(PdfParagraph(markup(filler.fill(common["salutation"])), look["body"]))
    for text in body:
        story += paragraph_flowables(text, look)
    if extra:
        story += [*extra, Spacer(1, 7)]  # the extra's last paragraph may have no space after
    last: list[Flowable] = []
    for text in legal:
        story += last
        last = paragraph_flowables(text, look)
    closing = PdfParagraph(markup(filler.fill(common["closing"])), look["body"])
    # The last paragraph goes with the closing and the signature: never a page holding only
    # « Nous vous prions d'agréer… » and a name.
    signature = [closing, Spacer(1, 4 * mm), *signature_block(data, filler, look)]
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
