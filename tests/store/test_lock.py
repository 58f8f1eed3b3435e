"""Never two writing copies of the program on one SQLite case base."""

from __future__ import annotations

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
    code = (
        "import os\n"
        "from pathlib import Path\n"
        "from oklima_dpo.store.lock import acquire_writer_lock\n"
        f"acquire_writer_lock(Path({str(base)!r}), 'claire')\n"
        "os._exit(9)\n"  # dies without releasing anything
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    acquire_writer_lock(base, "marc").release()
