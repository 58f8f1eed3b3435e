"""Text typed by a person, checked the same way for every face (form, command line, mail).

What is stored must read back as it was meant: Unicode in one form (NFC), no control
characters (an ANSI escape printed back to a terminal, a newline in a one-line field), no
invisible characters (a name of zero-width spaces only), no lone surrogates (which no file can
hold), and a bounded length. A refusal says which field and what is wrong, in French.
"""

from __future__ import annotations

import unicodedata

from .errors import DomainError

__all__ = ["InvalidText", "clean_text"]

#: Visible in no font, but legal in Unicode: refused rather than stored unseen.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}


class InvalidText(DomainError):
    """A text field cannot be stored as typed."""


def clean_text(
    text: str,
    label: str,
    *,
    max_length: int,
    multiline: bool = False,
    required: bool = False,
) -> str:
    """``text`` normalised (NFC, outer spaces removed; lines kept only when ``multiline``),
    or :class:`InvalidText` naming ``label``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidText(f"{label} : un caractère est invalide (codage).") from None
    text = unicodedata.normalize("NFC", text)
    # One line: a newline even at the end is refused (it was typed, or pasted, by mistake).
    text = text.replace("\r\n", "\n").strip() if multiline else text.strip(" \t")
    allowed = {"\n", "\t"} if multiline else set()
    for character in text:
        if character in allowed:
            continue
        category = unicodedata.category(character)
        if category == "Cc" or character in ("\u2028", "\u2029"):
            what = "un retour à la ligne" if character in "\r\n" else "un caractère de contrôle"
            raise InvalidText(f"{label} : {what} n’a pas sa place ici (U+{ord(character):04X}).")
        if character in _INVISIBLE or category in ("Cf", "Co", "Cn"):
            raise InvalidText(f"{label} : un caractère invisible (U+{ord(character):04X}).")
    if multiline:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    if required and not text:
        raise InvalidText(f"{label} : à renseigner.")
    if len(text) > max_length:
        raise InvalidText(f"{label} : {len(text)} caractères, au plus {max_length}.")
    return text
