"""Reading a produced PDF back with pypdf: its text, its outline, its table of contents."""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader

SPACES = re.compile(r"[\s\u00a0\u202f]+")


def reader_of(data: bytes) -> PdfReader:
    return PdfReader(BytesIO(data))


def plain(text: str) -> str:
    """Every run of spaces (non-breaking ones too) as one space."""
    return SPACES.sub(" ", text)


def flat(text: str) -> str:
    """No spaces at all: a value wrapped over two lines still reads as one."""
    return SPACES.sub("", text)


def pages_text(reader: PdfReader) -> list[str]:
    return [plain(page.extract_text()) for page in reader.pages]


def outline(reader: PdfReader) -> list[tuple[str, int]]:
    """The bookmarks: title and page (from 1)."""
    return [(item.title, reader.get_destination_page_number(item) + 1) for item in reader.outline]


def toc_entries(reader: PdfReader, page: int = 0) -> dict[str, int]:
    """The lines of the table of contents on ``page``: « 1. Synthèse . . . 2 » → {title: 2}."""
    fragments: dict[int, list[tuple[float, str]]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():  # where the text lands on the page: its matrix, then the page's
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            fragments.setdefault(round(y), []).append((x, text))

    reader.pages[page].extract_text(visitor_text=visit)
    entries = {}
    for _y, parts in sorted(fragments.items(), reverse=True):
        line = plain(" ".join(text for _x, text in sorted(parts))).strip()
        found = re.fullmatch(r"(\d\. .+?)[ .]*?(\d+)", line)
        if found:
            entries[found.group(1).strip(" .")] = int(found.group(2))
    return entries
