"""Letters: every kind in French and English, produced as a real PDF and read back with pypdf."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from faker import Faker
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from oklima_dpo import paths
from oklima_dpo.documents.letter_data import FeeGround, Kept, LetterData, LetterDataError
from oklima_dpo.documents.letter_filling import format_amount, place_of
from oklima_dpo.documents.letter_texts import (
    LettersFileError,
    LetterTexts,
    letter_texts,
    load_letter_texts,
)
from oklima_dpo.documents.letters import (
    build_letter,
    editable_paragraphs,
    letter_subject,
    write_letter,
)
from oklima_dpo.documents.pdf import Letterhead, styles
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.rights import Right

DOCUMENT = "DR-2025-0001-LET-03"
LETTERHEAD = Letterhead(
    "OKLIMA", "20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine", "RCS Nanterre 123 456 789"
)
FAKE = Faker("fr_FR")
FAKE.seed_instance(2025)
PERSON = FAKE.name()
PERSON_ADDRESS = FAKE.address()
DPO_NAME = FAKE.name()
RECIPIENT_ORG = f"{FAKE.company()} — service conformité"
RECIPIENT_ADDRESS = FAKE.address()


def letter_data(language: str = "fr", **changes: object) -> LetterData:
    data = LetterData(
        reference="DR-2025-0001",
        received_on=date(2025, 3, 5),
        today=date(2025, 3, 25),
        recipient_name=PERSON,
        recipient_address=PERSON_ADDRESS,
        organisation_name="OKLIMA",
        organisation_address="20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine",
        language=language,
        dpo_name=DPO_NAME,
        dpo_email="dpo@oklima.example",
        dpo_phone="01 23 45 67 89",
        dpo_address="20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine",
        rights=(Right.ACCESS, Right.ERASURE),
        due_on=date(2025, 4, 7),
        new_due_on=date(2025, 6, 5),
        lift_on=date(2025, 5, 2),
        reasons="Les archives « bandes 2019 » doivent être restaurées.",
        legal_ground="article 17(3)(b) du RGPD, obligation légale de conservation",
        what_was_done=("Champ « téléphone » effacé de la base clients", "Historique effacé"),
        kept=(Kept("Factures 2021 à 2024", "10 ans, Code de commerce art. L123-22"),),
        needed=("Votre numéro de client",),
        searched=("Base clients (nom, e-mail)", "Messagerie du service client"),
        amount=Decimal("25"),
        fee_ground=FeeGround.EXCESSIVE,
        asks_identity=True,
        suppression_list=True,
        masked=3,
        notified=("Groupe EDF", "Prestataire d’impression"),
        pending=("Archives papier",),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def art19_data(language: str) -> LetterData:
    return letter_data(
        language,
        recipient_name=RECIPIENT_ORG,
        recipient_address=RECIPIENT_ADDRESS,
        subject_name=PERSON,
        subject_identifier="C-000123",
    )


def render(kind: LetterKind, data: LetterData, **options: object) -> tuple[str, PdfReader]:
    out = BytesIO()
    write_letter(out, kind, data, letterhead=LETTERHEAD, document_reference=DOCUMENT, **options)  # type: ignore[arg-type]
    reader = PdfReader(BytesIO(out.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text, reader


def flat(text: str) -> str:
    """Whitespace (line breaks, non-breaking spaces) as single spaces."""
    return " ".join(text.split())


# What each kind must say beyond the common parts, per language.
MENTIONS: dict[LetterKind, dict[str, tuple[str, ...]]] = {
    LetterKind.ACKNOWLEDGEMENT: {
        "fr": ("au plus tard le 07/04/2025", "article 12(3)"),
        "en": ("by 7 April 2025 at the latest", "Article 12(3)"),
    },
    LetterKind.INFORMATION_REQUEST: {
        "fr": ("est suspendu", "Votre numéro de client", "ne sera pas conservée"),
        "en": ("is suspended", "Votre numéro de client", "will not be kept"),
    },
    LetterKind.EXTENSION: {
        "fr": ("au plus tard le 05/06/2025", "prolongé de deux mois", "bandes 2019", "07/04/2025"),
        "en": ("by 5 June 2025 at the latest", "extended by two months", "bandes 2019"),
    },
    LetterKind.ACCESS: {
        "fr": ("article 15 du RGPD", "CNIL"),
        "en": ("Article 15 GDPR", "CNIL"),
    },
    LetterKind.RECTIFICATION: {
        "fr": ("Historique effacé", "article 19 du RGPD"),
        "en": ("Historique effacé", "Article 19 GDPR"),
    },
    LetterKind.ERASURE: {
        "fr": ("Historique effacé", "Factures 2021 à 2024 : 10 ans", "article 17(3)"),
        "en": ("Historique effacé", "Factures 2021 à 2024: 10 ans", "Article 17(3)"),
    },
    LetterKind.RESTRICTION: {
        "fr": ("article 18(3)", "avant la levée"),
        "en": ("Article 18(3)", "before the restriction is lifted"),
    },
    LetterKind.PORTABILITY: {
        "fr": ("article 20 du RGPD", "JSON", "n’entraîne l’effacement d’aucune donnée"),
        "en": ("Article 20 GDPR", "JSON", "does not erase any data"),
    },
    LetterKind.OBJECTION: {
        "fr": ("liste d’opposition pendant trois ans",),
        "en": ("suppression list for three years",),
    },
    LetterKind.CONSENT_WITHDRAWAL: {
        "fr": ("article 7(3)", "Factures 2021 à 2024"),
        "en": ("Article 7(3)", "Factures 2021 à 2024"),
    },
    LetterKind.REFUSAL: {
        "fr": (
            "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
            "tribunal judiciaire",
            "Fondement juridique : article 17(3)(b) du RGPD",
            "qu’en partie",
        ),
        "en": (
            "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
            "tribunal judiciaire",
            "Legal ground: article 17(3)(b) du RGPD",
            "only in part",
        ),
    },
    LetterKind.RESTRICTION_LIFT_NOTICE: {
        "fr": ("sera levée le 02/05/2025", "bandes 2019"),
        "en": ("will be lifted on 2 May 2025", "bandes 2019"),
    },
    LetterKind.FEE_NOTICE: {
        "fr": ("25,00 €", "excessive", "article 12(5)", "CNIL", "tribunal judiciaire"),
        "en": ("€25.00", "excessive", "Article 12(5)", "CNIL", "tribunal judiciaire"),
    },
    LetterKind.NO_DATA: {
        "fr": ("nous ne détenons aucune donnée vous concernant", "Messagerie du service client"),
        "en": ("we hold no data concerning you", "Messagerie du service client"),
    },
    LetterKind.ART19_NOTICE: {
        "fr": ("article 19 du RGPD", "Personne concernée", "C-000123", "Historique effacé"),
        "en": ("Article 19 GDPR", "Data subject", "C-000123", "Historique effacé"),
    },
}

COMMON = {
    "fr": {
        "subject": "Objet : {subject} — réf. DR-2025-0001",
        "received": "Votre demande reçue le 05/03/2025",
        "date": "Neuilly-sur-Seine, le 25/03/2025",
        "role": "Délégué à la protection des données",
    },
    "en": {
        "subject": "Subject: {subject} — ref. DR-2025-0001",
        "received": "Your request received on 5 March 2025",
        "date": "Neuilly-sur-Seine, 25 March 2025",
        "role": "Data Protection Officer",
    },
}


def test_every_kind_has_its_expected_mentions() -> None:
    assert set(MENTIONS) == set(LetterKind)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_reads_back_complete(kind: LetterKind, language: str) -> None:
    data = art19_data(language) if kind is LetterKind.ART19_NOTICE else letter_data(language)
    raw, reader = render(kind, data)
    text = flat(raw)
    common = COMMON[language]
    subject = letter_subject(kind, data)
    assert flat(common["subject"].format(subject=subject)) in text
    assert common["date"] in text
    if kind is LetterKind.ART19_NOTICE:
        # To a recipient: only what identifies the person, not their request or address.
        assert common["received"] not in text
        assert PERSON in text and flat(PERSON_ADDRESS) not in text
        assert RECIPIENT_ORG in text
    else:
        assert common["received"] in text
        assert PERSON in text and flat(PERSON_ADDRESS) in text
    for words in (DPO_NAME, common["role"], "dpo@oklima.example", "01 23 45 67 89"):
        assert words in text
    assert f"{DOCUMENT} — page 1 / 1" in text
    assert len(reader.pages) == 1
    for mention in MENTIONS[kind][language]:
        assert mention in text, (kind, language, mention)
    assert "'" not in raw  # real apostrophes only
    assert "RCS Nanterre" in text  # the letterhead
    assert reader.metadata is not None and reader.metadata.title.endswith("DR-2025-0001")


#: Each sentence that states a fact of the case, with the field that proves it: present when
#: the fact is, absent when it is not (in both languages).
CONDITIONAL = [
    (
        LetterKind.ACCESS,
        "masked",
        0,
        {"fr": "ont été occultées (3 éléments)", "en": "have been redacted (3 items)"},
    ),
    (
        LetterKind.ERASURE,
        "notified",
        (),
        {
            "fr": "nous avons informé de cette mesure les destinataires auxquels vos données ont "
            "été communiquées : Groupe EDF et Prestataire d’impression",
            "en": "we have informed the recipients to whom your data were disclosed of this "
            "measure: Groupe EDF and Prestataire d’impression",
        },
    ),
    (
        LetterKind.RECTIFICATION,
        "notified",
        (),
        {"fr": "article 19 du RGPD", "en": "Article 19 GDPR"},
    ),
    (
        LetterKind.ERASURE,
        "pending",
        (),
        {
            "fr": "Cette réponse est une réponse d’étape : l’effacement des données suivantes "
            "est encore en cours auprès du service qui les détient, et nous vous écrirons à "
            "nouveau lorsqu’il sera achevé : – Archives papier",
            "en": "This is an interim answer: the erasure of the following data is still under "
            "way with the department that holds them, and we will write to you again when it "
            "is complete: – Archives papier",
        },
    ),
    (
        LetterKind.ERASURE,
        "what_was_done",
        (),
        {
            "fr": "Nous avons effacé les données suivantes",
            "en": "We have erased the following data",
        },
    ),
    (
        LetterKind.RECTIFICATION,
        "what_was_done",
        (),
        {
            "fr": "Nous avons procédé aux corrections suivantes",
            "en": "We have made the following corrections",
        },
    ),
    (
        LetterKind.RECTIFICATION,
        "pending",
        (),
        {"fr": "Cette réponse est une réponse d’étape", "en": "This is an interim answer"},
    ),
    (
        LetterKind.RESTRICTION,
        "pending",
        (),
        {"fr": "Cette réponse est une réponse d’étape", "en": "This is an interim answer"},
    ),
    (
        LetterKind.RESTRICTION,
        "notified",
        (),
        {"fr": "article 19 du RGPD", "en": "Article 19 GDPR"},
    ),
    (
        LetterKind.OBJECTION,
        "suppression_list",
        False,
        {"fr": "liste d’opposition pendant trois ans", "en": "suppression list for three years"},
    ),
    (
        LetterKind.OBJECTION,
        "pending",
        (),
        {"fr": "Cette réponse est une réponse d’étape", "en": "This is an interim answer"},
    ),
    (
        LetterKind.CONSENT_WITHDRAWAL,
        "kept",
        (),
        {"fr": "qui reposent sur un autre fondement", "en": "which rely on another legal basis"},
    ),
    (
        LetterKind.REFUSAL,
        "what_was_done",
        (),
        {"fr": "Nous avons pris les mesures suivantes", "en": "We have taken the following"},
    ),
    (
        LetterKind.INFORMATION_REQUEST,
        "asks_identity",
        False,
        {"fr": "copie d’une pièce d’identité", "en": "copy of an identity document"},
    ),
    (
        LetterKind.PORTABILITY,
        "what_was_done",
        (),
        {"fr": "Nous avons également pris les mesures", "en": "We have also taken"},
    ),
    (
        LetterKind.ERASURE,
        "kept",
        (),
        {"fr": "doivent toutefois être conservées", "en": "must however be kept"},
    ),
]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(("kind", "field", "absent", "sentence"), CONDITIONAL)
def test_each_sentence_of_fact_is_there_only_when_the_fact_is(
    kind: LetterKind, field: str, absent: object, sentence: dict[str, str], language: str
) -> None:
    with_fact = flat(render(kind, letter_data(language))[0])
    assert flat(sentence[language]) in with_fact.replace(" ", " ")
    without = flat(render(kind, letter_data(language, **{field: absent}))[0])
    first_words = flat(sentence[language]).split(":")[0][:40]
    assert first_words not in without.replace(" ", " "), (kind, field, language)


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", "conservées jusqu’au 31/12/2034"), ("en", "kept until 31 December 2034")],
)
def test_what_is_kept_says_until_when(language: str, words: str) -> None:
    held = (Kept("Facturation (2 enregistrements)", "Code de commerce", date(2034, 12, 31)),)
    text = flat(render(LetterKind.ERASURE, letter_data(language, kept=held))[0])
    assert words in text.replace("\u00a0", " ")
    undated = flat(render(LetterKind.ERASURE, letter_data(language))[0])
    assert "2034" not in undated  # no date known: none invented


def test_a_single_item_is_not_a_plural() -> None:
    text = flat(render(LetterKind.ACCESS, letter_data("fr", masked=1))[0]).replace(" ", " ")
    assert "(1 élément)" in text and "(s)" not in text


def test_french_typography_and_guillemets() -> None:
    data = letter_data()
    story = build_letter(LetterKind.REFUSAL, data)
    texts = [f.text for f in story if isinstance(f, Paragraph)]
    assert "Objet\u00a0: Réponse à votre demande — réf.\u00a0DR-2025-0001" in texts
    assert any("«\u00a0bandes 2019\u00a0»" in t for t in texts)
    assert any("Fondement juridique\u00a0:" in t for t in texts)
    raw, _reader = render(LetterKind.REFUSAL, data)
    assert "« bandes 2019 »" in flat(raw)
    assert "Champ « téléphone » effacé" in flat(raw)
    # Non-breaking: no line of the PDF starts with the punctuation that follows one.
    assert not [line for line in raw.splitlines() if re.match(r"\s*[:;?!»]", line)]
    assert "Lettre à l’effacement" not in raw and "droit à l’effacement" in flat(raw)


def test_english_letters_keep_english_typography() -> None:
    story = build_letter(LetterKind.EXTENSION, letter_data("en"))
    texts = [f.text for f in story if isinstance(f, Paragraph)]
    assert (
        "Subject: Extension of the time limit for answering your request — ref.\u00a0DR-2025-0001"
        in texts
    )


def test_a_total_refusal_says_so() -> None:
    text = flat(render(LetterKind.REFUSAL, letter_data(total=True))[0])
    assert "nous ne sommes pas en mesure d’y donner suite" in text
    assert "qu’en partie" not in text


def test_optional_paragraphs_follow_the_data() -> None:
    erasure = flat(render(LetterKind.ERASURE, letter_data(kept=()))[0])
    assert "doivent toutefois être conservées" not in erasure
    request = flat(render(LetterKind.INFORMATION_REQUEST, letter_data(asks_identity=False))[0])
    assert "pièce d’identité" not in request
    objection = flat(render(LetterKind.OBJECTION, letter_data(suppression_list=False))[0])
    assert "liste d’opposition" not in objection


def test_an_e_mail_recipient_gets_an_e_mail_block() -> None:
    data = letter_data(recipient_address="", recipient_email="personne@example.org")
    text = flat(render(LetterKind.NO_DATA, data)[0])
    assert "Par courrier électronique personne@example.org" in text


def test_the_wording_can_be_edited_but_not_the_legal_mentions() -> None:
    data = letter_data()
    default = editable_paragraphs(LetterKind.REFUSAL, data)
    assert default[0].startswith("Vous nous avez adressé le 05/03/2025")
    assert default[1].splitlines()[1] == "– Champ «\u00a0téléphone\u00a0» effacé de la base clients"
    edited = ["Nous avons étudié votre demande avec soin.", "– premier point\n– second point"]
    text = flat(render(LetterKind.REFUSAL, data, wording_override=edited)[0])
    assert "Nous avons étudié votre demande avec soin." in text
    assert "– premier point – second point" in text
    assert "Vous nous avez adressé" not in text
    for fixed in ("Motifs du refus", "Fondement juridique", "CNIL", "tribunal judiciaire"):
        assert fixed in text
    # The default wording given back unchanged gives the default letter.
    assert flat(render(LetterKind.REFUSAL, data, wording_override=default)[0]) == flat(
        render(LetterKind.REFUSAL, data)[0]
    )


def test_a_long_letter_numbers_its_pages_and_keeps_the_signature_whole() -> None:
    body = styles()["body"]
    extra = [Paragraph(f"({n}) Information de l’article 15. " * 12, body) for n in range(12)]
    annex = [Paragraph("Copie de vos données", body)]
    _raw, reader = render(LetterKind.ACCESS, letter_data(), extra=extra, annex=annex)
    pages = len(reader.pages)
    assert pages >= 3
    for number in range(1, pages + 1):
        assert f"{DOCUMENT} — page {number} / {pages}" in reader.pages[number - 1].extract_text()
    assert "Copie de vos données" in reader.pages[-1].extract_text()
    signed = [p for p in reader.pages if DPO_NAME in p.extract_text()]
    assert len(signed) == 1 and "distinguées" in signed[0].extract_text()


def test_a_missing_fact_is_named() -> None:
    with pytest.raises(LetterDataError) as caught:
        render(LetterKind.EXTENSION, letter_data(new_due_on=None, reasons=" ", recipient_name=""))
    message = str(caught.value)
    assert "DR-2025-0001" in message
    assert "la nouvelle échéance (prolongation) (new_due_on)" in message
    assert "les motifs (reasons)" in message
    assert "le nom du destinataire (recipient_name)" in message


def test_answer_letters_match_the_rights() -> None:
    for right in Right:
        assert LetterKind.answer_to(right).text_key == right.value


def test_formats() -> None:
    assert format_amount(Decimal("1250"), "fr") == "1\u202f250,00\u00a0€"
    assert format_amount(Decimal("1250"), "en") == "€1,250.00"
    assert place_of("3 place de Fontenoy\nTSA 80715\n75334 Paris Cedex 07") == "Paris"
    assert place_of("20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine") == "Neuilly-sur-Seine"


# -- the texts' files ------------------------------------------------------------------------


def test_the_shipped_texts_load_in_both_languages() -> None:
    french, english = letter_texts("fr"), letter_texts("en")
    assert set(french.kinds) == set(english.kinds) == set(LetterKind)
    for texts in (french, english):
        assert "'" not in repr_texts(texts)


def repr_texts(texts: LetterTexts) -> str:
    parts = [*texts.common.values(), *texts.mentions.values()]
    for kind in texts.kinds.values():
        parts += [kind.subject, *(p.text for p in (*kind.paragraphs, *kind.legal))]
    return "\n".join(parts)


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "fr.yaml"
    shutil.copy(paths.resource("letters", "fr.yaml"), path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, words: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if words in line)


def test_an_unknown_placeholder_names_the_file_line_and_key(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "Nous vous répondrons au plus tard le {new_due_on}", "Au plus tard le {new_date}"
    )
    with pytest.raises(LettersFileError) as caught:
        load_letter_texts(path)
    message = str(caught.value)
    assert "fr.yaml" in message
    assert "kinds.extension.legal[1]" in message
    assert "champ «\u00a0{new_date}\u00a0» inconnu" in message
    item = line_of(path, "Au plus tard le {new_date}") - 1  # the list item « - >- »
    assert f"ligne {item}, kinds.extension.legal[1]" in message
    # The mention it replaced is missing now: said as well.
    assert "«\u00a0{new_due_on}\u00a0» doit figurer dans les mentions fixes" in message


def test_a_missing_legal_mention_is_refused(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, '      - "{court}"\n\n  restriction_lift_notice:', "\n  restriction_lift_notice:"
    )
    with pytest.raises(LettersFileError) as caught:
        load_letter_texts(path)
    assert "kinds.refusal.legal" in str(caught.value)
    assert "{court}" in str(caught.value)


def test_a_lone_brace_and_an_unknown_condition_are_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "when: asks_identity", "when: asks_identiti")
    text = path.read_text(encoding="utf-8").replace(
        '"Votre demande reçue le {received_on}"', '"Votre demande reçue le {received_on"'
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LettersFileError) as caught:
        load_letter_texts(path)
    message = str(caught.value)
    assert "2 erreurs" in message
    assert "common.received_line" in message and "accolade" in message
    assert "condition «\u00a0asks_identiti\u00a0» inconnue" in message


def test_a_missing_kind_is_named(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "  no_data:", "  no_dat:")
    with pytest.raises(LettersFileError) as caught:
        load_letter_texts(path)
    message = str(caught.value)
    assert "sorte de lettre «\u00a0no_dat\u00a0» inconnue" in message
    assert "la lettre «\u00a0no_data\u00a0» manque" in message
