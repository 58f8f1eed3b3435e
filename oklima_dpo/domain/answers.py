"""What the program writes for a case: the kinds of letters and packages, how their documents
are named, and which of them answer the request (LEGAL.md §4)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .case import Outcome
from .rights import Right
from .workflow import Status

__all__ = ["EXECUTED", "CaseForLetters", "LetterKind", "letters_for", "next_letter"]


class LetterKind(StrEnum):
    """A letter, with what goes with it (the access annex and data, the portability export).

    The values are the names the command line (``respond --package``) and the journal use.
    """

    ACKNOWLEDGEMENT = "acknowledgement"
    INFORMATION_REQUEST = "information-request"
    EXTENSION = "extension"
    ACCESS = "access"
    PORTABILITY = "portability"
    NO_DATA = "no-data"
    REFUSAL = "refusal"
    RECTIFICATION = "rectification"  # the answers to the other rights: what was done, kept
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    CONSENT_WITHDRAWAL = "consent-withdrawal"
    RESTRICTION_LIFT_NOTICE = "restriction-lift-notice"  # before a restriction is lifted
    FEE_NOTICE = "fee-notice"
    ART19_NOTICE = "art19-notice"  # to a recipient of the data (Art. 19)

    @classmethod
    def answer_to(cls, right: Right) -> LetterKind:
        """The answer letter of a right (named after the rights)."""
        return cls(right.value.replace("_", "-"))

    @property
    def text_key(self) -> str:
        """Its name in the letters' text files (``resources/letters/*.yaml``)."""
        return self.value.replace("-", "_")

    @property
    def code(self) -> str:
        """In the documents' references: ``DR-2025-0001-ACCES-02``."""
        return _CODES[self]

    @property
    def is_answer(self) -> bool:
        """Sending it answers the request (the case moves to answered or refused)."""
        return self in _ANSWERS

    @property
    def executed_right(self) -> Right | None:
        """The right whose execution in the systems this answer reports, if any."""
        return _EXECUTED.get(self)

    @property
    def needs_review(self) -> bool:
        """Built from the case's reviewed data (the catalogue and the register with it)."""
        return self in (LetterKind.ACCESS, LetterKind.PORTABILITY, LetterKind.NO_DATA)

    @property
    def is_data_package(self) -> bool:
        """Carries the person's data: purged with the gathered data (minimisation)."""
        return self in (LetterKind.ACCESS, LetterKind.PORTABILITY)

    @classmethod
    def of_document(cls, filename: str) -> LetterKind | None:
        """The kind a produced document's name says (``…-ACCES-02.pdf``), if any."""
        for kind in cls:
            if f"-{kind.code}-" in filename:
                return kind
        return None


@dataclass(frozen=True, slots=True)
class CaseForLetters:
    """What decides which letters fit a case: its status, the rights asked with the DPO's
    decision on each (None: not decided), whether it was extended, the letters already
    produced."""

    status: Status
    decisions: Mapping[Right, Outcome | None]
    extended: bool = False
    produced: frozenset[LetterKind] = frozenset()


def letters_for(case: CaseForLetters) -> tuple[LetterKind, ...]:
    """The letters that fit the case, in the window's order: those of its rights and state
    only (no portability export for an erasure, no extension letter before the extension)."""
    rights = case.decisions
    fitting: list[LetterKind] = []
    if case.status.is_open:
        fitting += [LetterKind.ACKNOWLEDGEMENT, LetterKind.INFORMATION_REQUEST]
    if case.extended:
        fitting.append(LetterKind.EXTENSION)
    for right in Right:
        if right not in rights or rights[right] is Outcome.REFUSED:
            continue
        fitting.append(LetterKind.answer_to(right))
        if right is Right.ACCESS:
            fitting.append(LetterKind.NO_DATA)
        if right is Right.RESTRICTION:
            fitting.append(LetterKind.RESTRICTION_LIFT_NOTICE)
    if any(outcome is not None and outcome.needs_ground for outcome in rights.values()):
        fitting.append(LetterKind.REFUSAL)
    return tuple(kind for kind in _ORDER if kind in fitting)


def next_letter(case: CaseForLetters) -> LetterKind:
    """The letter a DPO would produce next, preselected to save a click: the acknowledgement
    of a request just received, the question while information is awaited, the extension
    letter once extended, else the answer to each decided right not yet produced (refusals
    last), else the first letter that fits."""
    fitting = letters_for(case)
    if case.status is Status.RECEIVED:
        return LetterKind.ACKNOWLEDGEMENT
    if case.status is Status.AWAITING_INFO and LetterKind.INFORMATION_REQUEST not in case.produced:
        return LetterKind.INFORMATION_REQUEST
    if case.extended and LetterKind.EXTENSION not in case.produced:
        return LetterKind.EXTENSION
    for right in Right:
        answer = LetterKind.answer_to(right)
        decided = case.decisions.get(right)
        if decided is not None and answer in fitting and answer not in case.produced:
            return answer
    if LetterKind.REFUSAL in fitting and LetterKind.REFUSAL not in case.produced:
        return LetterKind.REFUSAL
    answers = [kind for kind in fitting if kind.is_answer]
    return answers[0] if answers else fitting[0] if fitting else LetterKind.ACKNOWLEDGEMENT


_EXECUTED = {
    LetterKind.RECTIFICATION: Right.RECTIFICATION,
    LetterKind.ERASURE: Right.ERASURE,
    LetterKind.RESTRICTION: Right.RESTRICTION,
    LetterKind.OBJECTION: Right.OBJECTION,
    LetterKind.CONSENT_WITHDRAWAL: Right.CONSENT_WITHDRAWAL,
}
#: Answers that say what was carried out in the systems (an execution of that right).
EXECUTED = tuple(_EXECUTED)

_ANSWERS = frozenset(
    {LetterKind.ACCESS, LetterKind.PORTABILITY, LetterKind.REFUSAL, LetterKind.NO_DATA, *EXECUTED}
)

#: The order the window lists letters in (the order of PACKAGE in ``services.code_words``).
_ORDER = (
    LetterKind.ACKNOWLEDGEMENT,
    LetterKind.INFORMATION_REQUEST,
    LetterKind.EXTENSION,
    LetterKind.ACCESS,
    LetterKind.PORTABILITY,
    LetterKind.NO_DATA,
    LetterKind.REFUSAL,
    LetterKind.RECTIFICATION,
    LetterKind.ERASURE,
    LetterKind.RESTRICTION,
    LetterKind.OBJECTION,
    LetterKind.CONSENT_WITHDRAWAL,
    LetterKind.RESTRICTION_LIFT_NOTICE,
)

_CODES = {
    LetterKind.RECTIFICATION: "RECTIF",
    LetterKind.ERASURE: "EFFAC",
    LetterKind.RESTRICTION: "LIMIT",
    LetterKind.OBJECTION: "OPPOS",
    LetterKind.CONSENT_WITHDRAWAL: "RETRAIT",
    LetterKind.ACCESS: "ACCES",
    LetterKind.PORTABILITY: "PORTAB",
    LetterKind.ACKNOWLEDGEMENT: "AR",
    LetterKind.INFORMATION_REQUEST: "INFO",
    LetterKind.EXTENSION: "PROLONG",
    LetterKind.REFUSAL: "REFUS",
    LetterKind.NO_DATA: "NEANT",
    LetterKind.RESTRICTION_LIFT_NOTICE: "LEVEE",
    LetterKind.FEE_NOTICE: "FRAIS",
    LetterKind.ART19_NOTICE: "ART19",
}
