"""An erasure killed by SIGKILL at many moments — inside a source's transaction, between two
sources, while its outcome is recorded — and recovered at the next start: never « applying »
with no result, every SQL source fully changed or not at all, the result saying which, the
journal intact. The figures are printed (pytest -s)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oklima_dpo.actions.sql_executor import CHANGED, UNCHANGED, source_state
from oklima_dpo.config.catalogue_file import load_catalogue
from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.register import Register
from oklima_dpo.services import audit
from oklima_dpo.services.execution import planning, recovery
from oklima_dpo.services.execution import views as execution_views
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store

from ..conftest import Clock
from .bases import ROOT, context, prepared_case

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX's")

# Statement kills land inside a source's transaction; timed ones anywhere, between sources too.
MOMENTS = [f"statement:{n}" for n in (1, 2, 3, 5, 8, 12)] + [
    f"after:{s}" for s in (0.05, 0.3, 0.6, 0.9, 1.2, 1.6, 2.0, 3.0)
]


def test_an_erasure_killed_at_any_moment_is_recovered_truthfully(
    tmp_path: Path, pristine_estate: EstateSummary, register: Register, clock: Clock
) -> None:
    folder = tmp_path / "prepared"
    planned: list[int] = []
    reference = prepared_case(
        folder,
        pristine_estate,
        register,
        clock,
        ("erasure",),
        lambda ctx, ref: planned.append(planning.plan_execution(ctx, ref, "erasure").id),
    )
    (execution_id,) = planned
    figures = {
        "killed": 0,
        "finished": 0,
        "recovered": 0,
        "still planned": 0,
        CHANGED: 0,
        UNCHANGED: 0,
    }
    for n, moment in enumerate(MOMENTS):
        run = tmp_path / f"run-{n}"
        shutil.copytree(folder, run)
        cases, catalogue_file = run / "cases.sqlite", run / "estate" / "catalogue.yaml"
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.crash.apply_child",
                str(cases),
                str(catalogue_file),
                reference,
                str(execution_id),
                moment,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        killed = child.returncode == -9
        assert killed or child.returncode == 0, child.stderr
        figures["killed" if killed else "finished"] += 1

        store = open_store(parse_target(cases))
        try:
            ctx = context(run, store, clock)
            found = recovery.recover_interrupted(ctx)
            figures["recovered"] += len(found)
            view = execution_views.list_executions(ctx, reference)[-1]
            figures["still planned"] += view.status == "planned"
            # Killed before it was taken, it is still planned (nothing written): else recorded.
            assert view.status in ("planned", "verified", "partly", "failed"), (moment, view)
            assert view.status == "planned" or view.verification is not None, (moment, view)
            catalogue = load_catalogue(catalogue_file, register)
            outcomes = (view.result or {}).get("sources", {})
            not_run = set((view.result or {}).get("not_run", ()))
            for source in view.plan.sources:
                if not source.writes:
                    continue
                state = source_state(catalogue, source)
                assert state in (CHANGED, UNCHANGED), (moment, source.source, state)
                figures[state] += 1
                recorded = outcomes.get(source.source, {}).get("status")
                if view.status == "planned":
                    assert state == UNCHANGED, (moment, source.source)
                elif state == CHANGED:
                    assert recorded == "applied", (moment, source.source, outcomes)
                else:
                    assert source.source in not_run or recorded == "failed", (moment, source)
            check = audit.verify_journal(ctx)
            assert check.intact, (moment, check.problem)
        finally:
            store.dispose()
    print(f"\nexécutions tuées : {figures}")
    assert figures["killed"] >= len(MOMENTS) // 2, figures  # the kills did land
