"""The register of processing (GDPR Art. 30) as OKLIMA's charter describes it.

Plain frozen data built by ``config.register_file`` from ``resources/register/oklima.yaml``.
Access letters (Art. 15), the portability scope (Art. 20), erasure exceptions (Art. 17(3)) and
Art. 19 notices are derived from it (:mod:`.register_queries`), never typed by hand per case.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .rights import Right


class LegalBasis(StrEnum):
    CONTRACT = "contract"
    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    NOT_STATED = "not_stated"  # the charter names the processing but not its basis

    @property
    def label_fr(self) -> str:
        return _BASIS_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _BASIS_LABELS[self][1]

    @property
    def allows_portability(self) -> bool:
        """Art. 20(1)(a): only processing based on consent or on a contract."""
        return self in (LegalBasis.CONTRACT, LegalBasis.CONSENT)


_BASIS_LABELS = {
    LegalBasis.CONTRACT: ("Exécution du contrat", "Performance of the contract"),
    LegalBasis.CONSENT: ("Consentement", "Consent"),
    LegalBasis.LEGITIMATE_INTEREST: ("Intérêt légitime", "Legitimate interest"),
    LegalBasis.LEGAL_OBLIGATION: ("Obligation légale", "Legal obligation"),
    LegalBasis.NOT_STATED: ("Non précisée par la charte", "Not stated in the charter"),
}


class Origin(StrEnum):
    """How OKLIMA comes to hold a category of data (WP242 on portability)."""

    PROVIDED = "provided"  # given by the person (forms, letters, answers)
    OBSERVED = "observed"  # produced by the person's use of the service (logs, browsing)
    INFERRED = "inferred"  # deduced by OKLIMA from other data
    GENERATED = "generated"  # made by OKLIMA (numbers it assigns, its own letters, invoices)

    @property
    def label_fr(self) -> str:
        return _ORIGIN_LABELS[self]

    @property
    def portable(self) -> bool:
        """Art. 20 covers what the person provided, including what their use produced."""
        return self in (Origin.PROVIDED, Origin.OBSERVED)


_ORIGIN_LABELS = {
    Origin.PROVIDED: "fournie par la personne",
    Origin.OBSERVED: "observée (usage du service)",
    Origin.INFERRED: "déduite par OKLIMA",
    Origin.GENERATED: "produite par OKLIMA",
}


class DurationUnit(StrEnum):
    MONTHS = "months"
    YEARS = "years"


class RetentionEvent(StrEnum):
    """What a retention period runs from (with a duration) or lasts until (without one)."""

    CONTRACT_END = "contract_end"
    CONTRACT_TERMINATION = "contract_termination"
    CREATION = "creation"
    RECEIPT = "receipt"
    COLLECTION = "collection"
    LEGAL_REQUIREMENT = "legal_requirement"
    NOT_STATED = "not_stated"


_AFTER_EVENT = {
    RetentionEvent.CONTRACT_END: "après la fin de la relation contractuelle",
    RetentionEvent.CONTRACT_TERMINATION: "après la résiliation du contrat",
    RetentionEvent.CREATION: "après leur réalisation",
    RetentionEvent.RECEIPT: "après réception",
    RetentionEvent.COLLECTION: "à compter de la collecte",
    RetentionEvent.LEGAL_REQUIREMENT: "(obligation légale)",
    RetentionEvent.NOT_STATED: "",
}
_UNTIL_EVENT = {
    RetentionEvent.CONTRACT_END: "jusqu’à la fin de la relation contractuelle",
    RetentionEvent.CONTRACT_TERMINATION: "jusqu’à la résiliation du contrat",
    RetentionEvent.CREATION: "jusqu’à leur réalisation",
    RetentionEvent.RECEIPT: "jusqu’à réception",
    RetentionEvent.COLLECTION: "jusqu’à la collecte",
    RetentionEvent.LEGAL_REQUIREMENT: "durée nécessaire au respect de l’obligation légale",
    RetentionEvent.NOT_STATED: "durée non précisée par la charte",
}


class RecipientKind(StrEnum):
    INTERNAL = "internal"
    PROCESSOR = "processor"
    AUTHORITY = "authority"
    PARTNER = "partner"

    @property
    def label_fr(self) -> str:
        return _RECIPIENT_LABELS[self]


_RECIPIENT_LABELS = {
    RecipientKind.INTERNAL: "service interne",
    RecipientKind.PROCESSOR: "sous-traitant",
    RecipientKind.AUTHORITY: "autorité ou tiers autorisé",
    RecipientKind.PARTNER: "partenaire",
}


class Safeguard(StrEnum):
    """Chapter V GDPR: what makes a transfer outside the EU lawful."""

    STANDARD_CONTRACTUAL_CLAUSES = "standard_contractual_clauses"
    BINDING_CORPORATE_RULES = "binding_corporate_rules"
    ADEQUACY_DECISION = "adequacy_decision"
    NONE = "none"

    @property
    def label_fr(self) -> str:
        return _SAFEGUARD_LABELS[self]


_SAFEGUARD_LABELS = {
    Safeguard.STANDARD_CONTRACTUAL_CLAUSES: "clauses contractuelles types (art. 46 RGPD)",
    Safeguard.BINDING_CORPORATE_RULES: "règles d’entreprise contraignantes (art. 47 RGPD)",
    Safeguard.ADEQUACY_DECISION: "décision d’adéquation (art. 45 RGPD)",
    Safeguard.NONE: "aucune garantie",
}


class SourceKind(StrEnum):
    PERSON = "person"  # collected from the person (Art. 13), by hand or by their use
    THIRD_PARTY = "third_party"  # obtained from someone else (Art. 14; Art. 15(1)(g))

    @property
    def label_fr(self) -> str:
        return "auprès de la personne" if self is SourceKind.PERSON else "auprès de tiers"


class AutomatedDecisions(StrEnum):
    """Art. 15(1)(h): automated decision-making, including profiling (Art. 22)."""

    NONE = "none"
    NOT_STATED = "not_stated"
    EXISTS = "exists"  # then the register describes the logic involved

    @property
    def label_fr(self) -> str:
        return _AUTOMATED_LABELS[self]


_AUTOMATED_LABELS = {
    AutomatedDecisions.NONE: "Aucune décision automatisée ni profilage",
    AutomatedDecisions.NOT_STATED: "Non mentionnées par la charte",
    AutomatedDecisions.EXISTS: "Décision automatisée",
}


@dataclass(frozen=True, slots=True)
class Text:
    """A text the register gives in French and in English (letters are written in both)."""

    fr: str
    en: str


@dataclass(frozen=True, slots=True)
class Duration:
    value: int
    unit: DurationUnit

    @property
    def months(self) -> int:
        return self.value * 12 if self.unit is DurationUnit.YEARS else self.value

    @property
    def label_fr(self) -> str:
        if self.unit is DurationUnit.MONTHS:
            return f"{self.value} mois"
        return f"{self.value} an" if self.value == 1 else f"{self.value} ans"


@dataclass(frozen=True, slots=True)
class DataCategory:
    key: str  # dotted, fideslang-compatible where one fits (``user.contact.email``)
    label: Text
    origin: Origin
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Retention:
    """One retention rule of the charter.

    With a duration, the period runs from ``event``; without one, the data are kept until
    ``event`` (or as the text says, for ``legal_requirement`` and ``not_stated``).
    ``categories`` empty: the rule is worded for the activity's data as a whole.
    """

    id: str
    text: Text  # the charter's words
    event: RetentionEvent
    duration: Duration | None = None
    categories: tuple[str, ...] = ()
    data: Text | None = None  # which data, as the charter names them
    extension: Text | None = None  # e.g. prolonged while an unpaid debt is handled
    archive: Text | None = None  # restricted-access archiving after the period
    legal_ground: Text | None = None  # a legal hold: Art. 17(3)(b) erasure exception

    @property
    def is_legal_hold(self) -> bool:
        return self.legal_ground is not None

    def covers(self, key: str) -> bool:
        return not self.categories or key in self.categories

    @property
    def summary_fr(self) -> str:
        if self.duration is None:
            text = _UNTIL_EVENT[self.event]
        else:
            text = f"{self.duration.label_fr} {_AFTER_EVENT[self.event]}".strip()
        if self.is_legal_hold and self.data is not None:
            text += f" ({self.data.fr})"  # « 10 ans (factures) »: say what the hold keeps
        return text


@dataclass(frozen=True, slots=True)
class Recipient:
    id: str
    kind: RecipientKind
    name: Text
    examples: Text | None = None
    condition: Text | None = None


@dataclass(frozen=True, slots=True)
class Transfer:
    """Transfers outside the EU and their safeguards (Art. 15(2))."""

    id: str
    destination: Text
    countries: tuple[str, ...]  # empty when the charter names none
    safeguards: tuple[Safeguard, ...]
    text: Text
    copy: Text | None = None  # how to obtain a copy of the safeguards


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    kind: SourceKind
    label: Text
    condition: Text | None = None


@dataclass(frozen=True, slots=True)
class Activity:
    id: str
    name: Text
    purposes: tuple[Text, ...]
    legal_basis: LegalBasis
    categories: tuple[str, ...]
    retention: tuple[Retention, ...]
    recipients: tuple[Recipient, ...]
    transfers: tuple[Transfer, ...]
    sources: tuple[Source, ...]
    automated_decisions: AutomatedDecisions
    legitimate_interest: Text | None = None  # the interest pursued, when that is the basis
    automated_decisions_text: Text | None = None
    note: Text | None = None

    def uses(self, key: str) -> bool:
        return key in self.categories

    @property
    def collected_from_person(self) -> bool:
        return any(source.kind is SourceKind.PERSON for source in self.sources)

    @property
    def third_party_sources(self) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if s.kind is SourceKind.THIRD_PARTY)

    @property
    def legal_holds(self) -> tuple[Retention, ...]:
        return tuple(rule for rule in self.retention if rule.is_legal_hold)

    def retention_for(self, key: str) -> tuple[Retention, ...]:
        return tuple(rule for rule in self.retention if rule.covers(key))


@dataclass(frozen=True, slots=True)
class Controller:
    name: str
    address: str
    email: str


@dataclass(frozen=True, slots=True)
class Dpo:
    designated: bool  # whether the charter names a data protection officer
    contact: str | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class ExerciseChannel:
    kind: str  # "email" | "post"
    address: str


@dataclass(frozen=True, slots=True)
class RightsInfo:
    """The rights the charter lists, where to exercise them, and the complaint authority."""

    rights: tuple[Right, ...]
    channels: tuple[ExerciseChannel, ...]
    complaint: Text


@dataclass(frozen=True, slots=True)
class Register:
    charter_title: str
    charter_file: str
    controller: Controller
    dpo: Dpo
    rights: RightsInfo
    categories: tuple[DataCategory, ...]
    activities: tuple[Activity, ...]
    remarks: tuple[Text, ...] = ()  # where the charter is silent or unclear

    def category(self, key: str) -> DataCategory:
        for category in self.categories:
            if category.key == key:
                return category
        raise KeyError(key)

    def activity(self, activity_id: str) -> Activity:
        for activity in self.activities:
            if activity.id == activity_id:
                return activity
        raise KeyError(activity_id)

    def categories_of(self, activity: Activity) -> tuple[DataCategory, ...]:
        return tuple(self.category(key) for key in activity.categories)
