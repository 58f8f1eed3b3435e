"""The building blocks of the case file's pages: its styles, paragraphs, lists and tables.

One look for every section: grey grid, a shaded header row repeated on each page, text
escaped and spaced the French way.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ..domain.french import NBSP, typography
from .casefile_data import Fact
from .pdf import BOLD, MARGIN, styles

WIDTH = 210 * mm - 2 * MARGIN
LINE = colors.HexColor("#BBBBBB")
HEAD = colors.HexColor("#E8E8E8")
SUBHEAD = colors.HexColor("#F4F4F4")


def text_markup(text: str) -> str:
    """Paragraph markup of a plain text: escaped, French spacing, line breaks kept."""
    return escape(typography(text)).replace("\n", "<br/>")


def size_words(size: int) -> str:
    """A file's size as a person reads it: « 512 octets », « 2,0 Ko », « 1,5 Mo »."""
    if size < 1024:
        return f"{size}{NBSP}octets"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f}".replace(".", ",") + f"{NBSP}Ko"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + f"{NBSP}Mo"


class Blocks:
    """The case file's styles and the blocks made with them."""

    def __init__(self) -> None:
        self.s = styles()
        self.s["label"] = ParagraphStyle("label", parent=self.s["cell"], fontName=BOLD)
        self.s["sha"] = ParagraphStyle("sha", parent=self.s["cell"], fontSize=7.5, leading=9.5)
        self.s["lead"] = ParagraphStyle("lead", parent=self.s["body"], spaceBefore=2, spaceAfter=4)
        self.s["item"] = ParagraphStyle(
            "item", parent=self.s["body"], leftIndent=7 * mm, bulletIndent=2 * mm
        )
        self.s["h1"] = ParagraphStyle("h1k", parent=self.s["h1"], keepWithNext=1)
        self.s["h2"] = ParagraphStyle("h2k", parent=self.s["h2"], keepWithNext=1)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text_markup(text), self.s[style])

    def markup(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, self.s[style])

    def item(self, text: str, bullet: str = "•") -> Paragraph:
        return Paragraph(text_markup(text), self.s["item"], bulletText=bullet)

    def none(self, text: str) -> Paragraph:
        return self.markup(f"<i>{text_markup(text)}</i>")

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Paragraph]],
        widths: Sequence[float],
        extra: Sequence[tuple] = (),
    ) -> Table:
        cells = [[self.p(h, "cell_bold") for h in header]] + [
            [c if isinstance(c, Paragraph) else self.p(c, "cell") for c in row] for row in rows
        ]
        table = Table(cells, colWidths=list(widths), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    *extra,
                ]
            )
        )
        return table

    def facts(self, facts: Sequence[Fact]) -> Table:
        """A two-column list: the label in bold, its value beside it."""
        rows = [[self.p(f.label, "label"), self.p(f.value, "cell")] for f in facts]
        table = Table(rows, colWidths=[50 * mm, WIDTH - 50 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table
