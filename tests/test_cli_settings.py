"""The command line of the settings: every setting shown (the logo by its type and size), one
changed by its name and checked as the dialog's form is; bad names and values change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from oklima_dpo.domain.deadlines import Calendar
from oklima_dpo.services.audit import JournalFilter, list_entries
from oklima_dpo.services.settings import by_key
from oklima_dpo.services.settings.model import get_settings

from .cli_cases import services
from .services.test_settings import PNG
from .test_cli import add, dump, run, run_json


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite"


def test_show_prints_every_setting(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    shown = run_json(capsys, "--db", str(db), "settings", "show")
    assert isinstance(shown, dict)
    assert list(shown) == [key.name for key in by_key.SETTING_KEYS]
    assert shown["organisation.name"] == "OKLIMA"
    assert shown["organisation.address"] == "20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine"
    assert shown["organisation.logo"] is None
    assert shown["policy.calendar"] == "national"
    assert shown["policy.suspension_enabled"] is True
    assert shown["policy.extension_reading"] == "receipt_plus_3_months"
    assert (shown["reminder_days"], shown["suppression_years"]) == (15, 3)
    assert (shown["gathered_data_days"], shown["export_folder"]) == (30, "")
    code, out, err = run(capsys, "--db", str(db), "settings", "show")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Raison sociale (organisation.name)\u00a0: OKLIMA"
    assert lines[1:3] == [
        "Adresse du siège (organisation.address)\u00a0: 20 bis rue Louis Philippe",
        "    92200 Neuilly-sur-Seine",
    ]
    assert "Logo (organisation.logo)\u00a0: —" in lines
    assert (
        "Suspendre le délai pendant l’attente d’informations (policy.suspension_enabled)\u00a0: oui"
    ) in lines


def test_set_changes_one_setting_and_journals_it(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    changed = run_json(capsys, "--db", str(db), "settings", "set", "reminder_days", "20")
    assert changed == {
        "key": "reminder_days",
        "value": 20,
        "changed": True,
        "stored_keys": ["deadline.reminder_days"],
        "redated": [],
    }
    with services(db) as ctx:
        assert get_settings(ctx).reminder_days == 20
        (entry,) = list_entries(ctx, JournalFilter(action_prefix="settings."))
    assert entry.details["keys"] == ["deadline.reminder_days"]
    assert entry.details["after"] == {"deadline.reminder_days": 20}
    code, out, err = run(capsys, "--db", str(db), "settings", "set", "reminder_days", "20")
    assert code == 0, err
    assert out == "Rien à changer\u00a0: Relancer après, en jours (reminder_days)\u00a0: 20\n"


def test_a_new_calendar_lists_the_open_cases_it_redates(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    # Received 25/11/2025: due 26/12 nationally, 29/12 in Alsace-Moselle (26/12 is a holiday).
    reference = add(capsys, db, "--received", "2025-11-25T10:00")
    code, out, err = run(
        capsys, "--db", str(db), "settings", "set", "policy.calendar", "alsace-moselle"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "Réglage enregistré\u00a0: Calendrier des jours fériés (policy.calendar)\u00a0: "
        "alsace-moselle",
        "1 demande(s) ouverte(s) changent d’échéance\u00a0:",
        f"– {reference}\u00a0: 26/12/2025 → 29/12/2025",
    ]
    with services(db) as ctx:
        assert get_settings(ctx).policy.calendar is Calendar.ALSACE_MOSELLE
    back = run_json(capsys, "--db", str(db), "settings", "set", "policy.calendar", "national")
    assert isinstance(back, dict)
    assert back["redated"] == [
        {"reference": reference, "old_due": "2025-12-29", "new_due": "2025-12-26"}
    ]


def test_the_logo_is_a_file_shown_by_its_type_and_size(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    changed = run_json(capsys, "--db", str(db), "settings", "set", "organisation.logo", str(logo))
    assert isinstance(changed, dict)
    assert changed["value"] == {"type": "image/png", "size": len(PNG)}
    with services(db) as ctx:
        organisation = get_settings(ctx).organisation
    assert (organisation.logo, organisation.logo_type) == (PNG, "image/png")
    code, out, _err = run(capsys, "--db", str(db), "settings", "show")
    assert code == 0
    assert f"Logo (organisation.logo)\u00a0: image/png, {len(PNG)} octets" in out.splitlines()
    removed = run_json(capsys, "--db", str(db), "settings", "set", "organisation.logo", "")
    assert isinstance(removed, dict) and removed["value"] is None
    with services(db) as ctx:
        assert get_settings(ctx).organisation.logo is None


BAD_SETTINGS = {
    "unknown name": (["couleur", "bleu"], "Réglage «\u00a0couleur\u00a0» inconnu"),
    "not a number": (["reminder_days", "vingt"], "n’est pas un nombre entier"),
    "out of range": (["reminder_days", "0"], "Relance (en jours)\u00a0: de 1 à 90."),
    "not yes or no": (["policy.suspension_enabled", "parfois"], "oui ou non"),
    "unknown calendar": (["policy.calendar", "lunaire"], "national, alsace-moselle"),
    "bad e-mail": (["organisation.dpo_email", "dpo@@exemple"], "e-mail"),
    "empty name": (["organisation.name", "  "], "La raison sociale est obligatoire"),
    "missing folder": (["export_folder", "/nulle/part"], "n’existe pas"),
    "not an image": (["organisation.logo", "{text}"], "PNG, JPEG ou SVG"),
    "no value": (["reminder_days"], "the following arguments are required: VALUE"),
}


@pytest.mark.parametrize("case", list(BAD_SETTINGS))
def test_bad_settings_change_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, case: str
) -> None:
    text = tmp_path / "logo.png"
    text.write_text("pas une image", encoding="utf-8")
    run_json(capsys, "--db", str(db), "settings", "show")  # the case base exists
    before = dump(db)
    argv, message = BAD_SETTINGS[case]
    code, out, err = run(
        capsys, "--db", str(db), "settings", "set", *(a.format(text=text) for a in argv)
    )
    assert code == 2, err
    assert message in err and out == ""
    assert dump(db) == before
