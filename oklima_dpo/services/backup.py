"""Backing the case base up, and restoring it: one encrypted archive (``store.backup``).

A backup is a consistent snapshot of the base (no writer blocked), every document, and a
manifest with their SHA-256 and the journal's head: written to a temporary name in the backup
folder, then renamed; recorded in the journal; the journal's head kept in the OS keyring as
an anchor; the oldest archives of this base beyond the number the settings keep, removed.

A restore checks the whole archive before anything is replaced: every part's seal and hash,
SQLite's integrity check, the journal's chain under its key, the schema. Then the current
base is put aside (never deleted) and the restored one swapped in (``store.restoring``).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, TypeVar

from .. import __version__
from ..documents.files import PARTIAL_PREFIX, sweep_partial_writes, write_new
from ..domain.errors import DpoError
from ..domain.french import PARIS, fr_date
from ..paths import private_dir, private_file
from ..store.backup import (
    SUFFIX,
    ArchiveError,
    ArchiveHeader,
    Manifest,
    Restored,
    Source,
    read_archive,
    read_header,
    read_manifest,
    snapshot,
    snapshot_facts,
    write_archive,
)
from ..store.database import Store, Target, make_engine, parse_target
from ..store.journal import Anchor
from ..store.lock import acquire_writer_lock
from ..store.migrate import known_revisions
from ..store.models import AuditEntry
from ..store.restoring import STAGING_PREFIX, Swap, swap_in, sweep_staging
from ..store.vault import (
    KeyFile,
    VaultError,
    VaultKeys,
    keep_anchor,
    keep_in_keyring,
    key_file_path,
    keyring_keys,
    passphrase_from_environment,
)
from .context import ServiceContext
from .settings.model import Settings, get_settings

__all__ = [
    "BackupMade",
    "BackupState",
    "LastBackup",
    "RestoreReport",
    "VaultError",  # what the window tells apart: a passphrase to ask
    "archive_anchor",
    "backup_folder",
    "backup_state",
    "daily_backup",
    "last_backup",
    "make_backup",
    "restore_archive",
]

_T = TypeVar("_T")
BACKUP_ACTION = "base.backup"
RESTORE_ACTION = "base.restored"


@dataclass(frozen=True, slots=True)
class BackupMade:
    archive: Path
    size: int
    sha256: str
    cases: int
    documents: int
    journal_seq: int
    seconds: float
    removed: tuple[Path, ...]  # older archives beyond the number kept


@dataclass(frozen=True, slots=True)
class LastBackup:
    at: datetime  # aware UTC
    archive: str
    by: str


def backup_folder(ctx: ServiceContext, settings: Settings) -> Path:
    """The settings' folder (a network share, ideally), else « sauvegardes » beside the base."""
    if settings.backup_folder:
        return Path(settings.backup_folder).expanduser()
    base = _sqlite_base(ctx)
    return base.parent / "sauvegardes"


def _sqlite_base(ctx: ServiceContext) -> Path:
    base = ctx.store.target.sqlite_path
    if base is None:
        raise DpoError(
            "Une base de cas PostgreSQL se sauvegarde sur son serveur (pg_dump) : "
            "« backup » sauvegarde une base SQLite."
        )
    return base


def _keys(ctx: ServiceContext) -> VaultKeys:
    target = ctx.store.target
    if target.key is None or target.journal_key is None:
        raise DpoError(
            "La base de cas n’est pas chiffrée : une sauvegarde en clair n’est pas faite. "
            "La chiffrer d’abord : oklima-dpo vault encrypt."
        )
    return VaultKeys(target.key, target.journal_key)


