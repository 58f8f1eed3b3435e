"""The errors of the use cases. All are :class:`DpoError`: the faces show their message."""

from __future__ import annotations

from ..domain.errors import DpoError
from ..domain.french import typography

__all__ = ["DpoError", "InvalidInput", "NotFound"]


class NotFound(DpoError):
    """An unknown reference."""


class InvalidInput(DpoError):
    """What was typed cannot be used; ``problems`` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = {name: typography(text) for name, text in problems.items()}
        super().__init__(" ".join(self.problems.values()))
