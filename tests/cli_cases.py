"""Cases built on the command line for the CLI tests, and the services on the case base it
wrote (to prove what a command did)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.services.configuration import Configuration
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.gathering import review
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store

from .test_cli import run_json


@contextmanager
def services(db: Path, estate: EstateSummary | None = None) -> Iterator[ServiceContext]:
    """The services on the case base the command line wrote, to prove what it did."""
    store = open_store(parse_target(db))
    configuration = Configuration(catalogue_override=estate.catalogue if estate else None)
    try:
        yield ServiceContext(
            store, "dpo.test", db.parent / "documents", configuration=configuration
        )
    finally:
        store.dispose()


def gathered(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    estate: EstateSummary,
    person: dict[str, str],
    right: str = "access",
) -> str:
    """A request of ``person``, taken in charge and gathered on the command line."""
    added = run_json(
        capsys,
        "--db",
        str(db),
        "cases",
        "add",
        "--right",
        right,
        "--name",
        f"{person['first_name']} {person['last_name']}",
        "--email",
        person["email"],
        "--received",
        "2025-03-05T10:00",
        "--channel",
        "email",
    )
    assert isinstance(added, dict)
    reference = added["reference"]
    run_json(capsys, "--db", str(db), "cases", "event", reference, "acknowledged")
    run_json(capsys, "--db", str(db), "--catalogue", str(estate.catalogue), "gather", reference)
    return reference


def established(capsys: pytest.CaptureFixture[str], db: Path, reference: str) -> None:
    """The requester's identity established on the command line (answers matching)."""
    run_json(
        capsys,
        "--db",
        str(db),
        "cases",
        "event",
        reference,
        "identity-verified",
        "--method",
        "matching_answers",
        "--reason",
        "Numéro client et e-mail concordants",
    )


def settled(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, reference: str
) -> None:
    """The paper archives' owner answered by hand (a folder found), recorded on the command
    line: the review can be complete, and an erasure asks the owner to destroy it."""
    run_json(
        capsys,
        "--db",
        str(db),
        "--catalogue",
        str(estate.catalogue),
        "review",
        reference,
        "--manual",
        "paper_archives",
        "--found",
        "--note",
        "Un dossier papier à ce nom",
    )


def reviewed(
    capsys: pytest.CaptureFixture[str], db: Path, estate: EstateSummary, right: str, key: str
) -> str:
    """A request for ``right`` by a hard case of the estate, gathered on the command line,
    its requester's identity established, its data saved as reviewed and the right granted."""
    reference = gathered(capsys, db, estate, estate.hard_cases[key], right)
    established(capsys, db, reference)
    settled(capsys, db, estate, reference)
    with services(db, estate) as ctx:
        review.save_review(ctx, reference)
    run_json(
        capsys,
        "--db",
        str(db),
        "cases",
        "decide",
        reference,
        "--right",
        right,
        "--outcome",
        "granted",
    )
    return reference
