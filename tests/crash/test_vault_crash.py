"""``vault encrypt`` killed by SIGKILL at random moments: the base is the old plaintext one or
the new encrypted one, never neither, and whichever it is opens whole."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from oklima_dpo.demo import cases as demo
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.database import parse_target, sqlcipher_connect
from oklima_dpo.store.migrate import open_store
from oklima_dpo.store.vault import is_encrypted, unlock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX's")

PASSPHRASE = "UNE-PHRASE-DE-PASSE-DE-TEST"
KILLS = 8


def test_an_encryption_killed_leaves_the_old_base_or_the_new_one(tmp_path: Path) -> None:
    prepared = tmp_path / "prepared"
    prepared.mkdir()
    store = open_store(parse_target(prepared / "cases.sqlite"))
    demo.fill_demo(ServiceContext(store, "dpo.test", prepared / "documents"), cases=400, seed=3)
    store.dispose()
    with closing(sqlite3.connect(prepared / "cases.sqlite")) as plain:
        cases = plain.execute("SELECT count(*) FROM cases").fetchone()[0]
    (prepared / "phrase").write_text(PASSPHRASE, "utf-8")
    rng = random.Random(7)
    outcome = {"old": 0, "new": 0}
    for n in range(KILLS):
        run = tmp_path / f"run-{n}"
        shutil.copytree(prepared, run)
        base = run / "cases.sqlite"
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "oklima_dpo",
                "--db",
                str(base),
                "vault",
                "encrypt",
                "--passphrase-file",
                str(run / "phrase"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.8, 3.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if is_encrypted(base):
            outcome["new"] += 1
            connection = sqlcipher_connect(base, unlock(base, PASSPHRASE).base)
        else:
            outcome["old"] += 1
            connection = sqlite3.connect(base)
        with closing(connection):
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] == cases
    print(
        f"\nchiffrements tués : {KILLS} — base ancienne {outcome['old']}, nouvelle {outcome['new']}"
    )