def make_backup(
    ctx: ServiceContext,
    to: Path | None = None,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
) -> BackupMade:
    """One archive of the base and its documents in ``to`` (else the settings' folder)."""
    started = time.perf_counter()
    base, keys = _sqlite_base(ctx), _keys(ctx)
    settings = get_settings(ctx)
    folder = to if to is not None else backup_folder(ctx, settings)
    key_file = KeyFile.read(key_file_path(base))
    _usable(folder)
    sweep_partial_writes(folder)  # what a backup cut short left here
    now = ctx.now()
    documents = _documents(ctx.documents_dir)
    with _temporary(folder) as copy:
        facts = _in_folder(folder, lambda: snapshot(base, keys.base, copy))
        header = ArchiveHeader(
            __version__, now.isoformat(), key_file.base_id, os.urandom(32), facts.schema
        )
        total = len(documents) + 1

        def write(handle: BinaryIO) -> None:
            write_archive(
                handle,
                header,
                key_file,
                keys,
                copy,
                documents,
                (facts.journal_seq, facts.journal_hash),
                facts.cases,
                lambda done: progress(done, total),
            )

        written = write_new(folder, archive_name(key_file.base_id, now), write)
    private_file(written.path)
    with ctx.unit_of_work() as uow:
        entry = uow.journal.record(
            BACKUP_ACTION,
            details={
                "archive": written.path.name,
                "size": written.size,
                "sha256": written.sha256,
                "cases": facts.cases,
                "documents": len(documents),
                "journal_seq": facts.journal_seq,
            },
        )
        uow.commit()
    keep_anchor(key_file.base_id, entry.seq, entry.hash)
    removed = _prune(folder, key_file.base_id, settings.backup_keep, written.path)
    return BackupMade(
        written.path,
        written.size,
        written.sha256,
        facts.cases,
        len(documents),
        facts.journal_seq,
        time.perf_counter() - started,
        removed,
    )


def archive_name(base_id: str, at: datetime) -> str:
    stamp = at.astimezone(PARIS).strftime("%Y-%m-%d-%H%M%S")
    return f"oklima-dpo-{base_id[:8]}-{stamp}{SUFFIX}"


def _documents(folder: Path) -> list[Source]:
    if not folder.is_dir():
        return []
    return [
        Source(path, path.relative_to(folder).as_posix())
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(PARTIAL_PREFIX)
    ]


def _usable(folder: Path) -> None:
    """The backup folder there and writable, or said in words (a share gone, read-only)."""
    try:
        private_dir(folder)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise DpoError(_folder_problem(folder, error)) from None


def _folder_problem(folder: Path, error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return f"Le dossier des sauvegardes « {folder} » est plein : rien n’a été sauvegardé."
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"Le dossier des sauvegardes « {folder} » n’accepte pas l’écriture "
            "(lecture seule ou droits insuffisants) : rien n’a été sauvegardé."
        )
    return (
        f"Le dossier des sauvegardes « {folder} » est inaccessible ({error.strerror}) : "
        "partage réseau absent ? Rien n’a été sauvegardé."
    )


def _in_folder(folder: Path, do: Callable[[], _T]) -> _T:
    try:
        return do()
    except OSError as error:
        raise DpoError(_folder_problem(folder, error)) from None


