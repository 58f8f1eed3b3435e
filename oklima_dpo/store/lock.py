"""One writing copy of the program per SQLite case base.

The desktop program holds an OS lock on ``<case base>.lock`` while it runs (released by the OS
if it crashes, so no stale lock survives it); a second copy is refused with who holds it.
PostgreSQL case bases are shared by design and need no lock.

The lock is the OS's own (``fcntl.flock``; ``msvcrt.locking`` on Windows), taken without
waiting: the ``filelock`` package does the same but imports asyncio, which costs the start-up
more than everything else this module does.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.french import PARIS, fr_date
from .errors import CaseBaseError


class _Held(Exception):
    """Another open file (another copy, or this one) holds the lock."""


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:  # Windows says "permission denied" for a held lock
            raise _Held from None
    else:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _Held from None


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass
class WriterLock:
    fd: int  # the open lock file; the OS lock lives as long as it stays open
    owner_file: Path

    def release(self) -> None:
        if self.fd < 0:
            return
        self.owner_file.unlink(missing_ok=True)
        try:
            _unlock(self.fd)
        finally:
            os.close(self.fd)
            self.fd = -1


def lock_paths(case_base: Path) -> tuple[Path, Path]:
    return (
        case_base.with_name(case_base.name + ".lock"),
        case_base.with_name(case_base.name + ".owner"),
    )


def acquire_writer_lock(case_base: Path, user: str) -> WriterLock:
    """Take the lock or say who has the case base open."""
    lock_file, owner_file = lock_paths(case_base)
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise CaseBaseError(
            f"Impossible de verrouiller la base de cas « {case_base} » : {error.strerror}."
        ) from None
    try:
        _lock(fd)
    except _Held:
        os.close(fd)
        raise CaseBaseError(_held_by(case_base, owner_file)) from None
    except OSError as error:
        os.close(fd)
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
    return WriterLock(fd, owner_file)


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
