"""What must be true before the program discloses a person's data, changes a system or signs
a letter: one rule set, used by the window, the command line and every service.

Sending a person's data to someone else is the gravest risk of this work, and an erasure
cannot be undone. So, before the program **discloses** (access, portability) or **changes**
(the execution of erasure, rectification, restriction, objection, consent withdrawal):

- the requester's identity is established for that case, with the method recorded, as strong
  as the setting asks for that right (EDPB guidelines 01/2022 §§ 58–81, Art. 12(6): more only
  where there is reasonable doubt), and a representative's mandate checked;
- the right is decided (granted, or granted in part);
- the review of the data is saved and complete (each missing source skipped with a reason).

Before any letter: the DPO's name and contact and the organisation's address are filled in,
since every letter tells the person how to reach the DPO.

An item is *blocking* (never overridden) or a *warning* (the DPO may override it with a
reason, which is journaled). Each says which step fixes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum, StrEnum

from .answers import LetterKind
from .case import Outcome
from .errors import DomainError
from .french import NBSP, fr_date
from .rights import Right

__all__ = [
    "Checklist",
    "Fix",
    "GateFacts",
    "GateItem",
    "GateRefused",
    "IdentityLevel",
    "IdentityMethod",
    "IdentityPolicy",
    "IdentityProof",
    "Purpose",
    "Severity",
    "checklist",
]


class IdentityLevel(IntEnum):
    """How strongly a method establishes who is asking."""

    KNOWN_CHANNEL = 1  # the request, or a reply, came from what OKLIMA already holds
    MATCHING = 2  # answers matching what is held, or the authenticated customer area
    DOCUMENT = 3  # an identity document seen (not kept), or in person

    @property
    def label_fr(self) -> str:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    IdentityLevel.KNOWN_CHANNEL: "canal déjà connu",
    IdentityLevel.MATCHING: "éléments concordants",
    IdentityLevel.DOCUMENT: "pièce d’identité vue",
}


class IdentityMethod(StrEnum):
    """How the identity was established (EDPB 01/2022 § 65 ff.: the least intrusive means
    that removes a reasonable doubt)."""

    KNOWN_ADDRESS = "known_address"
    REPLY_FROM_KNOWN = "reply_from_known"
    MATCHING_ANSWERS = "matching_answers"
    AUTHENTICATED_ACCOUNT = "authenticated_account"
    DOCUMENT_SEEN = "document_seen"
    IN_PERSON = "in_person"
    OTHER = "other"  # recorded before the method was asked: the note says how

    @property
    def label_fr(self) -> str:
        return _METHODS[self][0]

    @property
    def level(self) -> IdentityLevel:
        return _METHODS[self][1]

    @classmethod
    def recorded(cls, code: object) -> IdentityMethod:
        """The method an event recorded; « autre » for one recorded before methods were asked
        (or unknown to this version)."""
        try:
            return cls(str(code)) if code else cls.OTHER
        except ValueError:
            return cls.OTHER

    @classmethod
    def chosen(cls) -> tuple[IdentityMethod, ...]:
        """The methods a DPO may record now (« autre » is only read from older cases)."""
        return tuple(m for m in cls if m is not cls.OTHER)


_METHODS: dict[IdentityMethod, tuple[str, IdentityLevel]] = {
    IdentityMethod.KNOWN_ADDRESS: (
        "demande reçue de l’adresse ou du compte déjà connus",
        IdentityLevel.KNOWN_CHANNEL,
    ),
    IdentityMethod.REPLY_FROM_KNOWN: (
        "réponse reçue de l’adresse déjà connue",
        IdentityLevel.KNOWN_CHANNEL,
    ),
    IdentityMethod.MATCHING_ANSWERS: (
        "réponses concordant avec les données détenues",
        IdentityLevel.MATCHING,
    ),
    IdentityMethod.AUTHENTICATED_ACCOUNT: (
        "demande faite depuis l’espace client authentifié",
        IdentityLevel.MATCHING,
    ),
    IdentityMethod.DOCUMENT_SEEN: (
        "pièce d’identité vue, non conservée",
        IdentityLevel.DOCUMENT,
    ),
    IdentityMethod.IN_PERSON: ("vérification en personne", IdentityLevel.DOCUMENT),
    IdentityMethod.OTHER: ("autre (voir la note)", IdentityLevel.KNOWN_CHANNEL),
}


@dataclass(frozen=True, slots=True)
class IdentityPolicy:
    """The level each right needs. Defaults: the channel already known suffices, except where
    a mistake is irreversible (erasure) or would divert the person's mail (rectification)."""

    access: IdentityLevel = IdentityLevel.KNOWN_CHANNEL
    portability: IdentityLevel = IdentityLevel.KNOWN_CHANNEL
    rectification: IdentityLevel = IdentityLevel.MATCHING
    erasure: IdentityLevel = IdentityLevel.MATCHING
    restriction: IdentityLevel = IdentityLevel.KNOWN_CHANNEL
    objection: IdentityLevel = IdentityLevel.KNOWN_CHANNEL
    consent_withdrawal: IdentityLevel = IdentityLevel.KNOWN_CHANNEL

    def level_for(self, right: Right) -> IdentityLevel:
        return IdentityLevel(getattr(self, right.value))


