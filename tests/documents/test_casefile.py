"""The legal team's case file laid out from plain data: sections, table of contents, bookmarks,
footer, and no gathered values unless asked."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from io import BytesIO

from oklima_dpo.documents.casefile import write_case_file
from oklima_dpo.documents.casefile_data import (
    CaseFileData,
    ChainResult,
    DeadlineWords,
    Decision,
    DocumentLine,
    Exclusion,
    Fact,
    Gathered,
    IdentityCheck,
    JournalLine,
    RawField,
    RawRecord,
    SnapshotLine,
    SourceLine,
    TableCount,
    TimelineEntry,
)
from oklima_dpo.documents.casefile_sections import SECTIONS

from .pdf_reading import flat, outline, pages_text, reader_of, toc_entries

AT = datetime(2025, 3, 25, 10, 0, tzinfo=UTC)
SHA_LETTER = "a" * 60 + "0001"
SHA_SNAPSHOT = "b" * 60 + "0002"
RAW_VALUE = "Zéphyrine-Quenouille-77"


def sample(**changes: object) -> CaseFileData:
    data = CaseFileData(
        reference="DR-2025-0007",
        produced_at=AT,
        produced_by="dpo.test",
        summary=(
            Fact("Référence", "DR-2025-0007"),
            Fact("Personne concernée", "Anaïs Bérenger"),
            Fact("Respect du délai", "dans les délais : réponse 3 jours avant l’échéance"),
        ),
        timeline=tuple(
            TimelineEntry(date(2025, 3, 10), "dpo.test", "note", f"étape n° {n} < & >")
            for n in range(1, 61)
        ),
        deadline=DeadlineWords(
            rules=("Jours fériés : calendrier national.",),
            first_steps=("reçue le 10/03/2025", "un mois → 10/04/2025"),
            holidays=("lundi 21/04/2025 : Lundi de Pâques",),
            conclusion="Échéance en vigueur : jeudi 10/04/2025.",
        ),
        identity_checks=(IdentityCheck(date(2025, 3, 12), "dpo.test", "question secrète"),),
        identity_facts=(Fact("E-mail", "anais.berenger@exemple.fr"),),
        gathered=Gathered(
            sources=(
                SourceLine(
                    "CRM",
                    "a répondu",
                    "",
                    (TableCount("Clients", 1, 1, 0), TableCount("Contrats", 2, 0, 1)),
                ),
                SourceLine("Archives papier", "écartée", "archives détruites en 2020"),
            ),
            snapshots=(SnapshotLine(AT, "dpo.test", True, SHA_SNAPSHOT),),
            exclusions=(Exclusion("CRM › Clients", "homonyme : nom seul", 1),),
        ),
        decisions=(
            Decision("Droit d’accès (Art. 15)", "accordé", "", AT, "dpo.test"),
            Decision(
                "Droit à l’effacement (Art. 17)",
                "refusé",
                "Art. 17(3)(b) : obligation légale de conservation",
                AT,
                "dpo.test",
            ),
        ),
        documents=(
            DocumentLine("envoyé à la personne", "réponse.pdf", SHA_LETTER, 2048, AT, "dpo.test"),
        ),
        journal=tuple(JournalLine(n, AT, "dpo.test", "note", f"détail {n}") for n in range(1, 61)),
        chain=ChainResult(60, AT),
        organisation="OKLIMA",
    )
    return replace(data, **changes)


def render(data: CaseFileData) -> bytes:
    out = BytesIO()
    write_case_file(out, data)
    return out.getvalue()


def test_every_section_is_a_bookmark_and_a_line_of_the_contents_at_its_page() -> None:
    reader = reader_of(render(sample()))
    pages = pages_text(reader)
    marks = outline(reader)
    assert [title for title, _page in marks] == list(SECTIONS)
    assert toc_entries(reader) == dict(marks), "the contents give each section's real page"
    for title, page in marks:
        assert title in pages[page - 1], f"« {title} » is on page {page}"
    assert len({page for _title, page in marks}) > 2, "the sample spreads over several pages"


def test_the_footer_gives_the_reference_and_page_n_of_m() -> None:
    pages = pages_text(reader_of(render(sample())))
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"réf. DR-2025-0007-DOSSIER — page {number} / {total}" in text


def test_the_content_reads_back_in_french() -> None:
    text = " ".join(pages_text(reader_of(render(sample()))))
    assert "Dossier de la demande DR-2025-0007" in text
    assert "Établi le 25/03/2025 à 11:00 par dpo.test pour OKLIMA" in text  # Paris time
    assert "étape n° 1 < & >" in text  # markup characters are text, not tags
    assert "un mois → 10/04/2025" in text and "Lundi de Pâques" in text
    assert "question secrète" in text and "aucune copie de pièce d’identité" in text
    assert "Art. 17(3)(b) : obligation légale de conservation" in text
    assert "homonyme : nom seul" in text
    assert "archives détruites en 2020" in text
    assert "Chaîne du journal : intacte" in text
    assert "Occultations" in text and "aucune" in text
    flat_text = flat(text)
    assert SHA_LETTER in flat_text and SHA_SNAPSHOT in flat_text


def test_raw_values_only_when_asked() -> None:
    record = RawRecord(
        "CRM › Clients", "C-0042", "inclus", (RawField("Ville", RAW_VALUE, "Adresses postales"),)
    )
    without = flat(" ".join(pages_text(reader_of(render(sample())))))
    assert flat(RAW_VALUE) not in without
    data = sample(gathered=replace(sample().gathered, raw_records=(record,)))
    with_raw = flat(" ".join(pages_text(reader_of(render(data)))))
    assert flat(RAW_VALUE) in with_raw and "C-0042" in with_raw


def test_a_broken_chain_names_its_first_bad_entry() -> None:
    chain = ChainResult(60, AT, 12, "l’entrée n° 12 a été modifiée")
    text = " ".join(pages_text(reader_of(render(sample(chain=chain)))))
    assert "Chaîne du journal : rompue à l’entrée n° 12" in text
    assert "a été modifiée" in text
    assert "intacte" not in text


def test_redactions_are_listed_when_there_are_some() -> None:
    gathered = replace(sample().gathered, redactions=("« annexe caviardée.pdf » (produit)",))
    text = " ".join(pages_text(reader_of(render(sample(gathered=gathered)))))
    assert "annexe caviardée.pdf" in text
