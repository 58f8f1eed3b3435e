"""The command line of the sources: demo-estate, sources check, gather (JSON and words), and
bad input (a broken catalogue, none chosen, an unknown source) refused with a message."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from .test_cli import add, dump, run, run_json


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "estate"
    from oklima_dpo.app import main

    assert main(["demo-estate", "--persons", "60", "--out", str(folder)]) == 0
    return folder


def test_demo_estate_writes_the_systems_and_the_catalogue(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "parc"
    result = run_json(capsys, "demo-estate", "--persons", "30", "--out", str(out))
    assert result == {"out": str(out), "catalogue": str(out / "catalogue.yaml"), "persons": 30}
    for name in ("crm.sqlite", "billing.sqlite", "portal.sqlite", "newsletter.csv"):
        assert (out / name).is_file()
    assert (out / "satisfaction.xlsx").is_file() and (out / "support.mbox").is_file()


@pytest.mark.parametrize("persons", ["0", "dix", "-3"])
def test_demo_estate_refuses_a_bad_count(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, persons: str
) -> None:
    code, _out, err = run(capsys, "demo-estate", "--persons", persons, "--out", str(tmp_path))
    assert code == 2 and "--persons" in err
    assert list(tmp_path.iterdir()) == []


def test_sources_check_reaches_every_source(
    capsys: pytest.CaptureFixture[str], estate: Path, db: Path
) -> None:
    catalogue = estate / "catalogue.yaml"
    result = run_json(capsys, "--db", str(db), "--catalogue", str(catalogue), "sources", "check")
    assert isinstance(result, dict) and result["valid"] is True
    assert {s["source"] for s in result["sources"]} >= {"crm", "billing", "support"}
    assert all(s["ok"] for s in result["sources"])
    code, out, _err = run(
        capsys, "--db", str(db), "--catalogue", str(catalogue), "sources", "check"
    )
    assert code == 0 and "CRM clients (crm)\u00a0: joignable, conforme" in out


def test_sources_check_names_a_missing_table_and_exits_1(
    capsys: pytest.CaptureFixture[str], estate: Path, db: Path, tmp_path: Path
) -> None:
    import shutil
    import sqlite3
    from contextlib import closing

    copy = tmp_path / "estate"
    shutil.copytree(estate, copy)
    with closing(sqlite3.connect(copy / "crm.sqlite")) as crm, crm:
        crm.execute("ALTER TABLE interactions RENAME TO interactions_2019")
    catalogue = str(copy / "catalogue.yaml")
    code, out, _err = run(capsys, "--db", str(db), "--catalogue", catalogue, "sources", "check")
    assert code == 1
    assert "CRM clients (crm)\u00a0: PROBLÈME" in out
    assert "table «\u00a0interactions\u00a0» absente de la base" in out


def test_a_broken_catalogue_is_refused_with_its_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "catalogue.yaml"
    broken.write_text("version: 1\nsources:\n  crm: [\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(db), "--catalogue", str(broken), "sources", "check")
    assert code == 2
    assert "catalogue.yaml, ligne" in err and "syntaxe YAML invalide" in err


def test_without_a_catalogue_the_command_says_how_to_choose_one(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, _out, err = run(capsys, "--db", str(db), "sources", "check")
    assert code == 2 and "--catalogue FICHIER" in err


def test_gather_prints_findings_and_failed_sources(
    capsys: pytest.CaptureFixture[str], estate: Path, db: Path
) -> None:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(estate / "crm.sqlite")) as crm:
        email, customer_no = crm.execute(
            "SELECT email, customer_no FROM customers WHERE email IS NOT NULL LIMIT 1"
        ).fetchone()
    reference = add(capsys, db, "--email", email)
    run_json(capsys, "--db", str(db), "cases", "event", reference, "acknowledged")
    catalogue = str(estate / "catalogue.yaml")
    result = run_json(capsys, "--db", str(db), "--catalogue", catalogue, "gather", reference)
    assert isinstance(result, dict)
    assert set(result) == {"reference", "complete", "findings", "sources", "failed_sources"}
    assert result["failed_sources"] == []
    customer = next(f for f in result["findings"] if f["table"] == "customers")
    assert set(customer) >= {"source", "table", "key", "matched_on", "match", "fields"}
    fields = {field["name"]: field for field in customer["fields"]}
    assert fields["customer_no"]["value"] == customer_no
    assert fields["email"]["category"] == "user.contact.email"
    assert customer["matched_on"][0]["kind"] == "email"
    # The whole answer: every source's state, and as many records as it has findings.
    assert result["reference"] == reference
    states = {s["source"]: (s["status"], s["records"]) for s in result["sources"]}
    assert set(states) == {
        "crm",
        "billing",
        "portal",
        "newsletter",
        "satisfaction",
        "support",
        "paper_archives",
    }
    assert states["paper_archives"] == ("awaiting", 0)  # a manual source waits for its owner
    assert all(status == "answered" for s, (status, _) in states.items() if s != "paper_archives")
    assert result["complete"] is False
    found = Counter(finding["source"] for finding in result["findings"])
    assert {s: records for s, (_, records) in states.items() if records} == dict(found)
    assert found["crm"] > 0 and found["billing"] > 0
    # Values are plain scalars (dates as ISO text), never nested structures.
    values = [field["value"] for finding in result["findings"] for field in finding["fields"]]
    assert all(value is None or isinstance(value, str | int | float) for value in values)
    contract = next(f for f in result["findings"] if f["table"] == "contracts")
    start = next(field["value"] for field in contract["fields"] if field["name"] == "start_date")
    assert start == date.fromisoformat(start).isoformat()  # 2015-01-17, not a date object
    # Only one source, again: the others keep what they found.
    before = dump(db)
    code, out, err = run(
        capsys, "--db", str(db), "--catalogue", catalogue, "gather", reference, "--source", "nope"
    )
    assert code == 2 and "Source inconnue du catalogue" in err
    assert dump(db) == before
    code, out, _err = run(
        capsys, "--db", str(db), "--catalogue", catalogue, "gather", reference, "--source", "crm"
    )
    assert code == 0 and "CRM clients\u00a0: a répondu" in out
