"""What every connector offers: check the real source against the catalogue, find records.

Connectors are read-only. ``find`` receives identifiers already normalised
(:func:`oklima_dpo.sources.matching.normalise`) and returns the records whose field, once
normalised the same way, equals one of them — literally: ``%``, ``_``, quotes and SQL words
in an identifier match themselves and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ...domain.errors import DpoError
from ...domain.identity import IdentifierKind


class SourceFailure(DpoError):
    """A source could not answer (missing, locked, timed out, credentials refused).

    The message says which source and why, in French; gathering marks the source failed and
    goes on with the others.
    """


def source_failure(name: str, what: str) -> SourceFailure:
    """« Source « CRM » : what went wrong. », the one way every connector says it."""
    return SourceFailure(f"Source « {name} » : {what}.")


@dataclass(frozen=True, slots=True)
class Record:
    table: str
    key: str  # readable and stable: ``customer_no=CL00012345``, ``ligne 17``, a Message-ID
    fields: dict[str, Any]  # every catalogued field: str, int, float, bool, date/datetime or None


class Connector(Protocol):
    def check(self) -> list[str]:
        """Problems of the real source against the catalogue (a missing table or column).

        Raises :class:`SourceFailure` when the source cannot be reached at all.
        """
        ...

    def find(
        self, table: str, field: str, kind: IdentifierKind, values: Sequence[str]
    ) -> list[Record]:
        """Records of ``table`` whose ``field`` identifies one of ``values`` (normalised).

        For a field that ``mentions`` identifiers, the records whose text mentions one.
        Raises :class:`SourceFailure`.
        """
        ...

    def close(self) -> None: ...
