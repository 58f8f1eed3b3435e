"""The command line of « Modifier le texte… » (the Réponses tab): the editable paragraphs of a
letter printed, and a letter produced with the DPO's paragraphs, kept in the case."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.services.answers import produce as answers

from .cli_cases import services
from .test_cli import add, dump, run, run_json


def test_the_wording_is_shown_then_produced_as_edited(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    reference = add(capsys, db)
    base = ("--db", str(db), "respond", reference, "--package", "acknowledgement")
    before = dump(db)
    shown = run_json(capsys, *base, "--show-wording")
    assert dump(db) == before, "showing the wording produces nothing"
    with services(db) as ctx:
        template = answers.default_wording(ctx, reference, LetterKind.ACKNOWLEDGEMENT)
    assert shown == {"reference": reference, "package": "acknowledgement", "paragraphs": template}
    code, out, err = run(capsys, *base, "--show-wording")
    assert code == 0, err
    assert out == "\n\n".join(template) + "\n"  # what --wording reads back

    edited = tmp_path / "texte.txt"
    edited.write_text(
        "Nous avons bien reçu votre demande,\nrelue par le délégué.\n\n \nÀ très bientôt.\n",
        encoding="utf-8",
    )
    produced = run_json(capsys, *base, "--wording", str(edited), "--out", str(tmp_path / "envoi"))
    assert isinstance(produced, dict)
    text = " ".join(PdfReader(produced["files"][0]["path"]).pages[0].extract_text().split())
    assert "relue par le délégué. À très bientôt." in text
    assert "enregistrée sous la référence" in template[0]
    assert "enregistrée sous la référence" not in text  # the template's wording is gone
    again = run_json(capsys, *base, "--show-wording")
    assert isinstance(again, dict)
    assert again["paragraphs"] == [
        "Nous avons bien reçu votre demande,\nrelue par le délégué.",
        "À très bientôt.",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--wording", "{empty}"], "est vide : écrire au moins un paragraphe"),
        (["--wording", "{absent}"], "introuvable"),
        (["--show-wording", "--encrypt"], "--show-wording ne produit rien"),
        (["--show-wording", "--wording", "{good}"], "not allowed with argument"),
    ],
)
def test_bad_wordings_write_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    reference = add(capsys, db)
    empty = tmp_path / "vide.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    good = tmp_path / "texte.txt"
    good.write_text("Un paragraphe.\n", encoding="utf-8")
    before = dump(db)
    argv = [a.format(empty=empty, good=good, absent=tmp_path / "absent.txt") for a in argv]
    code, out, err = run(
        capsys, "--db", str(db), "respond", reference, "--package", "acknowledgement", *argv
    )
    assert code == 2, err
    assert message in err and out == ""
    assert dump(db) == before
