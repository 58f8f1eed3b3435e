"""Qt Linguist: extract the interface's strings and build the translations.

    uv run python tools/build_translations.py --update   # refresh the .ts from the code
    uv run python tools/build_translations.py            # build the .qm from the .ts

The ``.ts`` files are kept in git and translated with Qt Linguist (``pyside6-linguist``); the
``.qm`` files are built (by the test suite when missing or older than their ``.ts``, by
``.ci/run`` before the packaging, or by this script by hand). A test fails when a ``.ts`` misses
a string of the code, holds an unfinished translation, or when a ``.qm`` differs from what its
``.ts`` builds.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "fr"


def tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def sources() -> list[Path]:
    """Every file whose strings the interface shows: the GUI package, the services' words it
    shows too (those marking them with ``QT_TRANSLATE_NOOP``, see ``services/linguist.py``)
    and the Designer forms."""
    code = sorted((ROOT / "oklima_dpo" / "gui").rglob("*.py"))
    code = [path for path in code if "forms" not in path.parts]  # compiled from ui/
    words = [
        path
        for path in sorted((ROOT / "oklima_dpo" / "services").rglob("*.py"))
        if path.name != "linguist.py" and "QT_TRANSLATE_NOOP(" in path.read_text("utf-8")
    ]
    return code + words + sorted((ROOT / "ui").glob("*.ui"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"oklima_dpo_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"oklima_dpo_{language}.qm"


def update(ts: Path) -> None:
    """Add new strings to ``ts`` (as unfinished) and drop those the code no longer has."""
    files = [str(path.relative_to(ROOT)) for path in sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            ts.stem.split("_")[-1],
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts from the code")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if args.update:
            update(ts_path(language))
            print(f"{ts_path(language).relative_to(ROOT)} mis à jour")
        release(ts_path(language), qm_path(language))
        print(f"{qm_path(language).relative_to(ROOT)} construit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
