"""``vault encrypt`` and ``vault rekey`` killed by SIGKILL at random moments.

An encryption leaves the old plaintext base or the new encrypted one, never neither, and
whichever it is opens whole. A key rotation leaves the old base with the old key file or the
new base with the new key file (the next opening finishes what the marker says, or clears what
came before it): the base opens with the key file beside it, whole, every row there, its
journal intact, nothing of the rotation left beside it, and the old key opens only the old."""

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

from oklima_dpo.app import unlocked
from oklima_dpo.demo import cases as demo
from oklima_dpo.services import audit
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.vault import encrypt_case_base
from oklima_dpo.store.database import parse_target, sqlcipher_connect
from oklima_dpo.store.migrate import open_store
from oklima_dpo.store.rotating import STAGING_PREFIX
from oklima_dpo.store.vault import is_encrypted, opens, unlock

from ..keyrings import failing_keyring, keyring_in_use

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


def test_a_rotation_killed_leaves_the_old_base_and_key_or_the_new_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared = tmp_path / "prepared"
    prepared.mkdir()
    base = prepared / "cases.sqlite"
    store = open_store(parse_target(base))
    demo.fill_demo(ServiceContext(store, "dpo.test", prepared / "documents"), cases=400, seed=3)
    store.dispose()
    with keyring_in_use(failing_keyring()):
        encrypt_case_base(base, "dpo.test", PASSPHRASE)
    (prepared / "phrase").write_text(PASSPHRASE, "utf-8")
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(prepared / "phrase"))
    first = unlock(base, PASSPHRASE)
    with closing(sqlcipher_connect(base, first.base)) as connection:
        cases = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
        entries = connection.execute("SELECT count(*) FROM audit_entries").fetchone()[0]

    # One rotation whole first: how long one takes, so that the kills fall all along it; one
    # kill in four waits for the marker, whose window (the swap) chance seldom hits.
    times = []
    for n in range(2):  # the quicker of two (the first may wait for a cold disk)
        whole = tmp_path / f"whole-{n}"
        shutil.copytree(prepared, whole)
        started = time.monotonic()
        assert rekey(whole / "cases.sqlite").wait() == 0
        times.append(time.monotonic() - started)
        assert rotation_left_whole(whole / "cases.sqlite", cases, entries) != first.base
    seconds = min(times)

    rng = random.Random(17)
    outcome = {"old": 0, "new": 0}
    found = {"staging": 0, "marker": 0}  # what the next opening had to clear, or to finish
    cut = 0
    for n in range(KILLS):
        run = tmp_path / f"rekey-{n}"
        shutil.copytree(prepared, run)
        child = rekey(run / "cases.sqlite")
        if n % 4 == 3:  # aimed: as soon as the marker is there, somewhere in the swap
            marker = run / "cases.sqlite.rotation"
            while child.poll() is None and not marker.exists():
                pass
        else:  # anywhere after the start-up
            deadline = time.monotonic() + rng.uniform(0.35, 0.95) * seconds
            while time.monotonic() < deadline and child.poll() is None:
                time.sleep(0.005)
        if child.poll() is None:
            cut += 1
            child.send_signal(signal.SIGKILL)
        child.wait()
        if (run / "cases.sqlite.rotation").exists():
            found["marker"] += 1
        elif any(run.glob(f"{STAGING_PREFIX}*")):
            found["staging"] += 1
        key = rotation_left_whole(run / "cases.sqlite", cases, entries)
        outcome["old" if key == first.base else "new"] += 1
        shutil.rmtree(run)
    print(
        f"\nchangements de clé tués : {cut} sur {KILLS} (un entier : {seconds:.1f} s) — "
        f"ancienne clé {outcome['old']}, nouvelle {outcome['new']} ; à l’ouverture suivante, "
        f"préparation défaite {found['staging']}, changement achevé {found['marker']}"
    )
    assert cut >= KILLS // 4  # timing varies with the machine's load; the aimed ones cut


def rekey(base: Path) -> subprocess.Popen[bytes]:
    """``vault rekey`` in a child, its keyring none (as on CI: never the machine's own)."""
    return subprocess.Popen(
        [sys.executable, "-m", "oklima_dpo", "--db", str(base), "vault", "rekey"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )


def rotation_left_whole(base: Path, cases: int, entries: int) -> bytes:
    """The base as the program opens it (a rotation cut short finished or cleared first): its
    key file's key opens it, whole, with every row; nothing of the rotation left; its key."""
    with keyring_in_use(failing_keyring()):
        target = unlocked(parse_target(base))
    assert target.key is not None
    left = [
        p.name
        for p in base.parent.iterdir()
        if p.name.startswith(STAGING_PREFIX)
        or p.name.endswith((".partiel", ".rotation", ".ancienne-cle-a-effacer"))
    ]
    assert not left, left
    with closing(sqlcipher_connect(base, target.key)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] == cases
        journal = connection.execute("SELECT count(*) FROM audit_entries").fetchone()[0]
    store = open_store(target)
    try:
        assert audit.verify_journal(ServiceContext(store, "dpo.test", base.parent)).intact
    finally:
        store.dispose()
    original = unlock(base.parent.parent / "prepared" / "cases.sqlite", PASSPHRASE).base
    if target.key == original:
        assert journal == entries  # the old base: untouched
    else:
        assert journal == entries + 1  # the new: its rotation recorded, the old key shut out
        assert not opens(base, original)
    return target.key