@dataclass(frozen=True, slots=True)
class IdentityProof:
    """The latest « identité vérifiée » of the case."""

    method: IdentityMethod
    mandate_checked: bool = False


class Purpose(StrEnum):
    LETTER = "letter"  # any letter signed by the DPO
    DISCLOSE = "disclose"  # the access answer, the portability export
    EXECUTE = "execute"  # an execution in the systems


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


class Fix(StrEnum):
    """The step that clears an item: the window shows its button, the CLI names its command."""

    VERIFY_IDENTITY = "verify_identity"
    DECIDE = "decide"
    REVIEW = "review"
    SETTINGS = "settings"
    OVERRIDE = "override"


@dataclass(frozen=True, slots=True)
class GateItem:
    code: str  # stable: ``identity``, ``decision:erasure``… (an override names it)
    severity: Severity
    text: str  # French, for the DPO
    fix: Fix

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCKING


@dataclass(frozen=True, slots=True)
class GateFacts:
    """What the checklist reads of a case and of the settings."""

    rights_asked: frozenset[Right]
    decisions: Mapping[Right, Outcome | None]
    identity: IdentityProof | None
    representative: bool
    review_saved: bool
    review_waiting: tuple[str, ...]  # names of the sources without an answer nor a skip
    organisation_missing: tuple[tuple[str, str], ...]  # (code, label): settings letters need
    identity_policy: IdentityPolicy = field(default_factory=IdentityPolicy)
    overridden: frozenset[str] = frozenset()  # codes of warnings overridden with a reason
    open_tasks: tuple[OpenTask, ...] = ()  # owners' tasks not yet done


@dataclass(frozen=True, slots=True)
class OpenTask:
    """An owner's task not yet done: the answer to its right would be an interim one."""

    task_id: int
    right: Right
    source_name: str
    due_on: date | None


@dataclass(frozen=True, slots=True)
class Checklist:
    """« Avant de produire / d’exécuter »: what stands in the way, blocking first."""

    title: str
    items: tuple[GateItem, ...]
    overridden: tuple[GateItem, ...] = ()

    @property
    def blocking(self) -> tuple[GateItem, ...]:
        return tuple(i for i in self.items if i.blocking)

    @property
    def warnings(self) -> tuple[GateItem, ...]:
        return tuple(i for i in self.items if not i.blocking)

    @property
    def clear(self) -> bool:
        return not self.items

    def check(self) -> None:
        """Raise :class:`GateRefused` listing every item left, unless none is."""
        if self.items:
            raise GateRefused(self)


class GateRefused(DomainError):
    """A step refused by its checklist; the message lists every item, with its fix."""

    def __init__(self, checklist: Checklist) -> None:
        self.checklist = checklist
        lines = [f"{checklist.title} : à régler d’abord."]
        for item in checklist.items:
            mark = "bloquant" if item.blocking else "avertissement"
            lines.append(f"- [{mark}] {item.text} ({item.code})")
        if checklist.warnings:
            lines.append(
                "Un avertissement peut être levé avec une raison (journalisée) ; "
                "un point bloquant, jamais."
            )
        super().__init__("\n".join(lines))


def checklist(
    facts: GateFacts,
    purpose: Purpose,
    *,
    right: Right | None = None,
    letter: LetterKind | None = None,
) -> Checklist:
    """The items that stand before ``purpose``: for DISCLOSE and EXECUTE, about ``right``;
    for LETTER, about the letter ``letter`` (an access or portability letter discloses)."""
    if purpose is Purpose.LETTER and letter is not None and letter.is_data_package:
        right = Right.ACCESS if letter is LetterKind.ACCESS else Right.PORTABILITY
        purpose = Purpose.DISCLOSE
    items: list[GateItem] = []
    if purpose is not Purpose.EXECUTE:
        items += _organisation_items(facts)
    if purpose is Purpose.LETTER and letter is not None and letter.executed_right is not None:
        items += _task_items(facts, letter.executed_right)
    if purpose is not Purpose.LETTER:
        if right is None:
            raise ValueError("a right is needed to disclose or execute")
        items += _identity_items(facts, right)
        items += _decision_items(facts, right)
        items += _review_items(facts)
    title = _title(purpose, right, letter)
    left = [i for i in items if i.blocking or i.code not in facts.overridden]
    gone = [i for i in items if not i.blocking and i.code in facts.overridden]
    left.sort(key=lambda i: not i.blocking)
    return Checklist(title, tuple(left), tuple(gone))


