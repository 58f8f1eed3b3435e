"""The program killed by SIGKILL at random moments while it writes — opening requests,
recording steps, gathering and saving a review, producing an access package — and opened
again: the case base passes PRAGMA integrity_check, the journal verifies, nothing it said it
committed is lost, and no half-written file is left where the DPO would see it. The figures
are printed (pytest -s); OKLIMA_CRASH_KILLS sets the kills per operation (default 4)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services import audit
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.document_store import sweep_interrupted_writes
from oklima_dpo.services.gathering import review
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store

from ..conftest import Clock
from .bases import ROOT, context, prepared_case

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX's")

KILLS = int(os.environ.get("OKLIMA_CRASH_KILLS", "4"))
OPERATIONS = ("intake", "steps", "review", "produce")


def visible_leftovers(folder: Path) -> list[Path]:
    """Half-written files a user would see: temporary names, in any folder of the run."""
    return [p for p in folder.rglob("*") if p.is_file() and ".partiel" in p.name]


def check_run(operation: str, run: Path, reference: str, said: list[str], clock: Clock) -> None:
    cases = run / "cases.sqlite"
    with closing(sqlite3.connect(cases)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = open_store(parse_target(cases))
    try:
        ctx = context(run, store, clock)
        sweep_interrupted_writes(ctx)  # what the next start does
        check = audit.verify_journal(ctx)
        assert check.intact, (operation, check.problem)
        if operation == "intake":
            held = {c.reference for c in case_queue.list_cases(ctx, CaseFilter())}
            assert set(said) <= held
        elif operation == "steps":
            detail = case_steps.show_case(ctx, reference)
            notes = [e for e in detail.timeline if e.kind is EventKind.NOTE]
            assert len(notes) >= len(said)
        elif operation == "review" and said:
            kept = {s.sha256 for s in review.case_data(ctx, reference).snapshots}
            assert said[-1] in kept
        elif operation == "produce":
            for line in said:
                for part in line.split():
                    name, sha256 = part.rsplit("=", 1)
                    written = run / "exports" / reference / name
                    assert written.exists(), name
                    assert audit_sha256(written) == sha256
    finally:
        store.dispose()
    assert not visible_leftovers(run / "exports"), visible_leftovers(run / "exports")
    assert not visible_leftovers(run / "documents"), visible_leftovers(run / "documents")


def audit_sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writes_killed_at_random_moments_lose_nothing_committed(
    tmp_path: Path, pristine_estate: EstateSummary, register: Register, clock: Clock
) -> None:
    folder = tmp_path / "prepared"
    reference = prepared_case(folder, pristine_estate, register, clock, ("access",))
    rng = random.Random(20261207)
    figures: dict[str, list[int]] = {op: [0, 0] for op in OPERATIONS}  # kills, commits seen
    for operation in OPERATIONS:
        for n in range(KILLS):
            run = tmp_path / f"{operation}-{n}"
            shutil.copytree(folder, run)
            delay = round(rng.uniform(1.5, 5.0), 2)
            child = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tests.crash.work_child",
                    str(run / "cases.sqlite"),
                    str(run / "estate" / "catalogue.yaml"),
                    operation,
                    reference,
                    str(delay),
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert child.returncode == -9, (operation, child.returncode, child.stderr[-2000:])
            said = [line for line in child.stdout.splitlines() if line.strip()]
            figures[operation][0] += 1
            figures[operation][1] += len(said)
            check_run(operation, run, reference, said, clock)
            shutil.rmtree(run)
    total = sum(kills for kills, _ in figures.values())
    print(
        f"\nécritures tuées : {total} — "
        + ", ".join(
            f"{op} : {k} arrêts, {c} écritures confirmées" for op, (k, c) in figures.items()
        )
    )
    assert all(commits for _, commits in figures.values()), "each operation committed some"
