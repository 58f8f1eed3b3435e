"""What the program writes for a case: the kinds of letters and packages, how their documents
are named, and which of them answer the request (LEGAL.md §4)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from .rights import Right
from .workflow import Status

__all__ = ["EXECUTED", "LetterKind", "suggested_letter"]


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


def suggested_letter(status: Status, rights: Iterable[Right]) -> LetterKind:
    """What a DPO would produce next for a case, to save a click (any other letter stays one
    choice away): the acknowledgement of a request just received, else the answer to access,
    else the portability export, else an acknowledgement."""
    if status is Status.RECEIVED:
        return LetterKind.ACKNOWLEDGEMENT
    asked = set(rights)
    if Right.ACCESS in asked:
        return LetterKind.ACCESS
    if Right.PORTABILITY in asked:
        return LetterKind.PORTABILITY
    return LetterKind.ACKNOWLEDGEMENT


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
