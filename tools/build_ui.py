"""Compile the Qt Designer forms: ``ui/NAME.ui`` → ``oklima_dpo/gui/forms/ui_NAME.py``.

Run after editing a form: ``uv run python tools/build_ui.py``. A test fails when a compiled
form is older than its ``.ui`` (its content differs from a fresh compilation).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
COMPILED = ROOT / "oklima_dpo" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    return found or "pyside6-uic"


def compiled_path(form: Path) -> Path:
    return COMPILED / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python code ``pyside6-uic`` makes of ``form``."""
    result = subprocess.run(
        [uic(), "--from-imports", str(form)], capture_output=True, text=True, check=True
    )
    return result.stdout


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        target = compiled_path(form)
        code = compile_form(form)
        if not target.exists() or target.read_text(encoding="utf-8") != code:
            target.write_text(code, encoding="utf-8")
            print(f"{form.relative_to(ROOT)} → {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
