"""What an access answer must tell the person (Art. 15(1)(a)–(h) and 15(2)), derived from the
register for the categories of data actually found — never typed by hand per case.

The activities concerned are those that process a category found *and* that a system where it
was found serves (the catalogue says which activities each system serves); when the systems
name none of them, every activity processing the categories found is taken, so that nothing is
left unsaid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .register import (
    Activity,
    AutomatedDecisions,
    DataCategory,
    Recipient,
    Register,
    Retention,
    RightsInfo,
    Source,
    Text,
    Transfer,
)
from .register_queries import (
    activities_using,
    recipients_of,
    third_party_sources_of,
    transfers_of,
)


@dataclass(frozen=True, slots=True)
class CategoryRetention:
    category: DataCategory
    rules: tuple[Retention, ...]  # (d) the periods, or the criteria, for this category


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

    @property
    def any_automated_decision(self) -> bool:
        return any(decision.exists for decision in self.automated_decisions)


def access_information(
    register: Register,
    found_categories: Iterable[str],
    serving_activities: Iterable[str] = (),
) -> AccessInformation:
    """Art. 15 information for the categories found (keys), narrowed to the activities the
    systems where they were found serve (ids)."""
    keys = tuple(dict.fromkeys(found_categories))
    using = activities_using(register, keys)
    serving = set(serving_activities)
    activities = tuple(a for a in using if a.id in serving) or using
    known = {category.key for category in register.categories}
    categories = tuple(register.category(key) for key in keys if key in known)
    retention = tuple(
        CategoryRetention(
            category,
            tuple(
                dict.fromkeys(
                    rule
                    for activity in activities
                    if activity.uses(category.key)
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
    return AccessInformation(
        activities=activities,
        categories=categories,
        recipients=recipients_of(activities),
        retention=retention,
        rights=register.rights,
        third_party_sources=third_party_sources_of(activities),
        automated_decisions=decisions,
        transfers=transfers_of(activities),
    )
