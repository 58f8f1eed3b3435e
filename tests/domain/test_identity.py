"""Identifiers of a person: normalised for matching, original kept for display (LEGAL.md §3)."""

from __future__ import annotations

import pytest

from oklima_dpo.domain.errors import DomainError, InvalidIdentifier
from oklima_dpo.domain.identity import (
    Identifier,
    IdentifierKind,
    clean_display_name,
    fold_name,
    make_identifier,
    normalize_email,
    normalize_phone,
    normalize_reference_number,
)

# -- e-mail ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Jean.Dupont@Exemple.FR ", "jean.dupont@exemple.fr"),
        ("jean.dupont@exemple.fr", "jean.dupont@exemple.fr"),
        ("\tMARIE+dpo@Sub.Exemple.com\n", "marie+dpo@sub.exemple.com"),
        ("o'brien@exemple.ie", "o'brien@exemple.ie"),
    ],
)
def test_email_trimmed_and_casefolded(text: str, expected: str) -> None:
    """Matching compares e-mails whatever the case and the stray spaces."""
    assert normalize_email(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "jean",
        "jean@exemple",
        "a@@b.fr",
        "jean dupont@exemple.fr",
        "a..b@exemple.fr",
        "a@b.c",
        "@exemple.fr",
        "jean@",
    ],
)
def test_invalid_email_is_refused_with_its_value(text: str) -> None:
    with pytest.raises(InvalidIdentifier) as raised:
        normalize_email(f"  {text} ")
    assert str(raised.value) == f"Adresse e-mail invalide\u00a0: «\u00a0{text}\u00a0»."


def test_empty_email_is_refused() -> None:
    with pytest.raises(InvalidIdentifier):
        normalize_email("   ")


def test_invalid_identifier_is_a_domain_error() -> None:
    """The faces show DpoError messages as they are; a ValueError is still a ValueError."""
    with pytest.raises(DomainError):
        normalize_email("jean")
    with pytest.raises(ValueError, match="jean"):
        normalize_email("jean")


# -- phone ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06 12 34 56 78", "+33612345678"),
        ("0612345678", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("01 23 45 67 89", "+33123456789"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phone_to_e164_france_by_default(text: str, expected: str) -> None:
    """National numbers are read as French; a number with its country code stays foreign."""
    assert normalize_phone(text) == expected


def test_phone_other_default_region() -> None:
    assert normalize_phone("020 7946 0958", region="GB") == "+442079460958"


@pytest.mark.parametrize("text", ["12", "abc", "06 12 34", "+33 1", "06 12 34 56 78 90 12"])
def test_invalid_phone_is_refused_with_its_value(text: str) -> None:
    with pytest.raises(InvalidIdentifier) as raised:
        normalize_phone(text)
    assert str(raised.value) == f"Numéro de téléphone invalide\u00a0: «\u00a0{text}\u00a0»."


def test_empty_phone_is_refused() -> None:
    with pytest.raises(InvalidIdentifier):
        normalize_phone("")


# -- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Élodie   LE-GALL ", "elodie le gall"),
        ("Zoë Saint-Exupéry", "zoe saint exupery"),
        ("O’Brien", "o brien"),
        ("O'Brien", "o brien"),
        ("François  Müller", "francois muller"),
        ("Strauß", "strauss"),
        ("J.-P. Núñez", "j p nunez"),
    ],
)
def test_fold_name(text: str, expected: str) -> None:
    """Matching ignores accents, case, hyphens, apostrophes and repeated spaces."""
    assert fold_name(text) == expected


def test_fold_name_matches_spellings_of_one_name() -> None:
    spellings = ["Élodie Le Gall", "ELODIE LE-GALL", "élodie  le gall", " Elodie Le-Gall "]
    assert {fold_name(name) for name in spellings} == {"elodie le gall"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Élodie   LE-GALL ", "Élodie LE-GALL"),
        ("Zoë Saint-Exupéry", "Zoë Saint-Exupéry"),
        ("O’Brien", "O’Brien"),
    ],
)
def test_clean_display_name_keeps_original_spelling(text: str, expected: str) -> None:
    """The name shown and written in letters is the person's own spelling, tidied up."""
    assert clean_display_name(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "-", " ' . "])
def test_display_name_is_required(text: str) -> None:
    with pytest.raises(InvalidIdentifier) as raised:
        clean_display_name(text)
    assert str(raised.value) == "Le nom de la personne est obligatoire."


def test_display_name_length() -> None:
    assert clean_display_name("a" * 200) == "a" * 200
    with pytest.raises(InvalidIdentifier, match="200 caractères"):
        clean_display_name("a" * 201)


# -- customer and contract numbers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" cl 12 345 ", "CL12345"),
        ("CL12345", "CL12345"),
        ("ab-12/3", "AB-12/3"),
        ("c.2025_001", "C.2025_001"),
    ],
)
def test_reference_number_normalised(text: str, expected: str) -> None:
    """Spaces removed, upper case: « cl 12 345 » and « CL12345 » are one customer."""
    assert normalize_reference_number(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "-abc", "é12", "a" * 65, "CL#12"])
def test_invalid_reference_number(text: str) -> None:
    with pytest.raises(InvalidIdentifier) as raised:
        normalize_reference_number(text)
    assert str(raised.value) == f"Numéro client invalide\u00a0: «\u00a0{text.strip()}\u00a0»."


def test_invalid_contract_number_names_what_it_is() -> None:
    with pytest.raises(InvalidIdentifier) as raised:
        normalize_reference_number("#1", "numéro de contrat")
    assert str(raised.value) == "Numéro de contrat invalide\u00a0: «\u00a0#1\u00a0»."


# -- make_identifier ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (
            IdentifierKind.EMAIL,
            " Jean.Dupont@Exemple.FR ",
            Identifier(IdentifierKind.EMAIL, "Jean.Dupont@Exemple.FR", "jean.dupont@exemple.fr"),
        ),
        (
            IdentifierKind.PHONE,
            "06 12 34 56 78",
            Identifier(IdentifierKind.PHONE, "06 12 34 56 78", "+33612345678"),
        ),
        (
            IdentifierKind.CUSTOMER_NO,
            " cl 12 345",
            Identifier(IdentifierKind.CUSTOMER_NO, "cl 12 345", "CL12345"),
        ),
        (
            IdentifierKind.CONTRACT_NO,
            "ct-9",
            Identifier(IdentifierKind.CONTRACT_NO, "ct-9", "CT-9"),
        ),
    ],
)
def test_make_identifier_keeps_value_and_normalises(
    kind: IdentifierKind, value: str, expected: Identifier
) -> None:
    assert make_identifier(kind, value) == expected


@pytest.mark.parametrize(
    ("kind", "value", "start"),
    [
        (IdentifierKind.EMAIL, "jean", "Adresse e-mail invalide"),
        (IdentifierKind.PHONE, "12", "Numéro de téléphone invalide"),
        (IdentifierKind.CUSTOMER_NO, "#1", "Numéro client invalide"),
        (IdentifierKind.CONTRACT_NO, "#1", "Numéro de contrat invalide"),
    ],
)
def test_make_identifier_refuses(kind: IdentifierKind, value: str, start: str) -> None:
    with pytest.raises(InvalidIdentifier) as raised:
        make_identifier(kind, value)
    assert str(raised.value).startswith(start)


def test_identifier_kind_labels() -> None:
    assert IdentifierKind.CUSTOMER_NO.label_fr == "n° client"
    assert all(kind.label_fr for kind in IdentifierKind)
