"""Words marked for Qt Linguist without importing Qt: the services word what the window shows
and what leaves the program (the case file) alike.

``pyside6-lupdate`` finds translatable strings by the call's name in the source text, so this
module's ``QT_TRANSLATE_NOOP("context", "text")`` marks them as Qt's own does, and returns the
French text. Functions that word something take ``translate`` (French as it is by default);
the window passes ``QCoreApplication.translate`` of the context. Placeholders (``%1``) are filled
after translation, never inside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["QT_TRANSLATE_NOOP", "Translate", "fill", "same"]

#: French text → the text shown: the identity for documents, Qt's translation in the window.
Translate = Callable[[str], str]

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate in ``context`` (a literal, as lupdate reads it)."""
    return text


def same(text: str) -> str:
    """No translation: the French words."""
    return text


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``… replaced by ``values`` in one pass (a value holding « %2 » stays)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]), template)