def _title(purpose: Purpose, right: Right | None, letter: LetterKind | None) -> str:
    if purpose is Purpose.EXECUTE and right is not None:
        return f"Avant d’exécuter « {right.label_fr} »"
    if purpose is Purpose.DISCLOSE and right is not None:
        return f"Avant de communiquer les données (« {right.label_fr} »)"
    return "Avant de produire la lettre"


def _organisation_items(facts: GateFacts) -> list[GateItem]:
    return [
        GateItem(
            f"settings:{code}",
            Severity.BLOCKING,
            f"Paramètres : « {label} » n’est pas renseigné ; chaque lettre dit à la personne "
            "comment joindre le délégué à la protection des données.",
            Fix.SETTINGS,
        )
        for code, label in facts.organisation_missing
    ]


def _task_items(facts: GateFacts, right: Right) -> list[GateItem]:
    """Owners' tasks still open hold the answer back: it would be an interim one. The DPO
    chooses: wait for them (and remind their owners), or lift the warning and answer now."""
    waiting = [t for t in facts.open_tasks if t.right is right]
    if not waiting:
        return []
    named = " ; ".join(
        f"n°{NBSP}{t.task_id} « {t.source_name} »"
        + (f", attendue le {fr_date(t.due_on)}" if t.due_on else "")
        for t in waiting
    )
    return [
        GateItem(
            f"tasks:{right.value}",
            Severity.WARNING,
            f"Tâches des propriétaires encore à faire ({named}) : la réponse serait une réponse "
            "d’étape. Attendre leur fin (et relancer leurs propriétaires), ou lever cet "
            "avertissement pour répondre maintenant.",
            Fix.OVERRIDE,
        )
    ]


def _identity_items(facts: GateFacts, right: Right) -> list[GateItem]:
    proof = facts.identity
    if proof is None:
        return [
            GateItem(
                "identity",
                Severity.BLOCKING,
                "L’identité du demandeur n’est pas établie : enregistrer comment elle l’a été.",
                Fix.VERIFY_IDENTITY,
            )
        ]
    items: list[GateItem] = []
    if facts.representative and not proof.mandate_checked:
        items.append(
            GateItem(
                "mandate",
                Severity.BLOCKING,
                "La demande est faite par un représentant : son mandat n’a pas été vérifié.",
                Fix.VERIFY_IDENTITY,
            )
        )
    needed = facts.identity_policy.level_for(right)
    if proof.method.level < needed:
        items.append(
            GateItem(
                "identity_level",
                Severity.WARNING,
                f"L’identité a été établie par « {proof.method.label_fr} » ; les paramètres "
                f"demandent au moins « {needed.label_fr} » pour « {right.label_fr} ».",
                Fix.VERIFY_IDENTITY,
            )
        )
    return items


def _decision_items(facts: GateFacts, right: Right) -> list[GateItem]:
    if right not in facts.rights_asked:
        return [
            GateItem(
                f"decision:{right.value}",
                Severity.BLOCKING,
                f"La demande ne porte pas sur « {right.label_fr} ».",
                Fix.DECIDE,
            )
        ]
    outcome = facts.decisions.get(right)
    if outcome is None:
        text = f"« {right.label_fr} » n’est pas décidé (accordé, ou accordé en partie)."
    elif outcome is Outcome.REFUSED:
        text = f"« {right.label_fr} » a été refusé : rien à communiquer ni à exécuter."
    else:
        return []
    return [GateItem(f"decision:{right.value}", Severity.BLOCKING, text, Fix.DECIDE)]


def _review_items(facts: GateFacts) -> list[GateItem]:
    if not facts.review_saved:
        return [
            GateItem(
                "review",
                Severity.BLOCKING,
                "La revue des données n’est pas enregistrée (Données : « Enregistrer la revue »).",
                Fix.REVIEW,
            )
        ]
    if facts.review_waiting:
        names = ", ".join(f"« {name} »" for name in facts.review_waiting)
        return [
            GateItem(
                "review_incomplete",
                Severity.BLOCKING,
                f"La revue n’est pas complète : sans réponse de {names} ; relancer, ou écarter "
                "chaque source avec une raison, puis enregistrer la revue.",
                Fix.REVIEW,
            )
        ]
    return []
