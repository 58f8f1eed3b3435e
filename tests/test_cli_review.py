"""The command line of the review (the Données tab): show the data gathered, include or
exclude a record by its key, skip a source, answer a manual source, save — in the order typed —
and bad input refused with the case base unchanged."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.services.audit import JournalFilter, list_entries
from oklima_dpo.services.gathering import review, snapshot

from .cli_cases import gathered, services
from .test_cli import dump, run, run_json


def without_journal(text: str) -> str:
    """A dump without the journal's rows (its entries and its head)."""
    return "\n".join(
        line
        for line in text.splitlines()
        if not line.startswith(('INSERT INTO "audit_entries"', 'INSERT INTO "journal_head"'))
    )


def review_of(capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, *argv: str):
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "review")
    return run_json(capsys, *base, *argv)


def test_review_shows_every_source_and_record_as_the_service_has_them(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    person = estate.hard_cases["homonyms"]
    reference = gathered(capsys, db, estate, person)
    before = dump(db)
    shown = review_of(capsys, db, estate, reference)
    # Showing the data changes nothing but the journal, which records who saw them.
    assert without_journal(dump(db)) == without_journal(before)
    assert isinstance(shown, dict)
    with services(db, estate) as ctx:
        data = review.case_data(ctx, reference)
        seen = list_entries(ctx, JournalFilter(case_reference=reference, action_prefix="case."))
    assert seen[0].action == "case.consulted"
    assert shown["reference"] == reference
    assert shown["complete"] is False
    assert shown["incomplete_reasons"] == ["Archives papier : recherche manuelle en attente"]
    assert [(s["source"], s["status"], s["records"]) for s in shown["sources"]] == [
        (s.source_id, s.status, s.records) for s in data.sources
    ]
    papers = next(s for s in shown["sources"] if s["source"] == "paper_archives")
    assert (papers["kind"], papers["status_label"]) == ("manual", "recherche manuelle en attente")
    assert [f["id"] for f in shown["findings"]] == [f.id for f in data.findings]
    for finding, view in zip(shown["findings"], data.findings, strict=True):
        assert finding["place"] == f"{view.source_id}.{view.table} {view.key}"
        assert (finding["source"], finding["table"], finding["key"]) == (
            view.source_id,
            view.table,
            view.key,
        )
        assert finding["included"] is view.included
        assert finding["match"] == view.match and finding["match_label"] == view.match_label
        assert finding["fields"] == snapshot.finding_json(view)["fields"]
    # The homonym is tied by the name alone: excluded until the DPO says otherwise.
    homonym = next(f for f in shown["findings"] if f["match"] == "name_only")
    assert homonym["included"] is False and homonym["table"] == "customers"
    assert shown["snapshots"] == [] and shown["saved"] is None

    code, out, err = run(
        capsys, "--db", str(db), "--catalogue", str(estate.catalogue), "review", reference
    )
    assert code == 0, err
    assert f"Demande {reference}\u00a0: revue des données." in out
    assert "– Archives papier (paper_archives)\u00a0: recherche manuelle en attente" in out
    assert f"  ✗ {homonym['place']} (" in out
    assert f"  ✓ crm.customers customer_no={person['customer_no']} (" in out
    assert "Données incomplètes\u00a0: Archives papier" in out


def test_steps_run_in_the_order_typed_then_the_result_is_shown(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, tmp_path: Path
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = gathered(capsys, db, estate, person)
    scan = tmp_path / "contrat.pdf"
    scan.write_bytes(b"%PDF-1.4 contrat signe\n")
    customer = f"crm.customers customer_no={person['customer_no']}"
    result = review_of(
        capsys,
        db,
        estate,
        reference,
        "--exclude",
        customer,
        "--reason",
        "Homonyme au CRM",
        "--skip",
        "support",
        "--reason",
        "Boîte archivée",
        "--manual",
        "paper_archives",
        "--found",
        "--note",
        "Contrat signé, boîte 12",
        "--attach",
        str(scan),
        "--save",
    )
    assert isinstance(result, dict)
    excluded = next(f for f in result["findings"] if f["place"] == customer)
    assert excluded["included"] is False
    assert excluded["exclusion_reason"] == "Homonyme au CRM"
    assert excluded["reviewed_by"]
    states = {s["source"]: s for s in result["sources"]}
    assert (states["support"]["status"], states["support"]["message"]) == (
        "skipped",
        "Boîte archivée",
    )
    assert (states["paper_archives"]["status"], states["paper_archives"]["records"]) == (
        "answered",
        1,
    )
    (answer,) = [f for f in result["findings"] if f["source"] == "paper_archives"]
    values = {field["name"]: field["value"] for field in answer["fields"]}
    assert values["note"] == "Contrat signé, boîte 12"
    assert values["document"].startswith("contrat.pdf (SHA-256 ")
    assert result["complete"] is True and result["incomplete_reasons"] == []
    saved = result["saved"]
    assert saved["complete"] is True and len(saved["sha256"]) == 64
    assert result["snapshots"][-1] == saved

    with services(db, estate) as ctx:
        data = review.case_data(ctx, reference)
        frozen = snapshot.reviewed_snapshot(ctx, reference)
        entries = list_entries(ctx, JournalFilter(case_reference=reference))
    (view,) = [f for f in data.findings if f.id == excluded["id"]]
    assert not view.included and view.exclusion_reason == "Homonyme au CRM"
    assert frozen is not None and frozen.sha256 == saved["sha256"]
    assert not next(r for r in frozen.records if r.key == view.key).included
    steps = {
        "case.finding_reviewed",
        "case.source_skipped",
        "case.manual_source_answered",
        "case.review_saved",
    }
    in_order = sorted((e for e in entries if e.action in steps), key=lambda entry: entry.seq)
    assert [e.action for e in in_order] == [
        "case.finding_reviewed",
        "case.source_skipped",
        "case.manual_source_answered",
        "case.review_saved",
    ]

    # The key alone names the record when no other has it; the words say what was done.
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "--catalogue",
        str(estate.catalogue),
        "review",
        reference,
        "--include",
        f"customer_no={person['customer_no']}",
    )
    assert code == 0, err
    assert out.startswith(f"Inclus\u00a0: {customer}.\n")
    assert f"  ✓ {customer} (" in out
    with services(db, estate) as ctx:
        (view,) = [f for f in review.case_data(ctx, reference).findings if f.id == view.id]
    assert view.included and view.exclusion_reason is None


def ambiguous_person(estate: EstateSummary) -> tuple[dict[str, str], str]:
    """A customer with a CRM interaction and a portal login of the same number: two records
    of the case share the key ``id=N``."""
    with closing(sqlite3.connect(estate.out_dir / "crm.sqlite")) as crm:
        crm.execute("ATTACH DATABASE ? AS portal", (str(estate.out_dir / "portal.sqlite"),))
        first, last, email, number = crm.execute(
            "SELECT c.first_name, c.last_name, c.email, i.id FROM customers c "
            "JOIN interactions i ON i.customer_no = c.customer_no "
            "JOIN portal.accounts a ON a.customer_no = c.customer_no "
            "JOIN portal.login_history h ON h.account_id = a.account_id AND h.id = i.id "
            "WHERE c.email IS NOT NULL ORDER BY c.customer_no LIMIT 1"
        ).fetchone()
    return {"first_name": first, "last_name": last, "email": email}, f"id={number}"


def test_an_ambiguous_key_is_refused_with_what_it_could_be(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    person, key = ambiguous_person(estate)
    reference = gathered(capsys, db, estate, person)
    before = dump(db)
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "review", reference)
    code, out, err = run(capsys, *base, "--exclude", key, "--reason", "Doublon")
    assert code == 2 and out == ""
    assert f"«\u00a0{key}\u00a0» désigne 2 enregistrements" in err
    assert f"crm.interactions {key}, portal.login_history {key}" in err
    assert dump(db) == before
    # Named with its source and table, it is the one meant.
    result = review_of(
        capsys, db, estate, reference, "--exclude", f"crm.interactions {key}", "--reason", "Doublon"
    )
    assert isinstance(result, dict)
    excluded = [f["place"] for f in result["findings"] if not f["included"]]
    assert excluded == [f"crm.interactions {key}"]


BAD_REVIEWS = {
    "unknown reference": (["DR-2025-0999"], "DR-2025-0999"),
    "unknown key": (["{ref}", "--exclude", "nope", "--reason", "x"], "Aucun enregistrement"),
    "exclusion without reason": (
        ["{ref}", "--include", "{customer}", "--exclude", "{customer}"],
        "indiquer le motif (--reason)",
    ),
    "reason alone": (
        ["{ref}", "--reason", "Homonyme"],
        "à placer après --include ou --exclude ou --skip",
    ),
    "empty reason": (["{ref}", "--skip", "support", "--reason", "  "], "le texte est vide"),
    "skip of an unknown source": (
        ["{ref}", "--skip", "fax", "--reason", "x"],
        "Source «\u00a0fax\u00a0» inconnue du catalogue",
    ),
    "manual answer of a database": (
        ["{ref}", "--skip", "support", "--reason", "x", "--manual", "crm", "--nothing"],
        "«\u00a0crm\u00a0» n’est pas une source manuelle (sources manuelles\u00a0: paper_archives)",
    ),
    "manual answer neither found nor not": (
        ["{ref}", "--manual", "paper_archives", "--note", "Boîte 12"],
        "préciser --found ou --nothing",
    ),
    "missing attachment": (
        ["{ref}", "--manual", "paper_archives", "--found", "--attach", "absent.pdf"],
        "introuvable",
    ),
}


@pytest.mark.parametrize("case", list(BAD_REVIEWS))
def test_bad_reviews_are_refused_and_write_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, case: str
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = gathered(capsys, db, estate, person)
    customer = f"customer_no={person['customer_no']}"
    argv, message = BAD_REVIEWS[case]
    argv = [a.format(ref=reference, customer=customer) for a in argv]
    before = dump(db)
    code, out, err = run(
        capsys, "--db", str(db), "--catalogue", str(estate.catalogue), "review", *argv
    )
    assert code == 2, err
    assert message in err and out == ""
    assert dump(db) == before


def test_a_step_the_service_refuses_says_what_was_already_recorded(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    """The service's own checks come when its step runs: the steps before it stay recorded,
    and the message says which."""
    reference = gathered(capsys, db, estate, estate.hard_cases["email_in_capitals"])
    code, _out, err = run(
        capsys,
        "--db",
        str(db),
        "--catalogue",
        str(estate.catalogue),
        "review",
        reference,
        "--skip",
        "support",
        "--reason",
        "Boîte archivée",
        "--manual",
        "paper_archives",
        "--found",
    )
    assert code == 2
    assert "Décrire ce qui a été trouvé" in err
    assert "déjà enregistré avant cette erreur\u00a0: Source écartée\u00a0: Boîte du service" in err
    with services(db, estate) as ctx:
        states = {s.source_id: s.status for s in review.case_data(ctx, reference).sources}
    assert states["support"] == "skipped" and states["paper_archives"] == "awaiting"


def test_saving_before_any_gathering_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    from .test_cli import add

    reference = add(capsys, db)
    before = dump(db)
    code, _out, err = run(
        capsys,
        "--db",
        str(db),
        "--catalogue",
        str(estate.catalogue),
        "review",
        reference,
        "--save",
    )
    assert code == 2 and "lancer d’abord la recherche" in err
    assert dump(db) == before
