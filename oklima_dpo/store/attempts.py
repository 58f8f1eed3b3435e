"""Wrong recovery passphrases, counted and slowed down.

Each wrong passphrase is counted in a small file beside the base (``<base>.essais``: a number
and a moment, nothing secret); the next try is refused until a delay has passed that doubles
with each failure (1 s, 2 s, 4 s … up to 5 minutes), on top of Argon2id's own cost. A right
passphrase clears the count. The file is the same for the window and the command line, so
that a script cannot try faster than a person.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from .errors import CaseBaseError

__all__ = ["TooSoon", "attempts_path", "before_trying", "failed", "succeeded", "wait_after"]

MAX_WAIT_SECONDS = 300


class TooSoon(CaseBaseError):
    """Another try before the delay the last failures impose."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds


def attempts_path(base: Path) -> Path:
    return base.with_name(base.name + ".essais")


def wait_after(failures: int) -> float:
    return 0.0 if failures <= 0 else float(min(2 ** (failures - 1), MAX_WAIT_SECONDS))


def _read(base: Path) -> tuple[int, float]:
    try:
        data = json.loads(attempts_path(base).read_text("utf-8"))
        return int(data["failures"]), float(data["last"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def before_trying(base: Path, now: float | None = None) -> int:
    """The failures so far; :class:`TooSoon` when the delay they impose has not passed."""
    failures, last = _read(base)
    remaining = last + wait_after(failures) - (time.time() if now is None else now)
    if remaining > 0:
        raise TooSoon(
            f"Phrases de passe incorrectes de suite : {failures} ; nouvel essai possible "
            f"dans {int(remaining) + 1}\u00a0s.",
            remaining,
        )
    return failures


def failed(base: Path, now: float | None = None) -> int:
    """Count one more failure; how many now."""
    failures, _last = _read(base)
    failures += 1
    record = {"failures": failures, "last": time.time() if now is None else now}
    partial = attempts_path(base).with_name(attempts_path(base).name + ".partiel")
    try:
        partial.write_text(json.dumps(record), "utf-8")
        os.replace(partial, attempts_path(base))
    except OSError:
        pass  # a read-only folder: Argon2id's cost still slows each try
    return failures


def succeeded(base: Path) -> None:
    with contextlib.suppress(OSError):
        attempts_path(base).unlink(missing_ok=True)
