"""The command line of the execution of rights: plan (preview, nothing written), apply (the
latest plan, or a new one), rectification with --set, and bad input refused."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store

from .cli_cases import reviewed
from .test_cli import dump, run, run_json


def count(estate: EstateSummary, db: str, sql: str, *params: str) -> int:
    with closing(sqlite3.connect(estate.out_dir / f"{db}.sqlite")) as connection:
        return int(connection.execute(sql, params).fetchone()[0])


def test_plan_then_apply_an_erasure(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = reviewed(capsys, db, estate, "erasure", "email_in_capitals")
    customer = estate.hard_cases["email_in_capitals"]["customer_no"]
    crm = estate.out_dir / "crm.sqlite"
    before = dump(crm)
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "execute", reference)
    planned = run_json(capsys, *base, "--right", "erasure", "--plan")
    assert isinstance(planned, dict) and planned["status"] == "planned"
    preview = {(p["source"], p["action"]): p["count"] for p in planned["preview"]}
    assert preview[("crm", "delete")] >= 1 and preview[("billing", "keep")] >= 1
    assert dump(crm) == before, "a plan writes nothing"
    code, out, err = run(capsys, *base, "--right", "erasure", "--plan")
    assert code == 0, err
    assert "Facturation\u00a0: conservé ×" in out and "Plan SHA-256" in out

    applied = run_json(capsys, *base, "--right", "erasure", "--apply")
    assert isinstance(applied, dict)
    assert applied["execution"] == planned["execution"] + 1  # the latest plan
    assert applied["status"] == "verified"
    assert applied["result"]["sources"]["crm"]["status"] == "applied"
    assert [t["target"] for t in applied["tasks"]] == ["paper_archives"]
    of_customer = "SELECT count(*) FROM {} WHERE customer_no = ?"
    assert count(estate, "crm", of_customer.format("customers"), customer) == 0
    assert count(estate, "billing", of_customer.format("invoices"), customer) > 0

    # The first plan is older than what was applied: refused, as is a new plan from the
    # same review.
    code, _out, err = run(capsys, *base, "--right", "erasure", "--apply")
    assert code == 2 and "précède l’exécution" in err, err
    code, _out, err = run(capsys, *base, "--right", "erasure", "--plan")
    assert code == 2 and "enregistrer la revue à nouveau" in err, err


def test_rectification_with_set(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = reviewed(capsys, db, estate, "rectification", "phone_formats")
    customer = estate.hard_cases["phone_formats"]["customer_no"]
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "execute", reference)
    result = run_json(
        capsys, *base, "--right", "rectification", "--apply", "--set", "crm.customers.city=Roubaix"
    )
    assert isinstance(result, dict) and result["status"] == "verified"
    sql = "SELECT count(*) FROM customers WHERE customer_no = ? AND city = 'Roubaix'"
    assert count(estate, "crm", sql, customer) == 1
    code, _out, err = run(capsys, *base, "--right", "rectification", "--set", "city", "--plan")
    assert code == 2 and "SOURCE.TABLE.CHAMP=VALEUR" in err
    code, _out, err = run(
        capsys, *base, "--right", "erasure", "--plan", "--set", "crm.customers.city=Lille"
    )
    assert code == 2 and "rectification" in err


def test_an_objection_sets_the_marks_and_the_suppression_list(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = reviewed(capsys, db, estate, "objection", "email_in_capitals")
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "execute", reference)
    code, out, err = run(capsys, *base, "--right", "objection", "--apply")
    assert code == 0, err
    assert "marque d’opposition à la prospection × 1" in out
    assert "inscrite sur la liste d’opposition" in out.replace("\u00a0", " ")
    from oklima_dpo.services.objection.suppression import is_suppressed

    store = open_store(parse_target(db))
    try:
        ctx = ServiceContext(store, "dpo.test", db.parent / "documents")
        email = estate.hard_cases["email_in_capitals"]["email"]
        assert is_suppressed(ctx, [("email", email)])
    finally:
        store.dispose()
    code, _out, err = run(capsys, *base, "--right", "erasure", "--plan")
    assert code == 2 and "ne porte pas" in err
