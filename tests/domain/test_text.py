"""Typed text, one check for every face: normalised, no control or invisible characters,
bounded."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oklima_dpo.domain.text import InvalidText, clean_text


def test_a_clean_text_is_normalised_and_trimmed() -> None:
    decomposed = "E\u0301lodie  Le Gall "  # É as E + combining acute
    assert clean_text(decomposed, "Nom", max_length=50) == "Élodie  Le Gall"
    assert clean_text(" 4 rue X \r\n75001 Paris \n", "Adresse", max_length=50, multiline=True) == (
        "4 rue X\n75001 Paris"
    )


@pytest.mark.parametrize(
    "typed, words",
    [
        ("\u200b\u200b", "invisible"),
        ("Marc\x1b[31m", "contrôle"),
        ("email\n", "retour à la ligne"),
        ("Marc\udc80", "invalide"),
        ("x" * 51, "au plus 50"),
        ("   ", "à renseigner"),
    ],
)
def test_what_cannot_be_stored_as_typed_is_refused_naming_the_field(typed: str, words: str) -> None:
    with pytest.raises(InvalidText, match=words) as refused:
        clean_text(typed, "Nom", max_length=50, required=True)
    assert str(refused.value).startswith("Nom")


@given(st.text(max_size=80))
def test_whatever_is_accepted_reads_back_as_it_will_be_shown(typed: str) -> None:
    try:
        kept = clean_text(typed, "Texte", max_length=60, multiline=True)
    except InvalidText:
        return
    assert len(kept) <= 60 and kept == unicodedata.normalize("NFC", kept)
    for character in kept:
        assert (
            character == "\n"
            or character == "\t"
            or unicodedata.category(character)
            not in (
                "Cc",
                "Cf",
                "Cs",
            )
        )
