"""Other people's identifiers are masked in what is given; the person's own stay."""

from __future__ import annotations

import re

from oklima_dpo.domain.identity import IdentifierKind
from oklima_dpo.sources.redaction import MARKER_FR, redact

OWN = {
    (IdentifierKind.EMAIL, "isabelle.girard@free.example"),
    (IdentifierKind.CUSTOMER_NO, "CL00010226"),
    (IdentifierKind.PHONE, "+33199001009"),
}
PATTERNS = {IdentifierKind.CUSTOMER_NO: re.compile(r"CL\d{8}")}


def test_someone_elses_email_number_and_phone_are_masked() -> None:
    text = (
        "Bonjour, je suis Bernard (bernard.chevalier@laposte.example, CL00010251, "
        "06 12 34 56 78). Ma voisine Isabelle Girard (isabelle.girard@free.example, "
        "client CL00010226, 01 99 00 10 09) a le même problème."
    )
    redacted, count = redact(text, OWN, PATTERNS)
    assert count == 3
    assert "bernard.chevalier" not in redacted and "CL00010251" not in redacted
    assert "06 12 34 56 78" not in redacted
    assert redacted.count(MARKER_FR) == 3
    # The person's own identifiers, and the words around, stay as written.
    assert "isabelle.girard@free.example" in redacted and "CL00010226" in redacted
    assert "01 99 00 10 09" in redacted and "a le même problème." in redacted


def test_a_text_without_identifiers_is_unchanged() -> None:
    assert redact("Facture du 12/03/2024 : 84,20 €", OWN, PATTERNS) == (
        "Facture du 12/03/2024 : 84,20 €",
        0,
    )


def test_the_name_shown_with_someone_elses_address_goes_with_it() -> None:
    for header in (
        "Bernard Chevalier <bernard.chevalier@laposte.example>",
        '"Chevalier, Bernard" <bernard.chevalier@laposte.example>',
    ):
        redacted, count = redact(header, OWN, PATTERNS)
        assert (redacted, count) == (MARKER_FR, 1), header
    # The person's own name and address stay; a sentence before a bare address is untouched.
    mine = "Isabelle Girard <isabelle.girard@free.example>"
    assert redact(mine, OWN, PATTERNS) == (mine, 0)
    sentence, _ = redact("Écrire à bernard.chevalier@laposte.example merci", OWN, PATTERNS)
    assert sentence == f"Écrire à {MARKER_FR} merci"
