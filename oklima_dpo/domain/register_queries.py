"""What the rights ask of the register: the activities that process the categories found for
a person, and from them the portability scope (Art. 20), the recipients (Art. 15(1)(c),
Art. 19), the transfers, the third-party sources (Art. 15(1)(g)) and the legal holds that
keep data despite an erasure (Art. 17(3)(b)).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .register import Activity, DataCategory, Recipient, Register, Retention, Source, Transfer


def activities_using(register: Register, keys: Iterable[str]) -> tuple[Activity, ...]:
    """The activities that process any of these categories (what was found for a person)."""
    wanted = set(keys)
    return tuple(a for a in register.activities if wanted.intersection(a.categories))


@dataclass(frozen=True, slots=True)
class PortableScope:
    activity: Activity
    categories: tuple[DataCategory, ...]


def portability_scope(
    register: Register, keys: Iterable[str] | None = None
) -> tuple[PortableScope, ...]:
    """Art. 20: activities based on consent or contract, with the data the person provided.

    ``keys`` narrows the result to the categories found for the person.
    """
    wanted = None if keys is None else set(keys)
    scopes = []
    for activity in register.activities:
        if not activity.legal_basis.allows_portability:
            continue
        portable = tuple(
            category
            for category in register.categories_of(activity)
            if category.origin.portable and (wanted is None or category.key in wanted)
        )
        if portable:
            scopes.append(PortableScope(activity, portable))
    return tuple(scopes)


def portable_categories(register: Register, keys: Iterable[str] | None = None) -> frozenset[str]:
    """The category keys that a portability export may contain."""
    return frozenset(c.key for scope in portability_scope(register, keys) for c in scope.categories)


def recipients_of(activities: Iterable[Activity]) -> tuple[Recipient, ...]:
    """Each recipient once, in register order (Art. 15(1)(c), Art. 19)."""
    seen: dict[str, Recipient] = {}
    for activity in activities:
        for recipient in activity.recipients:
            seen.setdefault(recipient.id, recipient)
    return tuple(seen.values())


def transfers_of(activities: Iterable[Activity]) -> tuple[Transfer, ...]:
    seen: dict[str, Transfer] = {}
    for activity in activities:
        for transfer in activity.transfers:
            seen.setdefault(transfer.id, transfer)
    return tuple(seen.values())


def sources_by_id(register: Register) -> dict[str, Source]:
    """Every collection channel the register names, by id (the catalogue refers to them)."""
    return {s.id: s for activity in register.activities for s in activity.sources}


def third_party_sources_of(activities: Iterable[Activity]) -> tuple[Source, ...]:
    """Art. 15(1)(g): where data not collected from the person came from."""
    seen: dict[str, Source] = {}
    for activity in activities:
        for source in activity.third_party_sources:
            seen.setdefault(source.id, source)
    return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class LegalHold:
    activity: Activity
    rule: Retention
    categories: tuple[str, ...]  # the categories asked about that the hold keeps


def legal_holds(register: Register, keys: Iterable[str]) -> tuple[LegalHold, ...]:
    """Art. 17(3)(b): retention rules with a legal ground that keep any of these categories."""
    wanted = tuple(dict.fromkeys(keys))
    holds = []
    for activity in register.activities:
        for rule in activity.legal_holds:
            kept = tuple(k for k in wanted if activity.uses(k) and rule.covers(k))
            if kept:
                holds.append(LegalHold(activity, rule, kept))
    return tuple(holds)
