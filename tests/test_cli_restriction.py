"""The command line of the rest of the Exécution tab: lifting a restriction (announced, the
person told, then lifted), verifying an execution again, and the suppression list."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.french import PARIS
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.execution import views as execution_views
from oklima_dpo.services.objection.suppression import is_suppressed

from .cli_cases import reviewed, services
from .test_cli import add, dump, run, run_json
from .test_cli_execute import count
from .test_cli_tasks import erased


def paris_today() -> str:
    """The command line reads the real clock, in Paris."""
    return datetime.now(PARIS).date().isoformat()


def restricted(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> tuple[str, int]:
    reference = reviewed(capsys, db, estate, "restriction", "email_in_capitals")
    applied = run_json(
        capsys,
        "--db",
        str(db),
        "--catalogue",
        str(estate.catalogue),
        "execute",
        reference,
        "--right",
        "restriction",
        "--apply",
    )
    assert isinstance(applied, dict) and applied["status"] == "verified"
    return reference, applied["execution"]


def test_a_restriction_is_announced_the_person_told_then_lifted(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference, execution = restricted(capsys, db, estate)
    customer = estate.hard_cases["email_in_capitals"]["customer_no"]
    marked = "SELECT count(*) FROM customers WHERE customer_no = ? AND restricted = 1"
    assert count(estate, "crm", marked, customer) == 1
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "restriction", reference)

    before = dump(db)
    code, _out, err = run(capsys, *base, "--lift")
    assert code == 2 and "informée avant la levée" in err
    assert dump(db) == before

    today = paris_today()
    announced = run_json(
        capsys,
        *base,
        "--announce",
        "--on",
        today,
        "--reasons",
        "Exactitude des données vérifiée.",
    )
    assert isinstance(announced, dict)
    assert (announced["execution"], announced["right"]) == (execution, "restriction")
    assert announced["lift_on"] == today and announced["status"] == "verified"
    with services(db, estate) as ctx:
        last = case_steps.show_case(ctx, reference).timeline[-1]
    assert last.text == "Exactitude des données vérifiée."

    before = dump(db)
    code, _out, err = run(capsys, *base, "--lift")
    assert code == 2 and "courrier" in err
    assert dump(db) == before
    letter = run_json(
        capsys, "--db", str(db), "respond", reference, "--package", "restriction-lift-notice"
    )
    assert isinstance(letter, dict) and "-LEVEE-" in letter["files"][0]["path"]

    code, out, err = run(capsys, *base, "--lift", "--execution", str(execution))
    assert code == 0, err
    assert out.endswith("Limitation levée dans les systèmes.\n")
    assert count(estate, "crm", marked, customer) == 0
    lifted = "SELECT count(*) FROM accounts WHERE customer_no = ? AND restricted = 1"
    assert count(estate, "portal", lifted, customer) == 0
    shown = run_json(
        capsys, "--db", str(db), "--catalogue", str(estate.catalogue), "tasks", reference
    )
    assert isinstance(shown, dict)
    assert ("lift_restriction", "billing") in {(t["kind"], t["target"]) for t in shown["tasks"]}
    code, _out, err = run(capsys, *base, "--lift")
    assert code == 2 and "déjà levée" in err


BAD_RESTRICTIONS = {
    "announce without a day": (["--announce", "--reasons", "Vérifiée"], "--on AAAA-MM-JJ"),
    "announce of a day past": (
        ["--announce", "--on", "2020-01-01", "--reasons", "Vérifiée"],
        "La date de levée est passée",
    ),
    "announce without reasons": (["--announce", "--on", "{today}"], "pourquoi la limitation"),
    "lift with the announce's options": (["--lift", "--on", "{today}"], "--announce"),
    "unknown execution": (["--lift", "--execution", "999"], "Aucune exécution n° 999"),
    "neither step": ([], "one of the arguments --announce --lift is required"),
}


@pytest.mark.parametrize("case", list(BAD_RESTRICTIONS))
def test_bad_restriction_steps_write_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, case: str
) -> None:
    reference, _execution = restricted(capsys, db, estate)
    argv, message = BAD_RESTRICTIONS[case]
    argv = [a.format(today=paris_today()) for a in argv]
    before = dump(db)
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "--catalogue",
        str(estate.catalogue),
        "restriction",
        reference,
        *argv,
    )
    assert code == 2, err
    assert message in err and out == ""
    assert dump(db) == before


def test_without_a_restriction_there_is_nothing_to_lift(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    reference = add(capsys, db)
    code, _out, err = run(capsys, "--db", str(db), "restriction", reference, "--lift")
    assert code == 2 and f"Aucune exécution de la limitation dans la demande {reference}" in err


# -- verifying again ---------------------------------------------------------------------------


def test_verify_gathers_again_and_finds_what_came_back(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = erased(capsys, db, estate, "email_in_capitals")
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "execute", reference)
    first = run_json(capsys, *base, "--right", "erasure", "--verify")
    assert isinstance(first, dict) and first["status"] == "verified"
    # Someone restores the customer from a backup: verifying again finds the record.
    person = estate.hard_cases["email_in_capitals"]
    with closing(sqlite3.connect(estate.out_dir / "crm.sqlite")) as crm, crm:
        crm.execute(
            "INSERT INTO customers (customer_no, civility, first_name, last_name, email, "
            "address, postcode, city, status, contract_start, created_at) VALUES "
            "(?, 'M.', ?, ?, ?, '1 rue', '59000', 'Lille', 'active', '2020-01-01', "
            "'2020-01-01 00:00:00')",
            (person["customer_no"], person["first_name"], person["last_name"], person["email"]),
        )
    code, out, err = run(capsys, *base, "--right", "erasure", "--verify")
    assert code == 1, err
    assert f"reste crm › customers › customer_no={person['customer_no']}" in out
    code, out, _err = run(capsys, *base, "--right", "erasure", "--verify", "--json")
    again = json.loads(out)
    assert code == 1 and again["status"] != "verified"  # JSON or words, the same exit code
    with services(db, estate) as ctx:
        latest = execution_views.latest_execution(ctx, reference, "erasure")
    assert latest is not None and latest.id == first["execution"]
    assert latest.status != "verified"
    remaining = {(i["source"], i["table"]) for i in latest.verification["remaining"]}
    assert ("crm", "customers") in remaining


def test_verify_needs_an_applied_execution(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = reviewed(capsys, db, estate, "erasure", "email_in_capitals")
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "execute", reference)
    before = dump(db)
    code, _out, err = run(capsys, *base, "--right", "erasure", "--verify")
    assert code == 2 and "rien à vérifier" in err
    run_json(capsys, *base, "--right", "erasure", "--plan")
    planned = dump(db)
    assert planned != before
    code, _out, err = run(capsys, *base, "--right", "erasure", "--verify")
    assert code == 2 and "n’a pas encore été appliquée" in err
    code, _out, err = run(
        capsys, *base, "--right", "erasure", "--verify", "--set", "crm.customers.city=Lille"
    )
    assert code == 2 and "--set" in err
    assert dump(db) == planned


# -- the suppression list ----------------------------------------------------------------------


def test_suppress_puts_the_person_on_the_list(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed(capsys, db, estate, "objection", "email_in_capitals")
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "suppress", reference)
    with services(db, estate) as ctx:
        assert not is_suppressed(ctx, [("email", person["email"])])
    first = run_json(capsys, *base, "--right", "objection")
    assert isinstance(first, dict)
    assert (first["reference"], first["right"]) == (reference, "objection")
    assert first["added"] >= 2 and first["extended"] == 0
    assert first["kinds"]["email"] >= 1 and first["kinds"]["customer_no"] == 1
    assert sum(first["kinds"].values()) == first["added"]
    expires = datetime.now(PARIS).date() + timedelta(days=3 * 365)
    assert abs((datetime.fromisoformat(first["expires_on"]).date() - expires).days) <= 1
    assert "stops" not in first
    with services(db, estate) as ctx:
        assert is_suppressed(ctx, [("email", person["email"].upper())])
    code, out, err = run(capsys, *base, "--right", "objection")
    assert code == 0, err
    assert "Inscrit sur la liste d’opposition à la prospection jusqu’au" in out
    assert f"dont {first['added']} déjà inscrit(s)." in out

    before = dump(db)
    code, _out, err = run(capsys, *base, "--right", "consent_withdrawal")
    assert code == 2 and "ne porte pas sur ce droit" in err
    assert dump(db) == before


def test_a_withdrawal_of_consent_says_how_each_source_stops(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = reviewed(capsys, db, estate, "consent_withdrawal", "email_in_capitals")
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "suppress", reference)
    result = run_json(capsys, *base, "--right", "consent_withdrawal")
    assert isinstance(result, dict) and result["added"] >= 1
    # The newsletter (a file the program cannot write) serves a consent-based activity.
    (newsletter,) = result["stops"]
    assert (newsletter["source"], newsletter["writable"], newsletter["fields"]) == (
        "newsletter",
        False,
        [],
    )
    assert newsletter["activities"] == [
        "Prospection commerciale par voie électronique (e-mail, SMS)"
    ]
    listed = run_json(
        capsys, "--db", str(db), "--catalogue", str(estate.catalogue), "tasks", reference
    )
    assert isinstance(listed, dict)
    (task,) = [t for t in listed["tasks"] if t["kind"] == "stop_consent"]
    assert (task["id"], task["target"], task["status"]) == (
        newsletter["task"],
        "newsletter",
        "open",
    )
    code, out, err = run(capsys, *base, "--right", "consent_withdrawal")
    assert code == 0, err
    assert f"– Abonnés à la newsletter\u00a0: tâche n° {task['id']} pour son propriétaire" in out