class _temporary:
    """A temporary file name in ``folder`` (the snapshot: encrypted like the base), removed
    at the end whatever happens."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._path: Path | None = None

    def __enter__(self) -> Path:
        handle, name = _in_folder(
            self._folder,
            lambda: tempfile.mkstemp(dir=self._folder, prefix=f"{PARTIAL_PREFIX}instantane-"),
        )
        os.close(handle)
        self._path = Path(name)
        self._path.unlink()  # SQLite makes it, as a database
        return self._path

    def __exit__(self, *exc: object) -> None:
        assert self._path is not None
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self._path}{suffix}").unlink(missing_ok=True)


def _prune(folder: Path, base_id: str, keep: int, made: Path) -> tuple[Path, ...]:
    """The archives of this base beyond the newest ``keep``, removed (never the one just
    made, never another base's nor anything else)."""
    mine = sorted(folder.glob(f"oklima-dpo-{base_id[:8]}-*{SUFFIX}"), key=lambda p: p.name)
    removed = []
    for old in mine[: max(0, len(mine) - keep)]:
        if old == made:
            continue
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass  # in use or not ours: kept, the next backup tries again
    return tuple(removed)


def last_backup(ctx: ServiceContext) -> LastBackup | None:
    """The last backup the journal records."""
    with ctx.unit_of_work() as uow:
        rows = uow.journal.entries(action_prefix=BACKUP_ACTION, limit=1)
        return _last_of(rows[0]) if rows else None


def _last_of(row: AuditEntry) -> LastBackup:
    archive = str(json.loads(row.details).get("archive", ""))
    return LastBackup(row.at.replace(tzinfo=UTC), archive, row.actor)


# --- restore -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreReport:
    archive: Path
    base: Path
    created: datetime  # when the backup was made (aware UTC)
    cases: int
    documents: int
    journal_seq: int
    last_action: str  # the journal's last entry before the restore
    last_at: datetime | None
    aside: Path | None  # where the base that was there is kept
    replaced: bool  # False for a dry run (``check_only``)


def _keys_for(passphrase: str | None) -> Callable[[ArchiveHeader, KeyFile], VaultKeys]:
    def keys_for(header: ArchiveHeader, key_file: KeyFile) -> VaultKeys:
        given = passphrase if passphrase is not None else passphrase_from_environment()
        if given is not None:
            return key_file.open(given)
        held = keyring_keys(header.base_id)
        if held is not None:
            return held
        raise VaultError(
            "Le trousseau de ce poste ne garde pas la clé de cette sauvegarde : donner la "
            "phrase de passe de récupération en vigueur au moment de la sauvegarde (fichier "
            "nommé par OKLIMA_DPO_PASSPHRASE_FILE, ou --passphrase-file)."
        )

    return keys_for


def restore_archive(
    archive: Path,
    base: Path,
    user: str,
    passphrase: str | None = None,
    *,
    other_base: bool = False,
    check_only: bool = False,
) -> RestoreReport:
    """Check ``archive`` whole, then (unless ``check_only``) put it in place of ``base``."""
    header, key_file = read_header(archive)
    current = key_file_path(base)
    if current.exists() and not other_base:
        current_id = KeyFile.read(current).base_id
        if current_id != header.base_id:
            raise ArchiveError(
                f"« {archive.name} » est la sauvegarde d’une autre base de cas "
                f"(n° {header.base_id[:8]}) que celle de ce poste (n° {current_id[:8]}) : "
                "rien n’a été remplacé. Pour la remplacer quand même : --other-base."
            )
    keys_for = _keys_for(passphrase)
    private_dir(base.parent)
    # The whole restore under the writer lock: a copy of the program that has the base open
    # refuses it before the long unpacking, and none can open it midway.
    lock = None if check_only else acquire_writer_lock(base, user)
    try:
        if lock is not None:
            sweep_staging(base)
        return _restore(archive, base, user, header, key_file, keys_for, check_only)
    finally:
        if lock is not None:
            lock.release()


def _restore(
    archive: Path,
    base: Path,
    user: str,
    header: ArchiveHeader,
    key_file: KeyFile,
    keys_for: Callable[[ArchiveHeader, KeyFile], VaultKeys],
    check_only: bool,
) -> RestoreReport:
    staging = Path(tempfile.mkdtemp(dir=base.parent, prefix=STAGING_PREFIX))
    try:
        restored = _unpacked(archive, keys_for, staging)
        keys = VaultKeys(restored.manifest.base_key, keys_for(header, key_file).journal)
        last = _check_restored(archive, restored, keys)
        report = RestoreReport(
            archive,
            base,
            datetime.fromisoformat(header.created),
            restored.manifest.cases,
            len(restored.manifest.documents),
            restored.manifest.journal_seq,
            *last,
            None,
            False,
        )
        if check_only:
            return report
        key_file.write(staging / "cle.json")
        return _swap(report, staging, base, user, header, keys)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _unpacked(archive: Path, keys_for: Callable[..., VaultKeys], staging: Path) -> Restored:
    try:
        return read_archive(archive, keys_for, staging)
    except OSError as error:
        raise DpoError(
            f"Impossible de déballer « {archive.name} » à côté de la base "
            f"({error.strerror}) : rien n’a été remplacé."
        ) from None


def _check_restored(
    archive: Path, restored: Restored, keys: VaultKeys
) -> tuple[str, datetime | None]:
    """SQLite's integrity, the schema, the journal's chain under its key and its head as the
    manifest says; the journal's last entry."""
    facts = snapshot_facts(restored.base, keys.base)
    if facts.schema not in known_revisions():
        raise ArchiveError(
            f"« {archive.name} » vient d’une version plus récente du programme (schéma "
            f"{facts.schema}) : la restaurer avec elle. Rien n’a été remplacé."
        )
    manifest: Manifest = restored.manifest
    if (facts.journal_seq, facts.journal_hash, facts.cases) != (
        manifest.journal_seq,
        manifest.journal_hash,
        manifest.cases,
    ):
        raise ArchiveError(f"« {archive.name} » : la base ne correspond pas à son manifeste.")
    target = Target(parse_target(restored.base).url, restored.base, keys.base, keys.journal)
    store = Store(make_engine(target), target)
    try:
        with store.unit_of_work() as uow:
            check = uow.journal.verify()
            newest = uow.journal.entries(limit=1)
            last = (newest[0].action, newest[0].at.replace(tzinfo=UTC)) if newest else ("", None)
    finally:
        store.dispose()
    if not check.intact:
        raise ArchiveError(
            f"« {archive.name} » : le journal de la base sauvegardée n’est pas intact "
            f"({check.problem}). Rien n’a été remplacé."
        )
    return last


def _swap(
    report: RestoreReport,
    staging: Path,
    base: Path,
    user: str,
    header: ArchiveHeader,
    keys: VaultKeys,
) -> RestoreReport:
    stamp = datetime.now(PARIS).strftime("%Y-%m-%d-%H%M%S")
    aside = base.parent / f"avant-restauration-{stamp}"
    swap_in(Swap(base, staging, aside))
    keep_in_keyring(header.base_id, keys)
    target = Target(parse_target(base).url, base, keys.base, keys.journal)
    store = Store(make_engine(target), target)
    try:
        with store.unit_of_work(user) as uow:
            entry = uow.journal.record(
                RESTORE_ACTION,
                details={
                    "archive": report.archive.name,
                    "made": header.created,
                    "cases": report.cases,
                    "journal_seq": report.journal_seq,
                },
            )
            uow.commit()
    finally:
        store.dispose()
    keep_anchor(header.base_id, entry.seq, entry.hash)
    had_base = (aside / base.name).exists()
    return RestoreReport(
        report.archive,
        base,
        report.created,
        report.cases,
        report.documents,
        report.journal_seq,
        report.last_action,
        report.last_at,
        aside if had_base else None,
        True,
    )


# --- the journal against an archive ------------------------------------------------------


def archive_anchor(ctx: ServiceContext, archive: Path) -> Anchor:
    """The journal head an archive of this base recorded: the chain must still hold it."""
    journal_key = ctx.store.target.journal_key
    if journal_key is None:
        raise DpoError("Seule une base chiffrée a des sauvegardes à comparer à son journal.")

    def keys_for(header: ArchiveHeader, key_file: KeyFile) -> VaultKeys:
        return VaultKeys(b"", journal_key)

    base = _sqlite_base(ctx)
    header, _key_file = read_header(archive)
    if header.base_id != KeyFile.read(key_file_path(base)).base_id:
        raise ArchiveError(f"« {archive.name} » est la sauvegarde d’une autre base de cas.")
    header, manifest = read_manifest(archive, keys_for)
    made = datetime.fromisoformat(header.created)
    where = f"la sauvegarde du {fr_date(made.astimezone(PARIS).date())} ({archive.name})"
    return Anchor(manifest.journal_seq, manifest.journal_hash, where)


# --- when to back up ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupState:
    """What the dashboard and the program's daily backup need to know."""

    possible: bool  # an encrypted SQLite base (a demo, plaintext or server base: not here)
    reason: str  # why not, when not possible
    last: LastBackup | None
    warn_days: int
    stale: bool  # no backup, or the last older than the settings' days
    changed_since: bool  # the journal moved since the last backup (something to save)
    today_done: bool  # a backup was made today (Paris)


def backup_state(ctx: ServiceContext) -> BackupState:
    settings = get_settings(ctx)
    base, target = ctx.store.target.sqlite_path, ctx.store.target
    if settings.demo:
        return BackupState(
            False, "démonstration", None, settings.backup_warn_days, False, False, False
        )
    if base is None:
        reason = "base PostgreSQL : sauvegardée sur son serveur"
        return BackupState(False, reason, None, settings.backup_warn_days, False, False, False)
    if target.key is None:
        reason = "base de cas non chiffrée : aucune sauvegarde n’est faite"
        return BackupState(False, reason, None, settings.backup_warn_days, True, False, False)
    with ctx.unit_of_work() as uow:
        rows = uow.journal.entries(action_prefix=BACKUP_ACTION, limit=1)
        head_seq, _hash = uow.journal.head()
    last = _last_of(rows[0]) if rows else None
    now = ctx.now()
    stale = last is None or (now - last.at).total_seconds() > settings.backup_warn_days * 86400
    today_done = last is not None and last.at.astimezone(PARIS).date() == ctx.today()
    changed = last is None or head_seq > rows[0].seq
    return BackupState(True, "", last, settings.backup_warn_days, stale, changed, today_done)


def daily_backup(ctx: ServiceContext, *, at_closing: bool = False) -> BackupMade | None:
    """The program's own backup: at the first start of the day (none made today yet), and
    at closing when something changed since the last one. None when none was due."""
    state = backup_state(ctx)
    if not state.possible:
        return None
    due = state.changed_since if at_closing else not state.today_done
    return make_backup(ctx) if due else None
