"""The command line of the owners' tasks and the Art. 19 notices (the Exécution tab): list,
answer a task, plan, produce, send and acknowledge a notice; bad input refused with the case
base unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.services.execution import notices as art19
from oklima_dpo.services.execution import tasks as owner_tasks

from .cli_cases import reviewed
from .test_cli import add, dump, run, run_json
from .test_cli_review import services

PROCESSORS = ["it_providers", "debt_collection_providers", "customer_relations_providers"]


def erased(capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, key: str) -> str:
    """An erasure carried out on the command line: the owners of what it cannot write get
    tasks."""
    reference = reviewed(capsys, db, estate, "erasure", key)
    base = ("--db", str(db), "--catalogue", str(estate.catalogue))
    applied = run_json(capsys, *base, "execute", reference, "--right", "erasure", "--apply")
    assert isinstance(applied, dict) and applied["status"] == "verified"
    return reference


def test_tasks_lists_the_owners_tasks_and_answer_records_one(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = erased(capsys, db, estate, "prospect_newsletter_only")
    listed = run_json(
        capsys, "--db", str(db), "--catalogue", str(estate.catalogue), "tasks", reference
    )
    assert isinstance(listed, dict)
    assert listed["reference"] == reference and listed["notices"] == []
    with services(db, estate) as ctx:
        views = owner_tasks.list_tasks(ctx, reference)
    assert [t["id"] for t in listed["tasks"]] == [t.id for t in views]
    tasks = {t["target"]: t for t in listed["tasks"]}
    assert set(tasks) == {"newsletter", "paper_archives"}
    newsletter = tasks["newsletter"]
    assert (newsletter["kind"], newsletter["status"], newsletter["status_label"]) == (
        "erase",
        "open",
        "à faire",
    )
    assert newsletter["target_name"] == "Abonnés à la newsletter"
    assert "Liste des abonnés" in newsletter["description"] and newsletter["answer"] is None
    assert newsletter["execution"] == views[0].execution_id is not None

    code, out, err = run(
        capsys, "--db", str(db), "--catalogue", str(estate.catalogue), "tasks", reference
    )
    assert code == 0, err
    assert f"– Tâche n° {newsletter['id']} — Abonnés à la newsletter\u00a0: à faire" in out
    assert f"à faire, attendue le {newsletter['due_on'][8:10]}/" in out  # 10 days, French date
    assert newsletter["days_late"] == 0 and newsletter["owner"].startswith("Marketing")

    paper = tasks["paper_archives"]["id"]
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "--catalogue",
        str(estate.catalogue),
        "tasks",
        reference,
        "--remind",
        str(paper),
    )
    assert code == 0, err
    assert "Rappel préparé pour services-generaux@oklima.example" in out
    eml = Path(out.split("\u00a0: ", 1)[1].splitlines()[0].strip())
    assert eml.suffix == ".eml" and b"X-Unsent: 1" in eml.read_bytes()

    answered = run_json(
        capsys,
        "--db",
        str(db),
        "tasks",
        reference,
        "--answer",
        str(newsletter["id"]),
        "--text",
        "Ligne supprimée du fichier le 26/03/2025.",
    )
    assert isinstance(answered, dict)
    after = {t["target"]: t for t in answered["tasks"]}
    assert after["newsletter"]["status"] == "done"
    assert after["newsletter"]["answer"] == "Ligne supprimée du fichier le 26/03/2025."
    assert after["paper_archives"]["status"] == "open"
    with services(db, estate) as ctx:
        done = {t.target: t for t in owner_tasks.list_tasks(ctx, reference)}
    assert done["newsletter"].status == "done" and done["newsletter"].updated_by

    before = dump(db)
    for argv, message in (
        (["--answer", str(newsletter["id"]), "--text", "encore"], "déjà"),
        (["--answer", "999", "--text", "fait"], "Aucune tâche n° 999"),
        (["--answer", str(tasks["paper_archives"]["id"])], "Indiquer ce que le propriétaire"),
        (["--text", "fait"], "--text ne vaut qu’avec --answer"),
        (["--remind", str(newsletter["id"])], "n’est plus à faire"),
        (["--remind", "1", "--answer", "1", "--text", "x"], "l’un ou l’autre"),
        (["--answer", "trois", "--text", "fait"], "n’est pas un numéro"),
    ):
        code, out, err = run(capsys, "--db", str(db), "tasks", reference, *argv)
        assert code == 2, (argv, err)
        assert message in err and out == "", argv
    assert dump(db) == before


def test_a_notice_is_planned_produced_sent_and_acknowledged(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, tmp_path: Path
) -> None:
    reference = reviewed(capsys, db, estate, "erasure", "email_in_capitals")
    base = ("--db", str(db), "--catalogue", str(estate.catalogue), "notices", reference)
    assert run_json(capsys, *base) == {"reference": reference, "notices": []}
    planned = run_json(capsys, *base, "--plan")
    assert isinstance(planned, dict)
    assert [n["recipient"] for n in planned["notices"]] == PROCESSORS
    assert {n["status"] for n in planned["notices"]} == {"open"}
    assert planned["notices"][0]["recipient_name"] == "Prestataires informatiques"
    notice = planned["notices"][1]["id"]

    before = dump(db)
    code, _out, err = run(capsys, *base, "--sent", str(notice), "--channel", "courrier")
    assert code == 2 and "Produire d’abord" in err
    assert dump(db) == before

    out_dir = tmp_path / "envoi"
    produced = run_json(
        capsys,
        *base,
        "--produce",
        str(notice),
        "--email",
        "dpo@recouvrement.example",
        "--out",
        str(out_dir),
    )
    assert isinstance(produced, dict)
    assert produced["notice"] == notice
    assert produced["document_reference"] == f"{reference}-ART19-01"
    pdf, eml = (Path(f["path"]) for f in produced["files"])
    assert (pdf.parent, pdf.name, eml.suffix) == (out_dir, f"{reference}-ART19-01.pdf", ".eml")
    for item in produced["files"]:
        assert hashlib.sha256(Path(item["path"]).read_bytes()).hexdigest() == item["sha256"]
    assert "dpo@recouvrement.example" in eml.read_text(encoding="utf-8")

    sent = run_json(
        capsys, *base, "--sent", str(notice), "--channel", "e-mail", "--on", "2025-03-26"
    )
    assert isinstance(sent, dict)
    mine = next(n for n in sent["notices"] if n["id"] == notice)
    assert mine["status"] == "sent" and mine["answer"] == "Envoyée le 26/03/2025 : e-mail"
    assert mine["document_id"] is not None
    code, out, err = run(
        capsys, *base, "--acknowledged", str(notice), "--text", "Fait, ticket 4521."
    )
    assert code == 0, err
    assert f"Accusé de réception de la notification n° {notice} enregistré." in out
    assert "prise en compte par le destinataire" in out
    with services(db, estate) as ctx:
        statuses = {n.recipient_id: n for n in art19.list_notices(ctx, reference)}
    assert {r: n.status for r, n in statuses.items()} == {
        "it_providers": "open",
        "debt_collection_providers": "acknowledged",
        "customer_relations_providers": "open",
    }
    answer = statuses["debt_collection_providers"].answer
    assert answer is not None and answer.endswith(" : Fait, ticket 4521.")
    # The case's task list holds its notices too.
    listed = run_json(capsys, "--db", str(db), "tasks", reference)
    assert isinstance(listed, dict)
    assert [n["id"] for n in listed["notices"]] == [n["id"] for n in planned["notices"]]


BAD_NOTICES = {
    "an option of another step": (["--plan", "--channel", "courrier"], "ne vaut qu’avec --sent"),
    "--on without its step": (["--on", "2025-03-26"], "--sent ou --acknowledged"),
    "unknown notice": (["--produce", "999"], "Aucune notification n° 999"),
    "acknowledged before sent": (["--acknowledged", "{first}", "--text", "ok"], "envoyée"),
    "sent without channel": (["--sent", "{first}"], "Indiquer comment"),
    "two steps": (["--plan", "--sent", "{first}"], "not allowed with argument"),
}


@pytest.mark.parametrize("case", list(BAD_NOTICES))
def test_bad_notice_steps_write_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, case: str
) -> None:
    reference = reviewed(capsys, db, estate, "erasure", "email_in_capitals")
    catalogue = ("--catalogue", str(estate.catalogue))
    planned = run_json(capsys, "--db", str(db), *catalogue, "notices", reference, "--plan")
    assert isinstance(planned, dict)
    argv, message = BAD_NOTICES[case]
    argv = [a.format(first=planned["notices"][0]["id"]) for a in argv]
    before = dump(db)
    code, out, err = run(capsys, "--db", str(db), *catalogue, "notices", reference, *argv)
    assert code == 2, err
    assert message in err and out == ""
    assert dump(db) == before


def test_no_notice_for_an_access_request(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary
) -> None:
    reference = add(capsys, db)
    before = dump(db)
    catalogue = ("--catalogue", str(estate.catalogue))
    code, _out, err = run(capsys, "--db", str(db), *catalogue, "notices", reference, "--plan")
    assert code == 2 and "aucune notification de l’article 19" in err
    assert dump(db) == before
    code, out, _err = run(capsys, "--db", str(db), "tasks", reference)
    assert code == 0 and out == "Aucune tâche ni notification pour cette demande.\n"
    code, _out, err = run(capsys, "--db", str(db), "tasks", "DR-2025-0999")
    assert code == 2 and "DR-2025-0999" in err
