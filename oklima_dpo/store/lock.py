"""One writing copy of the program per SQLite case base.

The desktop program holds an OS lock on ``<case base>.lock`` while it runs (released by the OS
if it crashes, so no stale lock survives it); a second copy is refused with who holds it.
PostgreSQL case bases are shared by design and need no lock.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from ..domain.french import PARIS, fr_date
from .errors import CaseBaseError


@dataclass
class WriterLock:
    lock: FileLock
    owner_file: Path

    def release(self) -> None:
        self.owner_file.unlink(missing_ok=True)
        self.lock.release()


def lock_paths(case_base: Path) -> tuple[Path, Path]:
    return (
        case_base.with_name(case_base.name + ".lock"),
        case_base.with_name(case_base.name + ".owner"),
    )


def acquire_writer_lock(case_base: Path, user: str) -> WriterLock:
    """Take the lock or say who has the case base open."""
    lock_file, owner_file = lock_paths(case_base)
    lock = FileLock(lock_file, timeout=0, is_singleton=False, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise CaseBaseError(_held_by(case_base, owner_file)) from None
    except OSError as error:
        raise CaseBaseError(
            f"Impossible de verrouiller la base de cas « {case_base} » : {error.strerror}."
        ) from None
    owner = {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(),
    }
    owner_file.write_text(json.dumps(owner), encoding="utf-8")
    return WriterLock(lock, owner_file)


def _held_by(case_base: Path, owner_file: Path) -> str:
    message = f"La base de cas « {case_base} » est déjà ouverte par une autre copie d’OKLIMA DPO"
    try:
        owner = json.loads(owner_file.read_text(encoding="utf-8"))
        since = datetime.fromisoformat(owner["since"]).astimezone(PARIS)
        message += (
            f" ({owner['user']} sur {owner['host']}, depuis le {fr_date(since.date())} "
            f"à {since:%H:%M})"
        )
    except (OSError, ValueError, KeyError):
        pass
    return message + " : une seule copie peut y écrire. Fermer l’autre copie puis réessayer."
