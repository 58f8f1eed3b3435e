"""Putting a checked, restored case base in place of the current one, crash-safe.

The restored base, its key file and documents wait, checked, in a staging folder. A marker
file beside the base (``<base>.restauration``) names the staging folder and where the current
base is put aside; then each step is done in an order that any step can be done again:
the current files linked (not moved) aside, the documents folders swapped, the base replaced
in one atomic rename, then its key file. Interrupted anywhere, the next opening finds the
marker and finishes (:func:`finish_restore`): never neither base, never a base with the
other's key.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..paths import private_dir
from .vault import key_file_path

__all__ = ["STAGING_PREFIX", "Swap", "finish_restore", "marker_path", "swap_in", "sweep_staging"]

WAL_SUFFIXES = ("-wal", "-shm", "-journal")
STAGING_PREFIX = ".partiel-restauration-"  # a restore's unpacking, beside the base


def marker_path(base: Path) -> Path:
    return base.with_name(base.name + ".restauration")


@dataclass(frozen=True, slots=True)
class Swap:
    base: Path
    staging: Path  # holds ``base``, ``cle.json`` and ``documents/``
    aside: Path  # where the current base, key file and documents go

    def to_json(self) -> str:
        return json.dumps({"staging": str(self.staging), "aside": str(self.aside)})


def swap_in(swap: Swap) -> None:
    """Write the marker, then do every step (see the module)."""
    marker = marker_path(swap.base)
    partial = marker.with_name(marker.name + ".partiel")
    partial.write_text(swap.to_json(), "utf-8")
    os.replace(partial, marker)
    _steps(swap)


def finish_restore(base: Path) -> bool:
    """Finish a restore that was interrupted (the marker is there), or clear what one cut
    short before its swap left; True when one was finished. A restore still running in
    another copy of the program (it holds the writer lock) is left to it."""
    marker = marker_path(base)
    if not marker.exists() and not any(base.parent.glob(f"{STAGING_PREFIX}*")):
        return False  # the usual case: nothing to do, no lock taken
    from .errors import CaseBaseError
    from .lock import acquire_writer_lock

    try:
        lock = acquire_writer_lock(base, "restauration")
    except CaseBaseError:
        return False
    try:
        try:
            data = json.loads(marker.read_text("utf-8"))
        except FileNotFoundError:
            sweep_staging(base)
            return False
        except (OSError, ValueError):
            marker.unlink(missing_ok=True)  # cut short while written: no step was begun
            sweep_staging(base)
            return False
        _steps(Swap(base, Path(data["staging"]), Path(data["aside"])))
        return True
    finally:
        lock.release()


def sweep_staging(base: Path) -> None:
    """The unpacking folders of restores cut short before their swap (the caller holds the
    writer lock, and no marker names them)."""
    if marker_path(base).exists():
        return
    for staging in base.parent.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(staging, ignore_errors=True)


def _steps(swap: Swap) -> None:
    base, staging, aside = swap.base, swap.staging, swap.aside
    documents, key_file = base.parent / "documents", key_file_path(base)
    private_dir(aside)
    # 1. The current files keep a second name aside (links: the originals stay in place).
    for current in (base, key_file, *(_wal(base, s) for s in WAL_SUFFIXES)):
        kept = aside / current.name
        if current.exists() and not kept.exists():
            os.link(current, kept)
    # 2. The documents folders: the current one aside, the restored one in its place.
    if (staging / "documents").exists():
        if documents.exists() and not (aside / "documents").exists():
            documents.rename(aside / "documents")
        if documents.exists():  # aside already held a folder of that name: keep both
            documents.rename(aside / "documents (2)")
        (staging / "documents").rename(documents)
    # 3. The base, in one rename (its write-ahead files are the old base's, kept aside).
    if (staging / "base").exists():
        for suffix in WAL_SUFFIXES:
            _wal(base, suffix).unlink(missing_ok=True)
        os.replace(staging / "base", base)
    # 4. Its key file: until this rename, the base opens with neither key; the marker stays
    #    until it is done.
    if (staging / "cle.json").exists():
        os.replace(staging / "cle.json", key_file)
    shutil.rmtree(staging, ignore_errors=True)
    marker_path(base).unlink(missing_ok=True)


def _wal(base: Path, suffix: str) -> Path:
    return base.with_name(base.name + suffix)
