"""The demo estate: OKLIMA's systems filled with synthetic people, for gathering demos and tests.

One folder holds what a DPO would have to search: ``crm.sqlite``, ``billing.sqlite``,
``portal.sqlite``, ``newsletter.csv`` (cp1252 and « ; », as a French Excel saves it),
``satisfaction.xlsx``, ``support.mbox`` and ``catalogue.yaml`` (a copy of
``resources/sources/demo.yaml``, whose paths are relative to it).

Faker only builds pools (first names, surnames, streets, towns); every person is then drawn
from one ``random.Random(seed)``, so a seed and a day give the same estate, and a million
people take minutes, not hours. A few people are placed on purpose: the cases that trouble a
DPO (:data:`HARD_CASE_DESCRIPTIONS`), returned with their identifiers in
:attr:`EstateSummary.hard_cases`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import paths
from ..domain.errors import DpoError
from .estate_data import CATALOGUE_NAME, FILES, HARD_CASE_DESCRIPTIONS, MIN_PERSONS
from .estate_writer import Estate
from .hard_cases import place_hard_cases

__all__ = [
    "CATALOGUE_NAME",
    "FILES",
    "HARD_CASE_DESCRIPTIONS",
    "MIN_PERSONS",
    "EstateSummary",
    "write_demo_estate",
]


@dataclass(frozen=True)
class EstateSummary:
    """What :func:`write_demo_estate` made."""

    out_dir: Path
    catalogue: Path  # out_dir / catalogue.yaml
    persons: int  # customers in the CRM (the newsletter's prospects come on top)
    seed: int
    today: date
    rows: dict[str, int]  # "crm.customers" → rows, …, "support.messages" → messages
    hard_cases: dict[str, dict[str, str]] = field(default_factory=dict)


def write_demo_estate(
    out_dir: Path,
    persons: int,
    seed: int = 0,
    today: date | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> EstateSummary:
    """Write the demo estate of ``persons`` customers into ``out_dir`` (made if needed).

    Files already there are replaced; each is written under a ``.partial`` name first.
    ``progress`` receives a French line now and then (nothing is printed otherwise).
    """
    if persons < MIN_PERSONS:
        raise DpoError(f"Le parc de démonstration compte au moins {MIN_PERSONS} personnes.")
    today = today or date.today()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    estate = Estate(out_dir, persons, seed, today)
    placed = place_hard_cases(estate)
    try:
        estate.open()
        rng = estate.rng
        for index in range(persons):
            write = placed.get(index)
            if write is not None:
                write()
            else:
                person = estate.random_person(index)
                estate.write_customer(person, estate.random_extras(person))
            if rng.random() < 0.05:
                estate.prospect()
            if progress and (index + 1) % 100_000 == 0:
                progress(f"{index + 1:,} / {persons:,} personnes".replace(",", "\u202f"))
        rows = estate.finish(progress)
    except BaseException:
        estate.abandon()
        raise
    catalogue = out_dir / CATALOGUE_NAME
    shutil.copyfile(paths.resource("sources", "demo.yaml"), catalogue)
    return EstateSummary(
        out_dir=out_dir,
        catalogue=catalogue,
        persons=persons,
        seed=seed,
        today=today,
        rows=rows,
        hard_cases=estate.hard_cases,
    )
