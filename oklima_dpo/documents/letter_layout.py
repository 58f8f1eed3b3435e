"""The parts of a letter's page: its styles, the recipient in the envelope's window, the
paragraphs as typed (plain lines and « – » list items) and the DPO's signature block."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from reportlab.platypus import Paragraph as PdfParagraph

from .letter_data import LetterData
from .letter_filling import BULLET, LetterFiller, polish
from .pdf import BOLD, styles

ADDRESS_INDENT = 95 * mm  # from the left margin: 115 mm from the page edge, in the window
ADDRESS_HEIGHT = 30 * mm  # six lines, the most a French postal address has


def letter_styles() -> dict[str, ParagraphStyle]:
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


def markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def paragraph_flowables(text: str, look: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One paragraph as typed: plain lines together, « – » lines as list items.

    A lead-in line and its list are kept together (never « les données suivantes : » alone
    at the foot of a page).
    """
    parts: list[Flowable] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            parts.append(PdfParagraph(markup("\n".join(plain)), look["body"]))
            plain.clear()

    items = 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith((f"{BULLET} ", "- ", "• ")):
            flush()
            item = stripped[2:].strip()
            parts.append(PdfParagraph(markup(item), look["bullet"], bulletText=BULLET))
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


def recipient_block(
    data: LetterData, filler: LetterFiller, look: dict[str, ParagraphStyle]
) -> Flowable:
    language = filler.texts.language
    lines = [f"<b>{markup(polish(data.recipient_name.strip(), language))}</b>"]
    address = [line.strip() for line in data.recipient_address.splitlines() if line.strip()]
    if address:
        lines += [markup(line) for line in address]
    elif data.recipient_email.strip():
        lines.append(markup(filler.fill(filler.texts.common["by_email"])))
        lines.append(markup(data.recipient_email.strip()))
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


def signature_block(
    data: LetterData, filler: LetterFiller, look: dict[str, ParagraphStyle]
) -> list[Flowable]:
    language = filler.texts.language
    common = filler.texts.common
    lines = []
    if data.dpo_name.strip():
        lines.append(f"<b>{markup(data.dpo_name.strip())}</b>")
    role = data.dpo_role.strip() or common["dpo_role"]
    lines.append(markup(polish(role, language)))
    lines.append(markup(data.organisation_name.strip()))
    contact = []  # one line: a signature that fits keeps short letters on one page
    if data.dpo_email.strip():
        contact.append(data.dpo_email.strip())
    if data.dpo_phone.strip():
        contact.append(polish(common["phone_label"].format(phone=data.dpo_phone), language))
    if contact:
        lines.append(markup(" · ".join(contact)))
    lines += [markup(line.strip()) for line in data.dpo_address.splitlines() if line.strip()]
    return [PdfParagraph("<br/>".join(lines), look["signature"])]
