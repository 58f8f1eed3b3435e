"""Every Designer form is compiled, and the compiled code is up to date."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import build_ui

FORMS = sorted(build_ui.FORMS.glob("*.ui"))


def test_there_are_forms() -> None:
    assert FORMS, "ui/ holds the Designer forms of the fixed-layout dialogs"


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_the_compiled_form_is_up_to_date(form: Path) -> None:
    target = build_ui.compiled_path(form)
    assert target.exists(), f"{form.name} is not compiled: run tools/build_ui.py"
    assert target.read_text(encoding="utf-8") == build_ui.compile_form(form), (
        f"{target.name} is older than {form.name}: run tools/build_ui.py"
    )
