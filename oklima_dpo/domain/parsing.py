"""Reading the codes users type (rights, channels, outcomes) with messages that list the choices."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from .errors import DomainError

E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], text: str, what: str) -> E:
    """``enum(text)``, in any case, ``-`` and ``_`` alike; else a message naming ``what``."""
    code = text.strip().lower()
    for candidate in (code, code.replace("-", "_"), code.replace("_", "-")):
        if candidate in enum._value2member_map_:
            return enum(candidate)
    known = ", ".join(member.value for member in enum)
    raise DomainError(f"{what} : « {text} » n’est pas reconnu ; choisir parmi {known}.")
