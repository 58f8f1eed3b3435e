"""``oklima-dpo --self-test``: the real program, once, on a throw-away demo case base."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from oklima_dpo import paths
from oklima_dpo.app import build_main_window
from oklima_dpo.selftest import run_self_test


def test_the_self_test_passes_as_a_command() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "oklima_dpo", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for what in (
        "ressources",
        "base de cas et migrations",
        "démonstration et journal",
        "polices",
        "fenêtre principale",
        "messages de Qt",
    ):
        assert any(line.startswith("ok") and what in line for line in lines), what
    assert lines[-1] == "autotest réussi"


def test_a_missing_resource_fails_the_self_test(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        paths, "REQUIRED_RESOURCES", (*paths.REQUIRED_RESOURCES, ("icons", "absent.svg"))
    )
    out = io.StringIO()
    assert run_self_test(build_main_window, out) == 1
    report = out.getvalue()
    assert "ÉCHEC  ressources" in report and "absent.svg" in report
    assert report.rstrip().endswith("1 échec(s)")
