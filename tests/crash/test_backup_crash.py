"""``backup`` and ``restore`` killed by SIGKILL at random moments.

After each backup killed: the base opens whole, its journal verifies, every archive that has
its final name restores (checked whole), and what the cut-short one left is only a hidden
``.partiel-`` file, swept by the next backup. After each restore killed: the next opening
finishes or forgets it, and the base is the old one or the restored one — never neither,
never a base without its key — whole, its journal intact, its documents those it records."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oklima_dpo.app import unlocked
from oklima_dpo.demo import cases as demo
from oklima_dpo.services import audit
from oklima_dpo.services.backup import make_backup, restore_archive
from oklima_dpo.services.case_documents import read_document
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.backup import SUFFIX
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store
from oklima_dpo.store.restoring import marker_path

from ..keyrings import failing_keyring, keyring_in_use
from ..services.helpers import open_request
from ..vaults import PASSPHRASE, opened, plain_context

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX's")

KILLS = int(os.environ.get("OKLIMA_CRASH_KILLS", "4")) * 3  # 12 of each by default


@pytest.fixture(autouse=True)
def headless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE, "utf-8")
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(phrase))


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    """An encrypted base of 300 requests, 6 of them with a 1 MB document."""
    from oklima_dpo.services.vault import encrypt_case_base

    folder = tmp_path / "prepared"
    folder.mkdir()
    ctx = plain_context(folder / "cases.sqlite")
    demo.fill_demo(ctx, cases=300, seed=5)
    for n in range(6):
        scan = tmp_path / f"scan-{n}.pdf"
        scan.write_bytes(os.urandom(1 << 20))
        open_request(ctx, name=f"Personne {n}", emails=(f"p{n}@exemple.fr",), attachments=(scan,))
    ctx.store.dispose()
    with keyring_in_use(failing_keyring()):
        encrypt_case_base(folder / "cases.sqlite", "dpo.test", PASSPHRASE)
    return folder


def command(base: Path, *argv: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "oklima_dpo", "--db", str(base), *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def killed(child: subprocess.Popen[bytes], rng: random.Random, window: tuple[float, float]) -> bool:
    """Kill ``child`` at a random moment of ``window``; False when it had already finished."""
    deadline = time.monotonic() + rng.uniform(*window)
    while time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.005)
    finished = child.poll() is not None
    if not finished:
        child.send_signal(signal.SIGKILL)
    child.wait()
    return not finished


def check_base(base: Path, cases: set[int]) -> int:
    """The base opens as the program opens it (a restore cut short finished first), whole."""
    with keyring_in_use(failing_keyring()):
        target = unlocked(parse_target(base))
    assert not marker_path(base).exists()
    assert not list(base.parent.glob(".partiel-restauration-*"))
    store = open_store(target)
    try:
        ctx = ServiceContext(store, "dpo.test", base.parent / "documents")
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            rows = connection.exec_driver_sql(
                "SELECT cases.reference, documents.id, documents.sha256 "
                "FROM documents JOIN cases ON cases.id = documents.case_id"
            ).all()
        assert audit.verify_journal(ctx).intact
        count = len(case_queue.list_cases(ctx, CaseFilter()))
        for reference, document_id, sha256 in rows:  # every document it records, whole
            read = read_document(ctx, reference, document_id)  # unsealed, checked
            assert hashlib.sha256(read.data).hexdigest() == sha256
    finally:
        store.dispose()
    assert count in cases
    return count


def test_a_backup_killed_leaves_the_base_whole_and_no_visible_debris(
    prepared: Path, tmp_path: Path
) -> None:
    rng = random.Random(11)
    cut, archives = 0, 0
    for n in range(KILLS):
        run = tmp_path / f"backup-{n}"
        shutil.copytree(prepared, run)
        base, share = run / "cases.sqlite", run / "partage"
        cut += killed(command(base, "backup", "--to", str(share)), rng, (0.4, 2.2))
        check_base(base, {306})
        for archive in share.glob(f"*{SUFFIX}"):  # a finished name: a whole archive
            with keyring_in_use(failing_keyring()):
                assert restore_archive(archive, base, "x", PASSPHRASE, check_only=True).cases == 306
            archives += 1
        assert all(p.name.startswith((".partiel-", "oklima-dpo-")) for p in share.glob("*"))
        with keyring_in_use(failing_keyring()), opened(base) as ctx:
            make_backup(ctx, share)  # the next backup sweeps what the killed one left
        assert not list(share.glob(".partiel-*"))
        shutil.rmtree(run)
    print(f"\nsauvegardes tuées : {cut} sur {KILLS} (archives finies avant le coup : {archives})")
    assert cut >= KILLS // 2


def test_a_restore_killed_leaves_the_old_base_or_the_restored_one(
    prepared: Path, tmp_path: Path
) -> None:
    with keyring_in_use(failing_keyring()), opened(prepared / "cases.sqlite") as ctx:
        archive = make_backup(ctx, tmp_path / "partage").archive
        open_request(ctx, name="Après la sauvegarde", emails=("apres@exemple.fr",))
    rng = random.Random(13)
    outcome = {306: 0, 307: 0}
    cut = 0
    for n in range(KILLS):
        run = tmp_path / f"restore-{n}"
        shutil.copytree(prepared, run)
        base = run / "cases.sqlite"
        cut += killed(command(base, "restore", str(archive)), rng, (0.4, 2.6))
        outcome[check_base(base, {306, 307})] += 1
        shutil.rmtree(run)
    print(
        f"\nrestaurations tuées : {cut} sur {KILLS} — base restaurée {outcome[306]}, "
        f"ancienne {outcome[307]}"
    )
    assert cut >= KILLS // 2
