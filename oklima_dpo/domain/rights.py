"""The rights of the data subject that OKLIMA's charter promises, with their GDPR articles."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .parsing import parse_enum


class Right(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    CONSENT_WITHDRAWAL = "consent_withdrawal"

    @property
    def info(self) -> RightInfo:
        return RIGHTS[self]

    @property
    def label_fr(self) -> str:
        return RIGHTS[self].label_fr

    @property
    def label_en(self) -> str:
        return RIGHTS[self].label_en

    @property
    def article(self) -> str:
        return RIGHTS[self].article


@dataclass(frozen=True, slots=True)
class RightInfo:
    right: Right
    article: str
    label_fr: str
    label_en: str
    short_fr: str


RIGHTS: dict[Right, RightInfo] = {
    info.right: info
    for info in (
        RightInfo(Right.ACCESS, "Art. 15", "Droit d’accès", "Right of access", "Accès"),
        RightInfo(
            Right.RECTIFICATION,
            "Art. 16",
            "Droit de rectification",
            "Right to rectification",
            "Rectification",
        ),
        RightInfo(
            Right.ERASURE, "Art. 17", "Droit à l’effacement", "Right to erasure", "Effacement"
        ),
        RightInfo(
            Right.RESTRICTION,
            "Art. 18",
            "Droit à la limitation du traitement",
            "Right to restriction of processing",
            "Limitation",
        ),
        RightInfo(
            Right.PORTABILITY,
            "Art. 20",
            "Droit à la portabilité",
            "Right to data portability",
            "Portabilité",
        ),
        RightInfo(
            Right.OBJECTION, "Art. 21", "Droit d’opposition", "Right to object", "Opposition"
        ),
        RightInfo(
            Right.CONSENT_WITHDRAWAL,
            "Art. 7(3)",
            "Retrait du consentement",
            "Withdrawal of consent",
            "Retrait du consentement",
        ),
    )
}


#: The rights whose execution is told to each recipient of the data (Art. 19).
ART19_RIGHTS = (Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION)


def parse_right(text: str) -> Right:
    """The right named by its code (``access``, ``consent-withdrawal``…), else a clear error."""
    return parse_enum(Right, text, "Droit")
