"""Reading arguments: each function turns the text typed into a value, or raises
``argparse.ArgumentTypeError`` with a French message that argparse prints (exit 2).

Only the shape of what was typed is checked here (a date, a known name, a number); whether the
case allows it is the services' to say.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain.deadlines import Suspension
from ..domain.errors import DpoError
from ..domain.french import PARIS
from ..domain.parsing import parse_enum
from ..domain.rights import Right, parse_right
from ..domain.workflow import EventKind

# The steps `cases event` records, by the names the command line uses.
EVENT_KINDS = {
    "acknowledged": EventKind.ACKNOWLEDGED,
    "info-requested": EventKind.INFO_REQUESTED,
    "info-received": EventKind.INFO_RECEIVED,
    "identity-verified": EventKind.IDENTITY_VERIFIED,
    "extended": EventKind.EXTENDED,
    "answered": EventKind.SENT,
    "closed": EventKind.CLOSED,
    "withdrawn": EventKind.WITHDRAWN,
    "reopened": EventKind.REOPENED,
    "note": EventKind.NOTE,
}


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » n’est pas une date au format AAAA-MM-JJ"
        ) from None


def parse_moment(text: str) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, Paris time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » n’est pas une date au format AAAA-MM-JJ ou AAAA-MM-JJTHH:MM"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=PARIS)


def parse_suspension(text: str) -> Suspension:
    """``FROM:TO``; ``FROM:`` for a suspension still open."""
    start, sep, end = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"« {text} » : attendu DEBUT:FIN (AAAA-MM-JJ:AAAA-MM-JJ)")
    first = parse_day(start)
    last = parse_day(end) if end.strip() else None
    if last is not None and last < first:
        raise argparse.ArgumentTypeError(f"« {text} » : la fin précède le début")
    return Suspension(first, last)


def enum_argument(enum: type[Enum], what: str) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return parse_enum(enum, text, what)  # type: ignore[type-var]
        except DpoError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return convert


def right_argument(text: str) -> Right:
    try:
        return parse_right(text)
    except DpoError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def event_argument(text: str) -> EventKind:
    kind = EVENT_KINDS.get(text.strip().lower().replace("_", "-"))
    if kind is None:
        raise argparse.ArgumentTypeError(
            f"étape « {text} » inconnue : choisir parmi {', '.join(EVENT_KINDS)}"
        )
    return kind


def package_argument(text: str) -> Any:
    from ..domain.answers import LetterKind

    try:
        return LetterKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(kind.value for kind in LetterKind)
        raise argparse.ArgumentTypeError(f"« {text} » inconnu : choisir parmi {choices}") from None


def correction_argument(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or name.count(".") != 2:
        raise argparse.ArgumentTypeError(
            f"« {text} » : attendu SOURCE.TABLE.CHAMP=VALEUR (crm.customers.email=…)"
        )
    return name, value.strip()


def positive_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n’est pas un nombre entier") from None
    if not 1 <= value <= 5_000_000:
        raise argparse.ArgumentTypeError(f"{value} : choisir entre 1 et 5 000 000")
    return value


def number_argument(text: str) -> int:
    """The number of a task, a document or an execution, as the lists print it."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n’est pas un numéro") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"« {text} » n’est pas un numéro")
    return value


def text_argument(text: str) -> str:
    """A reason, an answer, a channel: something must be said (the service says what)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("le texte est vide")
    return text


def existing_file(text: str) -> Path:
    """A file to attach: it must be there (the service then checks its size)."""
    path = Path(text).expanduser()
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"le fichier « {text} » est introuvable")
    return path


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def wording_file(text: str) -> list[str]:
    """A letter's wording as the window edits it: one paragraph per block, the blocks separated
    by a blank line (UTF-8 text)."""
    path = existing_file(text)
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise argparse.ArgumentTypeError(f"« {text} » illisible : {error}") from None
    blocks = _BLANK_LINE.split(content.replace("\r\n", "\n").strip())
    paragraphs = [block.strip() for block in blocks if block.strip()]
    if not paragraphs:
        raise argparse.ArgumentTypeError(f"« {text} » est vide : écrire au moins un paragraphe")
    return paragraphs
