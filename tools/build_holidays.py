"""The French public holidays, taken from the ``holidays`` package and shipped as data.

    uv run python tools/build_holidays.py

Writes ``resources/holidays/france.json`` (kept in git): for the national calendar and the
Alsace-Moselle one, every public holiday of the years covered, day → French name, exactly as
``holidays.France(subdiv=…, language="fr")`` gives them. The program reads that file at
start-up instead of importing ``holidays`` (which loads every country's rules, about 80 ms);
other years still come from the package. A test fails when the file no longer matches the
installed package: run this script again after updating ``holidays``.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "holidays" / "france.json"
#: The years the file covers: from 1982 (8 May a holiday again) to the package's last year.
YEARS = range(1982, 2101)
#: Calendar (as in ``oklima_dpo.domain.deadlines.Calendar``) → the package's subdivision.
SUBDIVISIONS: dict[str, str | None] = {"national": None, "alsace-moselle": "57"}


def from_package(subdivision: str | None, years: range = YEARS) -> dict[date, str]:
    """Day → French name, as the installed ``holidays`` package gives them."""
    import holidays

    return dict(holidays.France(subdiv=subdivision, language="fr", years=years))


def build(years: range = YEARS) -> dict[str, object]:
    """The file's content: what ``oklima_dpo.holiday_file`` reads."""
    calendars = {
        calendar: {
            day.isoformat(): name for day, name in sorted(from_package(subdiv, years).items())
        }
        for calendar, subdiv in SUBDIVISIONS.items()
    }
    return {
        "source": 'holidays.France(subdiv=…, language="fr"), tools/build_holidays.py',
        "first_year": years.start,
        "last_year": years.stop - 1,
        "calendars": calendars,
    }


def write(path: Path = OUTPUT) -> None:
    """Written to a temporary name, then renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    os.replace(temporary, path)


def main() -> int:
    write()
    print(f"{OUTPUT.relative_to(ROOT)} construit ({YEARS.start}–{YEARS.stop - 1})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
