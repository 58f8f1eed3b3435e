"""The PDF base of every document: embedded DejaVu fonts, the letterhead, page numbers and the
document's reference in the footer, French-friendly paragraph styles.

Letters, the access annex and the legal team's case file are ReportLab "stories" (lists of
flowables) built elsewhere and laid out here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .. import paths

FONT, BOLD, ITALIC, BOLD_ITALIC = (
    "DejaVuSans",
    "DejaVuSans-Bold",
    "DejaVuSans-Oblique",
    "DejaVuSans-BoldOblique",
)
MARGIN = 20 * mm
GREY = colors.HexColor("#555555")


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The organisation as the settings describe it; the logo as bytes (PNG or JPEG)."""

    name: str
    address: str  # several lines
    registration: str = ""
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class Footer:
    """« Réf. DR-2025-0001-AR-1 — page 1 / 2 »: the words in the document's language."""

    reference: str
    template: str = "{reference} — page {page} / {pages}"

    def text(self, page: int, pages: int) -> str:
        return self.template.format(reference=self.reference, page=page, pages=pages)


def register_fonts() -> None:
    """Embed DejaVu (every accent, « », non-breaking spaces) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name in (FONT, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20),
        # Headings stay with what follows them: never alone at the foot of a page.
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=True,
        ),
        "subject": ParagraphStyle("subject", parent=body, fontName=BOLD, spaceBefore=6),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=8, leading=10
        ),
        "address": ParagraphStyle("address", parent=body, leftIndent=95 * mm),
    }


def _numbered_canvas(footer: Footer) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count before drawing each footer (two passes)."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(GREY)
                self.drawRightString(A4[0] - MARGIN, 10 * mm, footer.text(self._pageNumber, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_letterhead(canvas: pdf_canvas.Canvas, letterhead: Letterhead) -> None:
    canvas.saveState()
    top = A4[1] - 15 * mm
    left = MARGIN
    if letterhead.logo:
        from reportlab.lib.utils import ImageReader

        try:
            image = ImageReader(BytesIO(letterhead.logo))
            width, height = image.getSize()
            scale = min(35 * mm / width, 18 * mm / height)
            canvas.drawImage(
                image, left, top - height * scale, width * scale, height * scale, mask="auto"
            )
            left += width * scale + 5 * mm
        except (OSError, ValueError):
            pass  # an unreadable logo never stops a letter; the settings check it on entry
    canvas.setFont(BOLD, 12)
    canvas.drawString(left, top - 4 * mm, letterhead.name)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(GREY)
    lines = [*letterhead.address.splitlines(), letterhead.registration]
    for number, line in enumerate(line for line in lines if line.strip()):
        canvas.drawString(left, top - 9 * mm - number * 3.5 * mm, line.strip())
    canvas.restoreState()


def build_pdf(
    out: BinaryIO,
    story: Sequence[Flowable],
    *,
    title: str,
    footer: Footer,
    letterhead: Letterhead | None = None,
    author: str = "",
    subject: str = "",
    language: str = "fr",
    outline: bool = False,
) -> None:
    """Lay ``story`` out on A4; the letterhead on the first page; the footer on every page."""
    register_fonts()
    # The letterhead needs room on the first page only; later pages use the plain margin.
    first_top = MARGIN + (25 * mm if letterhead else 0)
    document = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        lang=language,
        creator="OKLIMA DPO",
    )
    if outline:
        document.showOutline = True  # bookmarks panel open in viewers
    width = A4[0] - 2 * MARGIN

    def frame(top: float, name: str) -> Frame:
        return Frame(MARGIN, MARGIN, width, A4[1] - top - MARGIN, id=name)

    def first(canvas: pdf_canvas.Canvas, _document: Any) -> None:
        if letterhead is not None:
            _draw_letterhead(canvas, letterhead)

    document.addPageTemplates(
        [
            PageTemplate(
                "first", [frame(first_top, "first")], onPage=first, autoNextPageTemplate="later"
            ),
            PageTemplate("later", [frame(MARGIN, "later")]),
        ]
    )
    document.build(list(story), canvasmaker=_numbered_canvas(footer))
