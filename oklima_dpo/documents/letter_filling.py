"""Filling a letter's texts in: the case's facts in the letter's language, every placeholder
of ``resources/letters/<language>.yaml`` replaced, and everything the case lacks said at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ..domain.answers import LetterKind
from ..domain.french import NBSP, counted, fr_date, typography
from .letter_data import FIELD_LABELS, FeeGround, LetterData, LetterDataError
from .letter_texts import LetterTexts, Paragraph, letter_texts, placeholders

BULLET = "–"  # a list item of the texts, and of the letter as laid out
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


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


def _masked(count: int, texts: LetterTexts) -> str | None:
    """« 3 éléments » of other people's data masked; None (no sentence) when none was."""
    return counted(count, texts.terms.item, texts.terms.items) if count else None


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
    kept = [
        texts.terms.kept_item_until.format(
            what=k.what, ground=k.ground, until=format_date(k.until, language)
        )
        if k.until
        else texts.terms.kept_item.format(what=k.what, ground=k.ground)
        for k in data.kept
    ]
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
        "masked": _masked(data.masked, texts),
        "notified": _join(list(data.notified), texts.terms.and_) or None,
        "pending": _bullets(data.pending),
    }
    return values


def _flags(data: LetterData, values: dict[str, str | None]) -> dict[str, bool]:
    flags = {name: value is not None for name, value in values.items()}
    flags.update(
        total=data.total, asks_identity=data.asks_identity, suppression_list=data.suppression_list
    )
    return flags


def polish(text: str, language: str) -> str:
    """Typography of the language: French spacing, real apostrophes."""
    return typography(text) if language == "fr" else text.replace("'", "’")


class LetterFiller:
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
        return polish(self.fill_raw(template, **more), self.texts.language)

    def shown(self, paragraphs: Sequence[Paragraph]) -> list[str]:
        kept = []
        for paragraph in paragraphs:
            if paragraph.when is not None and not self.flags.get(paragraph.when):
                continue
            if paragraph.unless is not None and self.flags.get(paragraph.unless):
                continue
            kept.append(self.fill(paragraph.text))
        return kept
