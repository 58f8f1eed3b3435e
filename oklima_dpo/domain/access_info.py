"""What an access answer must tell the person (Art. 15(1)(a)–(h) and 15(2)), derived from the
register for the records actually found — never typed by hand per case.

An activity concerns the person when a system where one of their records was found serves it
*and* it processes a category of that record (the catalogue says which activities each system
serves); a record whose system names none is tied to every activity processing its
categories, so that nothing is left unsaid. The answer groups the activities by legal basis,
as the charter states its retention rules, so that each rule is given once.

Where the data came from (Art. 15(1)(g)) is this person's: the origin each record carries in
the catalogue (its table's ``collected_from``, or a field whose value names it); only for
records whose origin is not recorded are the register's possible sources given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .register import (
    Activity,
    AutomatedDecisions,
    DataCategory,
    LegalBasis,
    Recipient,
    Register,
    Retention,
    RightsInfo,
    Source,
    SourceKind,
    Text,
    Transfer,
)
from .register_queries import (
    activities_using,
    recipients_of,
    sources_by_id,
    third_party_sources_of,
    transfers_of,
)


@dataclass(frozen=True, slots=True)
class FoundRecord:
    """What one record included in the answer tells the Art. 15 information."""

    categories: tuple[str, ...]  # the register's keys of its non-empty fields
    activities: tuple[str, ...] = ()  # the register's activities its system serves
    origins: tuple[str, ...] = ()  # the register's sources it came from; empty: not recorded


@dataclass(frozen=True, slots=True)
class CategoryRetention:
    category: DataCategory
    rules: tuple[Retention, ...]  # (d) the periods, or the criteria, for this category


@dataclass(frozen=True, slots=True)
class BasisGroup:
    """The activities sharing one legal basis, the data of the person they process, and the
    retention rules not already given for an earlier group."""

    basis: LegalBasis
    activities: tuple[Activity, ...]
    categories: tuple[DataCategory, ...]
    retention: tuple[Retention, ...]


@dataclass(frozen=True, slots=True)
class AutomatedDecision:
    activity: Activity
    exists: bool
    logic: Text | None  # the logic involved, when there is one


@dataclass(frozen=True, slots=True)
class AccessInformation:
    activities: tuple[Activity, ...]  # (a) purposes and legal bases
    categories: tuple[DataCategory, ...]  # (b)
    recipients: tuple[Recipient, ...]  # (c)
    retention: tuple[CategoryRetention, ...]  # (d)
    rights: RightsInfo  # (e) and (f): the rights, where to use them, the CNIL
    third_party_sources: tuple[Source, ...]  # (g) where data not collected from the person came
    automated_decisions: tuple[AutomatedDecision, ...]  # (h)
    transfers: tuple[Transfer, ...]  # Art. 15(2): outside the EU, with their safeguards
    groups: tuple[BasisGroup, ...] = ()  # the activities by legal basis, as the answer says them
    origins: tuple[Source, ...] = ()  # where this person's records came from, as recorded
    unrecorded: int = 0  # records whose origin no system records
    possible_sources: tuple[Source, ...] = ()  # for those: the third parties the charter names

    @property
    def any_automated_decision(self) -> bool:
        return any(decision.exists for decision in self.automated_decisions)


def access_information(register: Register, found: Iterable[FoundRecord]) -> AccessInformation:
    """Art. 15 information for the records found, each tied to the activities its system
    serves and to the origin recorded for it."""
    records = tuple(found)
    concerned = _concerned(register, records)
    activities = tuple(a for a in register.activities if a.id in concerned)
    known = {category.key for category in register.categories}
    keys = tuple(dict.fromkeys(k for r in records for k in r.categories if k in known))
    categories = tuple(register.category(key) for key in keys)
    retention = tuple(
        CategoryRetention(
            category,
            tuple(
                dict.fromkeys(
                    rule
                    for activity in activities
                    if category.key in concerned[activity.id]
                    for rule in activity.retention_for(category.key)
                )
            ),
        )
        for category in categories
    )
    decisions = tuple(
        AutomatedDecision(
            activity,
            activity.automated_decisions is AutomatedDecisions.EXISTS,
            activity.automated_decisions_text,
        )
        for activity in activities
    )
    sources = sources_by_id(register)
    origins = tuple(dict.fromkeys(sources[o] for r in records for o in r.origins if o in sources))
    unrecorded = [r for r in records if not any(o in sources for o in r.origins)]
    return AccessInformation(
        activities=activities,
        categories=categories,
        recipients=recipients_of(activities),
        retention=retention,
        rights=register.rights,
        third_party_sources=tuple(s for s in origins if s.kind is SourceKind.THIRD_PARTY),
        automated_decisions=decisions,
        transfers=transfers_of(activities),
        groups=_groups(register, activities, concerned),
        origins=origins,
        unrecorded=len(unrecorded),
        possible_sources=third_party_sources_of(
            a for a in activities if any(a.id in _tied(register, r) for r in unrecorded)
        ),
    )


def _tied(register: Register, record: FoundRecord) -> set[str]:
    """The activities a record concerns: those its system serves that process one of its
    categories; when its system names none, every activity processing them."""
    using = activities_using(register, record.categories)
    serving = set(record.activities)
    return {a.id for a in using if not serving or a.id in serving}


def _concerned(register: Register, records: tuple[FoundRecord, ...]) -> dict[str, set[str]]:
    """Activity id → the categories of this person it processes."""
    concerned: dict[str, set[str]] = {}
    for record in records:
        for activity_id in _tied(register, record):
            activity = register.activity(activity_id)
            concerned.setdefault(activity_id, set()).update(
                key for key in record.categories if activity.uses(key)
            )
    return concerned


_BASIS_ORDER = (
    LegalBasis.CONTRACT,
    LegalBasis.LEGAL_OBLIGATION,
    LegalBasis.LEGITIMATE_INTEREST,
    LegalBasis.CONSENT,
    LegalBasis.NOT_STATED,
)


def _groups(
    register: Register, activities: tuple[Activity, ...], concerned: dict[str, set[str]]
) -> tuple[BasisGroup, ...]:
    groups = []
    given: set[str] = set()  # retention rules already stated: each is said once
    for basis in _BASIS_ORDER:
        members = tuple(a for a in activities if a.legal_basis is basis)
        if not members:
            continue
        keys = set().union(*(concerned[a.id] for a in members))
        rules = []
        for activity in members:
            for rule in activity.retention:
                if rule.id not in given and any(rule.covers(k) for k in concerned[activity.id]):
                    given.add(rule.id)
                    rules.append(rule)
        groups.append(
            BasisGroup(
                basis,
                members,
                tuple(c for c in register.categories if c.key in keys),
                tuple(rules),
            )
        )
    return tuple(groups)
