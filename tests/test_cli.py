"""The command line: JSON results, exit codes, and bad input refused with the base unchanged."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from oklima_dpo.app import main
from oklima_dpo.store.database import Target


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return "\n".join(connection.iterdump())


def add(capsys: pytest.CaptureFixture[str], db: Path | str, *extra: str) -> str:
    result = run_json(
        capsys,
        "--db",
        str(db),
        "cases",
        "add",
        "--right",
        "access",
        "--name",
        "Élodie Le Gall",
        "--email",
        "elodie@exemple.fr",
        "--received",
        "2025-03-05T10:00",
        "--channel",
        "email",
        *extra,
    )
    assert isinstance(result, dict)
    return result["reference"]


# -- deadline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "due", "extended_due"),
    [
        (["--received", "2025-03-05"], "2025-04-07", "2025-06-05"),
        (["--received", "2025-01-31"], "2025-02-28", "2025-04-30"),
        (["--received", "2025-11-25", "--calendar", "alsace-moselle"], "2025-12-29", "2026-02-25"),
        (
            ["--received", "2025-03-10", "--suspended", "2025-03-12:2025-03-20"],
            "2025-04-18",
            "2025-06-18",
        ),
    ],
)
def test_deadline_json(
    capsys: pytest.CaptureFixture[str], argv: list[str], due: str, extended_due: str
) -> None:
    result = run_json(capsys, "deadline", *argv)
    assert isinstance(result, dict)
    assert (result["due"], result["extended_due"]) == (due, extended_due)
    assert result["extension_notice_by"] == due
    assert result["received"] == argv[1]
    assert result["explanation"].startswith("reçue le ")


def test_deadline_extended_and_open_suspension(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(
        capsys,
        "deadline",
        "--received",
        "2025-03-10",
        "--extended",
        "--suspended",
        "2025-03-12:",
        "--today",
        "2025-03-20",
    )
    assert isinstance(result, dict)
    assert result["effective_due"] == result["extended_due"] == "2025-06-18"
    assert "réponse toujours attendue" in result["explanation"]


def test_deadline_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "2025-03-05")
    assert code == 0
    assert "Échéance\u00a0: 07/04/2025" in out
    assert "samedi → lundi 07/04/2025" in out


# -- a case from start to end, on SQLite and PostgreSQL ---------------------------------------


def test_a_case_through_the_command_line(
    capsys: pytest.CaptureFixture[str], target: Target, tmp_path: Path
) -> None:
    db = str(target.sqlite_path or target.url)
    reference = add(capsys, db, "--phone", "06 12 34 56 78", "--customer-no", "CL0042")
    assert reference.startswith("DR-2025-")
    listed = run_json(capsys, "--db", db, "cases", "list")
    assert isinstance(listed, list) and [c["reference"] for c in listed] == [reference]
    assert listed[0]["due"] == "2025-04-07" and listed[0]["status"] == "received"
    code, _, err = run(
        capsys,
        "--db",
        db,
        "cases",
        "event",
        reference,
        "info-requested",
        "--on",
        "2025-03-06",
        "--reason",
        "Numéro client",
    )
    assert code == 0, err
    shown = run_json(capsys, "--db", db, "cases", "show", reference)
    assert isinstance(shown, dict)
    assert shown["status"] == "awaiting_info" and shown["deadline"]["clock_stopped"]
    for argv in (
        ["event", reference, "info-received", "--on", "2025-03-10"],
        [
            "event",
            reference,
            "identity-verified",
            "--method",
            "matching_answers",
            "--reason",
            "Numéro client connu",
        ],
        ["decide", reference, "--right", "access", "--outcome", "granted"],
        ["event", reference, "answered"],
        ["event", reference, "closed"],
    ):
        code, _, err = run(capsys, "--db", db, "cases", *argv)
        assert code == 0, (argv, err)
    shown = run_json(capsys, "--db", db, "cases", "show", reference)
    assert isinstance(shown, dict) and shown["status"] == "closed"
    assert shown["deadline"]["due"] == "2025-04-09"  # 4 days suspended: 05/04 + 4 → 09/04
    assert run_json(capsys, "--db", db, "cases", "list", "--overdue") == []
    code, out, _ = run(capsys, "--db", db, "audit", "verify")
    assert code == 0 and "intact" in out


def test_list_filters_and_human_output(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    first = add(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "cases", "list", "--overdue")
    assert code == 0
    assert first in out and "Élodie Le Gall" in out and "05/03/2025" in out
    assert "en retard de" in out
    assert run_json(capsys, "--db", str(db), "cases", "list", "--status", "closed") == []
    assert run_json(capsys, "--db", str(db), "cases", "list", "--due-within", "3") != []
    code, out, _ = run(capsys, "--db", str(db), "cases", "show", first)
    assert "Échéance\u00a0: 07/04/2025" in out and "Droit d’accès (Art. 15)" in out


def test_python_dash_m_works(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "oklima_dpo", "deadline", "--received", "2025-06-14", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["due"] == "2025-07-15"


# -- the audit journal ----------------------------------------------------------------------


def test_audit_verify_names_the_first_bad_entry(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    reference = add(capsys, db)
    assert run(capsys, "--db", str(db), "cases", "event", reference, "acknowledged")[0] == 0
    assert (
        run(capsys, "--db", str(db), "cases", "event", reference, "note", "--reason", "Appel")[0]
        == 0
    )
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("UPDATE audit_entries SET actor = 'intrus' WHERE seq = 2")
        connection.commit()
    code, _, err = run(capsys, "--db", str(db), "audit", "verify")
    assert code == 1
    assert "n° 2" in err and "modifiée" in err
    result = run(capsys, "--db", str(db), "audit", "verify", "--json")
    assert result[0] == 1 and json.loads(result[1])["first_bad_entry"] == 2


# -- bad input: exit 2, a message, nothing written --------------------------------------------


BAD_ADDS = {
    "invalid e-mail": (["--email", "elodie@"], "Adresse e-mail invalide"),
    "invalid phone": (["--email", "e@exemple.fr", "--phone", "12"], "téléphone invalide"),
    "future receipt": (["--email", "e@exemple.fr", "--received", "2099-01-01"], "futur"),
    "not a date": (["--email", "e@exemple.fr", "--received", "2025-02-30"], "n’est pas une date"),
    "unknown right": (["--email", "e@exemple.fr", "--right", "acces"], "Droit"),
    "unknown channel": (["--email", "e@exemple.fr", "--channel", "fax"], "Canal"),
    # One check of typed text for every face (domain/text.py): nothing stored unseen.
    "name of zero-width spaces": (
        ["--email", "e@exemple.fr", "--name", "\u200b\u200b"],
        "Nom\u00a0: un caractère invisible",
    ),
    "name with an ANSI escape": (
        ["--email", "e@exemple.fr", "--name", "Marc \x1b[31mDurand"],
        "Nom\u00a0: un caractère de contrôle",
    ),
    "name on two lines": (
        ["--email", "e@exemple.fr", "--name", "Marc\nDurand"],
        "Nom\u00a0: un retour à la ligne",
    ),
    "name with a lone surrogate": (
        ["--email", "e@exemple.fr", "--name", "Marc \udc80"],
        "Nom\u00a0: un caractère est invalide",
    ),
    "a 100 kB e-mail address": (
        ["--email", "a" * 100_000 + "@exemple.fr"],
        "E-mail\u00a0: 100011 caractères, au plus 254",
    ),
    "an empty language": (["--email", "e@exemple.fr", "--language", ""], "choisir fr ou en"),
    "a channel with a newline": (
        ["--email", "e@exemple.fr", "--channel", "email\n"],
        "Canal\u00a0: un retour à la ligne",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ADDS))
def test_bad_additions_are_refused(capsys: pytest.CaptureFixture[str], db: Path, case: str) -> None:
    add(capsys, db)
    before = dump(db)
    extra, message = BAD_ADDS[case]
    argv = [
        "--db",
        str(db),
        "cases",
        "add",
        "--right",
        "access",
        "--name",
        "Marc Durand",
        "--received",
        "2025-03-05",
        "--channel",
        "email",
    ]
    code, out, err = run(capsys, *argv, *extra)
    assert code == 2, err
    assert message in err and out == ""
    assert dump(db) == before


BAD_STEPS = {
    "unknown reference": (["event", "DR-2025-0999", "acknowledged"], "DR-2025-0999"),
    "extension after the first deadline": (
        ["event", "DR-2025-0001", "extended", "--reason", "Complexe"],
        "premier délai",
    ),
    "forbidden transition": (["event", "DR-2025-0001", "closed"], "Impossible"),
    "unknown step": (["event", "DR-2025-0001", "archived"], "étape"),
    "refusal without ground": (
        ["decide", "DR-2025-0001", "--right", "access", "--outcome", "refused"],
        "fondement juridique",
    ),
}


@pytest.mark.parametrize(
    "argv, message",
    [
        (["cases", "list", "--due-within", "99999999999999999999"], "entre 0 et 3650"),
        (["cases", "list", "--due-within", "-5"], "entre 0 et 3650"),
        (["cases", "list", "--limit", "-1"], "Limite -1"),
        (
            ["deadline", "--received", "2025-03-05", "--suspended", "2025-03-01:2025-03-10"],
            "commencer après la réception (05/03/2025)",
        ),
    ],
)
def test_numbers_and_dates_that_mean_nothing_are_refused(
    capsys: pytest.CaptureFixture[str], db: Path, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert code == 2 and out == ""
    assert message in err.replace("\u00a0", " "), err


@pytest.mark.parametrize("case", list(BAD_STEPS))
def test_bad_steps_are_refused(capsys: pytest.CaptureFixture[str], db: Path, case: str) -> None:
    assert add(capsys, db) == "DR-2025-0001"
    before = dump(db)
    argv, message = BAD_STEPS[case]
    code, _, err = run(capsys, "--db", str(db), "cases", *argv)
    assert code == 2
    assert message in err
    assert dump(db) == before


def test_db_pointing_at_a_folder_or_another_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "cases", "list")
    assert code == 2 and "est un dossier" in err
    other = tmp_path / "notes.txt"
    other.write_text("pas une base")
    code, _, err = run(capsys, "--db", str(other), "cases", "list")
    assert code == 2 and "pas une base de cas" in err
    assert other.read_text() == "pas une base"


def test_an_internal_error_exits_1(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    add(capsys, db)
    with closing(sqlite3.connect(db)) as connection:  # a schema the program never made
        connection.execute("ALTER TABLE cases RENAME COLUMN due_on TO due_date")
        connection.commit()
    code, _, err = run(capsys, "--db", str(db), "cases", "list")
    assert code == 1
    assert "erreur interne" in err


# -- demo --------------------------------------------------------------------------------------


def test_demo_fills_its_own_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = run_json(capsys, "--data-dir", str(tmp_path), "demo", "--cases", "20")
    assert isinstance(result, dict) and result["cases"] == 20
    assert Path(result["db"]) == tmp_path / "demo" / "oklima-dpo.sqlite"
    assert not (tmp_path / "oklima-dpo.sqlite").exists()  # the real case base is untouched
    listed = run_json(capsys, "--data-dir", str(tmp_path), "--demo", "cases", "list")
    assert isinstance(listed, list) and len(listed) == 20


def test_demo_refuses_a_real_case_base(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    add(capsys, db)
    code, _, err = run(capsys, "--db", str(db), "demo", "--cases", "5")
    assert code == 2 and "vraies demandes" in err


def test_the_desktop_program_refuses_a_bad_case_base_with_a_message(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "oklima_dpo",
            "--db",
            str(tmp_path),
            "--data-dir",
            str(tmp_path / "data"),
            "--no-err-windows",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "est un dossier" in done.stderr and "Traceback" not in done.stderr
