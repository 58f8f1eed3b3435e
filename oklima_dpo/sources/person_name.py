"""The person's name as the systems may store it: split into first and last names either
way round, accents and case ignored (:func:`~oklima_dpo.domain.identity.fold_name`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.catalogue import TableSpec
from ..domain.identity import IdentifierKind, fold_name, normalise
from .connectors.base import Record


@dataclass(frozen=True, slots=True)
class NameParts:
    """The person's name split the ways a system may store it (accents and case ignored)."""

    full: str
    last_names: list[str]
    full_names: list[str]
    firsts_for_last: dict[str, str]

    @classmethod
    def of(cls, name: str | None) -> NameParts | None:
        folded = fold_name(name or "")
        words = folded.split()
        if len(words) < 2:
            return None
        firsts_for_last = {
            " ".join(words[cut:]): " ".join(words[:cut]) for cut in range(1, len(words))
        }
        reversed_orders = [" ".join(words[cut:] + words[:cut]) for cut in range(1, len(words))]
        return cls(folded, list(firsts_for_last), [folded, *reversed_orders], firsts_for_last)

    def matches(self, record: Record, fields: dict[IdentifierKind, str]) -> bool:
        if IdentifierKind.LAST_NAME in fields:
            held_last = record.fields.get(fields[IdentifierKind.LAST_NAME])
            last = normalise(IdentifierKind.LAST_NAME, held_last)
            if last not in self.firsts_for_last:
                return False
            first_field = fields.get(IdentifierKind.FIRST_NAME)
            if first_field is None:
                return True
            first = normalise(IdentifierKind.FIRST_NAME, record.fields.get(first_field))
            return first == self.firsts_for_last[last]
        held = record.fields.get(fields[IdentifierKind.FULL_NAME])
        return normalise(IdentifierKind.FULL_NAME, held) in self.full_names

    def differs(self, record: Record, table: TableSpec) -> bool:
        """The record names someone, and not the person (a shared e-mail, a family)."""
        fields = {kind: name for name, kind in table.identity_fields()}
        has_last = IdentifierKind.LAST_NAME in fields
        if not has_last and IdentifierKind.FULL_NAME not in fields:
            return False
        name_kind = IdentifierKind.LAST_NAME if has_last else IdentifierKind.FULL_NAME
        held = record.fields.get(fields[name_kind])
        if normalise(IdentifierKind.FULL_NAME, held) is None:
            return False  # no name stored: nothing to contradict
        return not self.matches(record, fields)
