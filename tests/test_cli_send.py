"""The command line of the Réponses tab's sending (the documents produced, marked sent) and of
the case window's assignment; bad input refused with the case base unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from oklima_dpo.services.cases import steps as case_steps

from .cli_cases import services
from .test_cli import add, dump, run, run_json


def acknowledgement(capsys: pytest.CaptureFixture[str], db: Path, out: Path) -> tuple[str, int]:
    """A request whose acknowledgement is produced (not sent yet), and the letter's number."""
    reference = add(capsys, db)
    argv = ("respond", reference, "--package", "acknowledgement", "--out", str(out))
    run_json(capsys, "--db", str(db), *argv)
    listed = run_json(capsys, "--db", str(db), "documents", reference)
    assert isinstance(listed, list)
    (letter,) = listed
    return reference, letter["id"]


def test_documents_lists_what_was_produced_with_its_number(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    reference = add(capsys, db)
    assert run_json(capsys, "--db", str(db), "documents", reference) == []
    code, out, _err = run(capsys, "--db", str(db), "documents", reference)
    assert code == 0 and out == "Aucun document produit pour cette demande.\n"
    produced = run_json(
        capsys,
        "--db",
        str(db),
        "respond",
        reference,
        "--package",
        "acknowledgement",
        "--out",
        str(tmp_path / "envoi"),
    )
    assert isinstance(produced, dict)
    listed = run_json(capsys, "--db", str(db), "documents", reference)
    assert isinstance(listed, list)
    (letter,) = listed
    assert letter["filename"] == f"{reference}-AR-01.pdf"
    assert letter["kind"] == "acknowledgement"
    assert letter["sha256"] == produced["files"][0]["sha256"]
    kept = Path(letter["path"])  # the copy kept in the case, not the one sent
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == letter["sha256"]
    assert letter["size"] == kept.stat().st_size and isinstance(letter["id"], int)
    code, out, _err = run(capsys, "--db", str(db), "documents", reference)
    assert code == 0
    assert out.startswith(f"n° {letter['id']}  ")
    assert f"{reference}-AR-01.pdf  SHA-256 {letter['sha256']}" in out


def test_send_records_the_channel_and_moves_the_case_on(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    reference, letter = acknowledgement(capsys, db, tmp_path / "envoi")
    shown = run_json(
        capsys,
        "--db",
        str(db),
        "send",
        reference,
        str(letter),
        "--channel",
        "e-mail à la personne",
        "--on",
        "2025-03-06",
    )
    assert isinstance(shown, dict)
    assert shown["reference"] == reference and shown["status"] == "in_progress"
    last = shown["timeline"][-1]
    assert (last["kind"], last["on"], last["text"]) == (
        "acknowledged",
        "2025-03-06",
        "e-mail à la personne",
    )
    with services(db) as ctx:
        detail = case_steps.show_case(ctx, reference)
    assert detail.status.value == "in_progress"


BAD_SENDINGS = {
    "a document not produced": (["999", "--channel", "courrier"], "n’a pas été produit"),
    "no channel": (["{letter}"], "--channel"),
    "a blank channel": (["{letter}", "--channel", "  "], "Indiquer comment"),
    "not a number": (["premier", "--channel", "courrier"], "n’est pas un numéro"),
    "no document": (["--channel", "courrier"], "the following arguments are required: ID"),
    "not a date": (["{letter}", "--channel", "courrier", "--on", "06/03/2025"], "AAAA-MM-JJ"),
}


@pytest.mark.parametrize("case", list(BAD_SENDINGS))
def test_bad_sendings_write_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, case: str
) -> None:
    reference, letter = acknowledgement(capsys, db, tmp_path / "envoi")
    argv, message = BAD_SENDINGS[case]
    before = dump(db)
    code, out, err = run(
        capsys, "--db", str(db), "send", reference, *(a.format(letter=letter) for a in argv)
    )
    assert code == 2, err
    assert message in err and out == ""
    assert dump(db) == before


def test_assign_gives_the_case_to_a_deputy_and_back(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    reference = add(capsys, db)
    shown = run_json(capsys, "--db", str(db), "cases", "assign", reference, "Jeanne Martin")
    assert isinstance(shown, dict) and shown["assignee"] == "Jeanne Martin"
    with services(db) as ctx:
        assert case_steps.show_case(ctx, reference).assignee == "Jeanne Martin"
    code, out, err = run(capsys, "--db", str(db), "cases", "assign", reference)
    assert code == 0, err
    assert out.startswith(f"{reference} — Élodie Le Gall")
    with services(db) as ctx:
        assert case_steps.show_case(ctx, reference).assignee is None
    code, _out, err = run(capsys, "--db", str(db), "cases", "assign", "DR-2025-0999", "Jeanne")
    assert code == 2 and "DR-2025-0999" in err
