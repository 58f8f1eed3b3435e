"""What the crash tests share: a case base beside its own copy of the demo estate, prepared
once and copied for each kill, and the context that opens such a copy again."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from oklima_dpo.config.catalogue_file import load_catalogue
from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.register import Register
from oklima_dpo.services.configuration import Configuration
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.database import Store, parse_target
from oklima_dpo.store.migrate import open_store

from ..conftest import fill_organisation
from ..services.helpers import reviewed_case

ROOT = Path(__file__).resolve().parents[2]  # where ``python -m tests.crash.…`` runs


def context(folder: Path, store: Store, clock: Callable[[], datetime]) -> ServiceContext:
    """The context of the case base in ``folder``, its estate's catalogue in use."""
    return ServiceContext(
        store,
        "dpo.test",
        folder / "documents",
        exports_folder=folder / "exports",
        clock=clock,
        configuration=Configuration(catalogue_override=folder / "estate" / "catalogue.yaml"),
    )


def prepared_case(
    folder: Path,
    estate: EstateSummary,
    register: Register,
    clock: Callable[[], datetime],
    rights: tuple[str, ...],
    then: Callable[[ServiceContext, str], None] | None = None,
) -> str:
    """In ``folder``: a copy of the estate and a case base holding a reviewed request of the
    customer with invoices and a paper folder, its ``rights`` granted; ``then`` goes on."""
    shutil.copytree(estate.out_dir, folder / "estate")
    store = open_store(parse_target(folder / "cases.sqlite"))
    try:
        ctx = context(folder, store, clock)
        fill_organisation(ctx)
        catalogue = load_catalogue(folder / "estate" / "catalogue.yaml", register)
        person = estate.hard_cases["email_in_capitals"]
        reference = reviewed_case(ctx, catalogue, register, person, rights)
        if then is not None:
            then(ctx, reference)
    finally:
        store.dispose()
    return reference
