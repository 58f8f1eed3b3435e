"""The gates on the command line: ``cases checklist`` and every step that discloses or changes
exit 2 listing what stands in the way, and write nothing; ``cases override`` lifts a warning
with a reason, never a blocking item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.services import audit

from .cli_cases import established, gathered, services, settled
from .test_cli import dump, run, run_json


def test_an_access_package_is_refused_until_identity_decision_and_review(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, tmp_path: Path
) -> None:
    reference = gathered(capsys, db, estate, estate.hard_cases["email_in_capitals"])
    catalogue = ("--catalogue", str(estate.catalogue))
    base = ("--db", str(db), *catalogue)
    code, out, _ = run(capsys, *base, "cases", "checklist", reference, "--package", "access")
    assert code == 2
    assert "identité du demandeur n’est pas établie" in out and "(identity)" in out
    assert "(decision:access)" in out and "(review)" in out
    listed = json.loads(
        run(capsys, *base, "cases", "checklist", reference, "--package", "access", "--json")[1]
    )
    assert [i["code"] for i in listed["items"]] == ["identity", "decision:access", "review"]
    assert all(i["severity"] == "blocking" for i in listed["items"])

    before = dump(db)
    code, out, err = run(
        capsys, *base, "respond", reference, "--package", "access", "--out", str(tmp_path / "x")
    )
    assert code == 2 and out == ""
    assert "Avant de communiquer les données" in err and "(identity)" in err
    assert dump(db) == before and not (tmp_path / "x").exists()  # nothing written

    established(capsys, db, reference)
    settled(capsys, db, estate, reference)
    run_json(capsys, *base, "review", reference, "--save")
    run_json(
        capsys, *base, "cases", "decide", reference, "--right", "access", "--outcome", "granted"
    )
    code, out, _ = run(capsys, *base, "cases", "checklist", reference, "--package", "access")
    assert code == 0 and "rien ne s’y oppose" in out
    produced = run_json(capsys, *base, "respond", reference, "--package", "access")
    assert isinstance(produced, dict) and produced["files"]


def test_an_erasure_is_planned_before_the_decision_but_not_applied(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = gathered(capsys, db, estate, estate.hard_cases["email_in_capitals"], "erasure")
    base = ("--db", str(db), "--catalogue", str(estate.catalogue))
    run_json(capsys, *base, "review", reference, "--save")
    planned = run_json(capsys, *base, "execute", reference, "--right", "erasure", "--plan")
    assert isinstance(planned, dict) and planned["status"] == "planned"
    before = dump(db)
    code, _, err = run(capsys, *base, "execute", reference, "--right", "erasure", "--apply")
    assert code == 2
    for item in ("(identity)", "(decision:erasure)", "(review_incomplete)"):
        assert item in err
    assert dump(db) == before


def test_a_warning_is_lifted_with_a_reason_a_blocking_item_never(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    assert run(capsys, "--db", str(db), "settings", "set", "identity.erasure", "3")[0] == 0
    reference = gathered(capsys, db, estate, estate.hard_cases["email_in_capitals"], "erasure")
    established(capsys, db, reference)  # answers matching: level 2 of the 3 asked
    base = ("--db", str(db))
    listed = json.loads(
        run(capsys, *base, "cases", "checklist", reference, "--execute", "erasure", "--json")[1]
    )
    warning = next(i for i in listed["items"] if i["code"] == "identity_level")
    assert warning["severity"] == "warning" and "pièce d’identité vue" in warning["text"]

    before = dump(db)
    for code_, reason, message in (
        ("identity_level", " ", "Indiquer pourquoi"),
        ("decision:erasure", "Urgent", "un point bloquant ne se lève jamais"),
        ("unknown", "Urgent", "n’est pas un avertissement"),
    ):
        code, _, err = run(capsys, *base, "cases", "override", reference, code_, "--reason", reason)
        assert code == 2 and message in err, err
    assert dump(db) == before

    code, out, _ = run(
        capsys,
        *base,
        "cases",
        "override",
        reference,
        "identity_level",
        "--reason",
        "Client connu de longue date, demande depuis son adresse habituelle",
    )
    assert code == 0 and "levé" in out
    listed = json.loads(
        run(capsys, *base, "cases", "checklist", reference, "--execute", "erasure", "--json")[1]
    )
    assert "identity_level" not in [i["code"] for i in listed["items"]]
    assert listed["overridden"] == ["identity_level"]
    with services(db) as ctx:
        lifted = [e for e in audit.list_entries(ctx) if e.action == "case.gate_overridden"]
    assert len(lifted) == 1 and lifted[0].details["code"] == "identity_level"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--method", "matching_answers"], None),
        ([], "Indiquer comment l’identité a été établie"),
        (["--method", "other"], "dire dans la note"),
        (["--method", "telepathy"], "Méthode"),
    ],
)
def test_identity_needs_its_method(
    capsys: pytest.CaptureFixture[str], db: Path, argv: list[str], message: str | None
) -> None:
    from .test_cli import add

    reference = add(capsys, db)
    before = dump(db)
    code, _, err = run(
        capsys, "--db", str(db), "cases", "event", reference, "identity-verified", *argv
    )
    if message is None:
        assert code == 0, err
    else:
        assert code == 2 and message in err, err
        assert dump(db) == before
