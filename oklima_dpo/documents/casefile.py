"""The legal team's case file: one PDF per case, with a table of contents and bookmarks.

Laid out from a plain :class:`~.casefile_data.CaseFileData` (the services assemble it;
nothing here opens the case base). A cover with the contents, then eight sections
(:mod:`.casefile_sections`), each a bookmark and a line of the table of contents: summary,
timeline, the deadline in words, identity checks, what was gathered, decisions and their legal
grounds, documents with their SHA-256, the case's journal entries and the chain's verification.
"""

from __future__ import annotations

from io import BytesIO
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from .casefile_blocks import text_markup
from .casefile_data import CaseFileData, moment
from .casefile_sections import SECTIONS, Sections
from .pdf import Footer, build_pdf, styles

__all__ = ["write_case_file"]

MAX_PASSES = 4  # the table of contents settles in two; a guard against endless rebuilding


class _SectionTitle(Paragraph):
    """A section's title: a bookmark, an outline entry and a line of the table of contents."""

    def __init__(self, title: str, key: str, style: ParagraphStyle, toc: TableOfContents):
        super().__init__(text_markup(title), style)
        self.title, self.key, self.toc = title, key, toc

    def draw(self) -> None:
        super().draw()
        page = self.canv.getPageNumber()
        destination = self.canv.bookmarkPage(self.key, fit="XYZ", top=self._top())
        # pdf.py's canvas holds pages back until it knows their count, so ReportLab's idea of
        # "this page" is still the first: name the page the title is drawn on (« PageN »).
        destination.setPage(PDFObjectReference(f"Page{page}"))
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        self.toc.addEntry(0, text_markup(self.title), page, self.key)

    def _top(self) -> float:
        _x, y = self.canv.absolutePosition(0, self.height)
        return y + 4 * mm


def _story(data: CaseFileData, toc: TableOfContents) -> list[Flowable]:
    sections = Sections(data)
    story = _cover(sections, data, toc)
    for number, (title, layout) in enumerate(zip(SECTIONS, sections.layouts(), strict=True), 1):
        story.append(_SectionTitle(title, f"section-{number}", sections.s["h1"], toc))
        story += layout()
    return story


def _cover(sections: Sections, data: CaseFileData, toc: TableOfContents) -> list[Flowable]:
    made = f"Établi le {moment(data.produced_at)} par {data.produced_by}"
    if data.organisation:
        made += f" pour {data.organisation}"
    return [
        sections.p(f"Dossier de la demande {data.reference}", "title"),
        Spacer(1, 2 * mm),
        sections.p(f"{made}.", "body"),
        sections.p(
            "Document interne destiné au service juridique : confidentiel. Il retrace la "
            "demande, ce qui a été fait, quand et par qui, et les justificatifs (empreintes "
            "SHA-256) permettant de le prouver (RGPD, art. 5(2) et 12).",
            "small",
        ),
        Spacer(1, 6 * mm),
        sections.p("Sommaire", "h2"),
        toc,
        PageBreak(),
    ]


def _toc() -> TableOfContents:
    entry = ParagraphStyle(
        "toc", parent=styles()["body"], fontSize=11, leading=16, leftIndent=0, firstLineIndent=0
    )
    toc = TableOfContents(levelStyles=[entry], dotsMinLevel=0, rightColumnWidth=15 * mm)
    # Known titles with no page yet: the first pass already has the table's final height.
    toc.addEntries(
        [(0, text_markup(title), 0, f"section-{n}") for n, title in enumerate(SECTIONS, 1)]
    )
    return toc


def write_case_file(out: BinaryIO, data: CaseFileData) -> None:
    """Lay the case file out into ``out``: built again until the table of contents settles."""
    toc = _toc()
    pdf = b""
    for _ in range(MAX_PASSES):
        toc.beforeBuild()  # the last pass's entries are the ones shown
        buffer = BytesIO()
        build_pdf(
            buffer,
            _story(data, toc),
            title=f"Dossier de la demande {data.reference}",
            footer=Footer(
                data.document_reference, "Confidentiel — réf. {reference} — page {page} / {pages}"
            ),
            author=data.produced_by,
            subject="Dossier de la demande pour le service juridique",
            outline=True,
        )
        pdf = buffer.getvalue()
        if toc.isSatisfied():
            break
    out.write(pdf)
