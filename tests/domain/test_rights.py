"""The seven rights of OKLIMA's charter with their GDPR articles; reading codes users type."""

from __future__ import annotations

import pytest

from oklima_dpo.domain.case import Channel
from oklima_dpo.domain.deadlines import Calendar
from oklima_dpo.domain.errors import DomainError
from oklima_dpo.domain.parsing import parse_enum
from oklima_dpo.domain.rights import RIGHTS, Right, parse_right
from oklima_dpo.domain.workflow import Status

EXPECTED = [
    (Right.ACCESS, "Art. 15", "Droit d’accès", "Right of access"),
    (Right.RECTIFICATION, "Art. 16", "Droit de rectification", "Right to rectification"),
    (Right.ERASURE, "Art. 17", "Droit à l’effacement", "Right to erasure"),
    (
        Right.RESTRICTION,
        "Art. 18",
        "Droit à la limitation du traitement",
        "Right to restriction of processing",
    ),
    (Right.PORTABILITY, "Art. 20", "Droit à la portabilité", "Right to data portability"),
    (Right.OBJECTION, "Art. 21", "Droit d’opposition", "Right to object"),
    (Right.CONSENT_WITHDRAWAL, "Art. 7(3)", "Retrait du consentement", "Withdrawal of consent"),
]


def test_seven_rights_in_charter_order() -> None:
    assert [row[0] for row in EXPECTED] == list(Right)
    assert set(RIGHTS) == set(Right)


@pytest.mark.parametrize(("right", "article", "label_fr", "label_en"), EXPECTED)
def test_right_article_and_labels(right: Right, article: str, label_fr: str, label_en: str) -> None:
    """Letters cite the article; labels exist in French and English (LEGAL.md §4)."""
    assert right.article == article
    assert right.label_fr == label_fr
    assert right.label_en == label_en
    assert right.info is RIGHTS[right]
    assert right.info.right is right
    assert right.info.short_fr
    assert "'" not in right.label_fr + right.info.short_fr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("access", Right.ACCESS),
        ("ACCESS", Right.ACCESS),
        (" Erasure ", Right.ERASURE),
        ("consent-withdrawal", Right.CONSENT_WITHDRAWAL),
        ("consent_withdrawal", Right.CONSENT_WITHDRAWAL),
        ("Consent-Withdrawal", Right.CONSENT_WITHDRAWAL),
    ],
)
def test_parse_right(text: str, expected: Right) -> None:
    """Codes in any case, with « - » or « _ »."""
    assert parse_right(text) is expected


def test_parse_right_rejects_unknown_code_listing_the_choices() -> None:
    with pytest.raises(DomainError) as raised:
        parse_right("acces")
    assert str(raised.value) == (
        "Droit\u00a0: «\u00a0acces\u00a0» n’est pas reconnu\u00a0; choisir parmi access, "
        "rectification, erasure, restriction, portability, objection, consent_withdrawal."
    )


@pytest.mark.parametrize("text", ["", "  ", "15", "Art. 15", "access right"])
def test_parse_right_rejects(text: str) -> None:
    with pytest.raises(DomainError, match="choisir parmi"):
        parse_right(text)


@pytest.mark.parametrize(
    ("enum", "text", "expected"),
    [
        (Channel, "in-person", Channel.IN_PERSON),
        (Channel, "EMAIL", Channel.EMAIL),
        (Status, "Awaiting-Info", Status.AWAITING_INFO),
        # values written with « - » are found from « _ » too
        (Calendar, "ALSACE_MOSELLE", Calendar.ALSACE_MOSELLE),
        (Calendar, "alsace-moselle", Calendar.ALSACE_MOSELLE),
    ],
)
def test_parse_enum(enum: type, text: str, expected: object) -> None:
    assert parse_enum(enum, text, "Valeur") is expected


def test_parse_enum_names_what_was_expected() -> None:
    with pytest.raises(DomainError) as raised:
        parse_enum(Channel, "fax", "Canal")
    assert str(raised.value) == (
        "Canal\u00a0: «\u00a0fax\u00a0» n’est pas reconnu\u00a0; "
        "choisir parmi email, post, web, phone, in_person."
    )
