"""The data annex of an access answer: a copy of every record the DPO included (Art. 15(3)),
by system and table, with readable labels, codes explained and dates as a person reads them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.french import record_title
from .access_content import AccessContent, AnnexRecord, paragraph
from .pdf import BOLD, FONT, styles

_WORDS = {
    "fr": {
        "annex": "Annexe — copie de vos données",
        "annex_intro": (
            "Chaque enregistrement trouvé dans nos systèmes, par système et par table. Les "
            "codes sont expliqués entre parenthèses."
        ),
        "masked": "Les données d’autres personnes figurant dans ces enregistrements ont été "
        "masquées.",
        "category": "Catégorie",
        "record": "Enregistrement",
        "nothing": "Nous ne détenons aucune donnée vous concernant.",
    },
    "en": {
        "annex": "Annex — copy of your data",
        "annex_intro": (
            "Every record found in our systems, by system and table. Codes are explained in "
            "brackets."
        ),
        "masked": "Other people’s data appearing in these records have been redacted.",
        "category": "Category",
        "record": "Record",
        "nothing": "We hold no data about you.",
    },
}

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
    story: list[Flowable] = [paragraph(words["annex"], style["h1"], language)]
    if not content.records:
        story.append(paragraph(words["nothing"], style["body"], language))
        return story
    intro = words["annex_intro"]
    if content.redactions:  # said only when something was masked
        intro += " " + words["masked"]
    story.append(paragraph(intro, style["body"], language))
    groups: dict[tuple[str, str], list[AnnexRecord]] = {}
    for record in content.records:
        groups.setdefault((record.source, record.table), []).append(record)
    for (source, table), records in groups.items():
        story.append(paragraph(f"{source} — {table}", style["h2"], language))
        by_category: dict[str, list[str]] = {}
        for record in records:
            for item in record.fields:
                labels = by_category.setdefault(item.category_label, [])
                if item.label not in labels:
                    labels.append(item.label)
        legend = " ; ".join(f"{cat} : {', '.join(labels)}" for cat, labels in by_category.items())
        # The heading, its legend and the first record stay together (never alone at a foot).
        legend_style = ParagraphStyle("legend", parent=style["small"], keepWithNext=True)
        story.append(paragraph(f"{words['category']} — {legend}", legend_style, language))
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
        rows.append([_title(record, words), ""])
        for item in record.fields:
            shown = item.shown or item.value  # the service formats it (domain.values)
            value = shown + (f" ({item.meaning})" if item.meaning else "")
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
        chunk_heads = [h - start for h in heads if start <= h < end]
        for head, after in zip(chunk_heads, [*chunk_heads[1:], len(chunk)], strict=True):
            commands += [
                # A record is never cut by a page: its title with its lines, no orphan line.
                ("NOSPLIT", (0, head), (1, after - 1)),
                ("SPAN", (0, head), (1, head)),
                ("FONT", (0, head), (1, head), BOLD, 8),
                ("BACKGROUND", (0, head), (1, head), colors.HexColor("#eeeeee")),
            ]
        table = Table(chunk, colWidths=[LABEL_WIDTH, VALUE_WIDTH])
        table.setStyle(TableStyle(commands))
        tables.append(table)
        start = end
    return tables


def _title(record: AnnexRecord, words: dict[str, str]) -> str:
    """« Contrats — N° de contrat CT00020086 », from the catalogue's labels."""
    title = record_title(record.key, {f.name: f.label for f in record.fields})
    return f"{record.table} — {title}" if title else words["record"]


def _cell(text: str, width: float, style: dict[str, Any]) -> Any:
    """Plain text when it fits its column (fast), a wrapping paragraph otherwise."""
    if "\n" not in text and stringWidth(text, FONT, 8) <= width - 8:
        return text
    return Paragraph(escape(text).replace("\n", "<br/>"), style["cell"])
