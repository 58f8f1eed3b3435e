"""Never two writing copies of the program on one SQLite case base."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oklima_dpo.store.errors import CaseBaseError
from oklima_dpo.store.lock import acquire_writer_lock, lock_paths


def test_a_second_copy_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    base = tmp_path / "cases.sqlite"
    held = acquire_writer_lock(base, "claire")
    # Another process, as a second copy of the program would be.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from oklima_dpo.store.lock import acquire_writer_lock\n"
        "from oklima_dpo.store.errors import CaseBaseError\n"
        "try:\n"
        f"    acquire_writer_lock(Path({str(base)!r}), 'marc')\n"
        "except CaseBaseError as error:\n"
        "    print(error); sys.exit(3)\n"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert other.returncode == 3, other.stderr
    assert "déjà ouverte" in other.stdout and "claire" in other.stdout
    held.release()
    again = acquire_writer_lock(base, "marc")
    again.release()
    assert not lock_paths(base)[1].exists()


def test_the_same_process_cannot_take_it_twice(tmp_path: Path) -> None:
    base = tmp_path / "cases.sqlite"
    held = acquire_writer_lock(base, "claire")
    try:
        with pytest.raises(CaseBaseError, match="une seule copie"):
            acquire_writer_lock(base, "claire")
    finally:
        held.release()


def test_a_dead_copy_leaves_no_stale_lock(tmp_path: Path) -> None:
    base = tmp_path / "cases.sqlite"
    _lock_file, owner_file = lock_paths(base)
    # A copy that takes the lock, says so, then dies at our word without releasing anything.
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from oklima_dpo.store.lock import acquire_writer_lock\n"
        f"acquire_writer_lock(Path({str(base)!r}), 'claire')\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
        "os._exit(9)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        assert child.stdout.readline() == "held\n"
        # While it lives, the lock is really its own.
        with pytest.raises(CaseBaseError, match=r"déjà ouverte.*claire"):
            acquire_writer_lock(base, "marc")
        child.stdin.write("die\n")
        child.stdin.flush()
        assert child.wait(timeout=60) == 9
    # Dead, it left its owner file behind, but the OS freed the lock: the next copy takes it.
    assert json.loads(owner_file.read_text(encoding="utf-8"))["user"] == "claire"
    again = acquire_writer_lock(base, "marc")
    owner = json.loads(owner_file.read_text(encoding="utf-8"))
    assert (owner["user"], owner["pid"]) == ("marc", os.getpid())
    again.release()
    assert not owner_file.exists()
