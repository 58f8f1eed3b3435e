"""Backups and restores of an encrypted case base, with real files: an archive made, checked
and restored; on a new machine with the recovery passphrase; and every bad archive, folder and
moment refused with nothing lost."""

from __future__ import annotations

import io
import os
import stat
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.french import typography
from oklima_dpo.services import audit
from oklima_dpo.services.backup import last_backup, make_backup, restore_archive
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.store.backup import ArchiveError
from oklima_dpo.store.errors import CaseBaseError
from oklima_dpo.store.lock import acquire_writer_lock
from oklima_dpo.store.restoring import Swap, finish_restore, marker_path
from oklima_dpo.store.vault import VaultError

from ..keyrings import failing_keyring, keyring_in_use
from ..vaults import PASSPHRASE, PROOF, encrypted_base, opened
from .helpers import open_request


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    with keyring_in_use(failing_keyring()):
        yield


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return encrypted_base(tmp_path / "poste")


def names(base: Path) -> list[str]:
    with opened(base) as ctx:
        return sorted(c.person_name for c in case_queue.list_cases(ctx, CaseFilter()))


def proof_files(base: Path) -> list[Path]:
    return sorted((base.parent / "documents").rglob("*.pdf"))


def proof_read(base: Path) -> bytes:
    """The identity proof as the program reads it: unsealed, checked against the case."""
    from oklima_dpo.services.case_documents import read_document
    from oklima_dpo.services.cases.steps import show_case

    with opened(base) as ctx:
        (case,) = case_queue.list_cases(ctx, CaseFilter())
        (document,) = show_case(ctx, case.reference).documents
        return read_document(ctx, case.reference, document.id).data


def test_a_backup_is_one_encrypted_archive_recorded_in_the_journal(
    base: Path, tmp_path: Path
) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
        assert last_backup(ctx) is not None
        assert last_backup(ctx).archive == made.archive.name  # type: ignore[union-attr]
    assert made.archive.parent == tmp_path / "partage" and made.cases == 1 and made.documents == 1
    raw = made.archive.read_bytes()
    # Nothing of the person in clear: not the name, the e-mail, the proof, the proof's name.
    for clear in (b"Herv", b"zoe.herve", PROOF, b"justificatif"):
        assert clear not in raw
    with tarfile.open(made.archive) as tar:
        members = tar.getnames()
    assert members == ["entete.json", "cle.json", "base", "documents/000001", "manifeste"]
    assert stat.S_IMODE(made.archive.stat().st_mode) == 0o600
    assert [p.name for p in (tmp_path / "partage").iterdir()] == [made.archive.name]


def test_restored_on_the_same_machine_the_base_is_back_and_the_newer_one_kept_aside(
    base: Path, tmp_path: Path
) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
        open_request(ctx, name="Lucas Petit", emails=("lucas.petit@exemple.fr",))
    assert names(base) == ["Lucas Petit", "Zoé Hervé"]
    (proof,) = proof_files(base)
    proof.unlink()  # a document lost since
    report = restore_archive(made.archive, base, "dpo.test", PASSPHRASE)
    assert report.replaced and report.cases == 1 and report.documents == 1
    assert names(base) == ["Zoé Hervé"]
    assert proof_read(base) == PROOF and PROOF not in proof.read_bytes()  # sealed on disk
    assert report.aside is not None and (report.aside / base.name).exists()
    assert names(report.aside / base.name) == ["Lucas Petit", "Zoé Hervé"]  # its key beside
    with opened(base) as ctx:
        assert audit.verify_journal(ctx).intact
        actions = [e.action for e in audit.list_entries(ctx)]
        # The restore, then what the checks above read (the case consulted, the proof read).
        assert actions[:3] == ["case.document_read", "case.consulted", "base.restored"]
    assert not marker_path(base).exists()
    assert not [p for p in base.parent.iterdir() if p.name.startswith(".partiel-")]


def test_a_new_machine_restores_with_the_recovery_passphrase(base: Path, tmp_path: Path) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
    new = tmp_path / "nouveau-poste" / "cases.sqlite"
    with pytest.raises(VaultError, match="phrase de passe de récupération"):
        restore_archive(made.archive, new, "dpo.test")  # no keyring here, no passphrase
    with pytest.raises(VaultError, match="incorrecte"):
        restore_archive(made.archive, new, "dpo.test", "PAS-LA-BONNE-PHRASE")
    assert not new.exists()
    report = restore_archive(made.archive, new, "dpo.test", PASSPHRASE)
    assert report.aside is None and names(new) == ["Zoé Hervé"]
    (proof,) = proof_files(new)
    assert proof_read(new) == PROOF and PROOF not in proof.read_bytes()


def test_check_only_replaces_nothing(base: Path, tmp_path: Path) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
        open_request(ctx, name="Lucas Petit", emails=("lucas.petit@exemple.fr",))
    report = restore_archive(made.archive, base, "dpo.test", PASSPHRASE, check_only=True)
    assert not report.replaced and report.cases == 1 and report.last_action == "case.document_added"
    assert names(base) == ["Lucas Petit", "Zoé Hervé"]


def flip_byte_in(archive: Path, member: str) -> None:
    with tarfile.open(archive) as tar:
        info = tar.getmember(member)
    with archive.open("r+b") as file:
        file.seek(info.offset_data + info.size // 2)
        byte = file.read(1)
        file.seek(-1, os.SEEK_CUR)
        file.write(bytes([byte[0] ^ 0x01]))


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda a: flip_byte_in(a, "base"), "partie « base » : la partie a été modifiée"),
        (lambda a: flip_byte_in(a, "documents/000001"), "documents/000001"),
        (lambda a: flip_byte_in(a, "manifeste"), "manifeste"),
        (lambda a: a.write_bytes(a.read_bytes()[: len(a.read_bytes()) // 2]), "tronquée"),
        (lambda a: a.write_bytes(b"pas une archive"), "pas une sauvegarde lisible"),
    ],
    ids=["base", "document", "manifest", "truncated", "not-an-archive"],
)
def test_a_damaged_archive_is_refused_and_nothing_replaced(
    base: Path, tmp_path: Path, damage: object, said: str
) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
        open_request(ctx, name="Lucas Petit", emails=("lucas.petit@exemple.fr",))
    before = base.read_bytes()
    damage(made.archive)  # type: ignore[operator]
    with pytest.raises(ArchiveError, match=typography(said)):
        restore_archive(made.archive, base, "dpo.test", PASSPHRASE)
    assert base.read_bytes() == before and names(base) == ["Lucas Petit", "Zoé Hervé"]
    assert not [p for p in base.parent.iterdir() if p.name.startswith((".partiel-", "avant-"))]


def rewritten_header(archive: Path, change: dict[str, object]) -> None:
    import json

    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]
    with tarfile.open(archive, "w") as tar:
        for info, data in members:
            if info.name == "entete.json":
                data = json.dumps({**json.loads(data), **change}).encode()
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_a_newer_version_or_another_base_is_refused(base: Path, tmp_path: Path) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
    other = encrypted_base(tmp_path / "autre-poste", name="Lucas Petit")
    with pytest.raises(ArchiveError, match="autre base de cas"):
        restore_archive(made.archive, other, "dpo.test", PASSPHRASE)
    assert names(other) == ["Lucas Petit"]
    rewritten_header(made.archive, {"version": 99, "program": "9.0.0"})
    with pytest.raises(ArchiveError, match=r"version plus récente du programme .9\.0\.0"):
        restore_archive(made.archive, base, "dpo.test", PASSPHRASE)
    rewritten_header(made.archive, {"version": 1, "created": "2020-01-01T00:00:00+00:00"})
    with pytest.raises(ArchiveError, match="l’en-tête a été modifié"):
        restore_archive(made.archive, base, "dpo.test", PASSPHRASE)


def test_a_restore_while_the_program_has_the_base_open_is_refused(
    base: Path, tmp_path: Path
) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
    lock = acquire_writer_lock(base, "claire")
    try:
        with pytest.raises(CaseBaseError, match="claire"):
            restore_archive(made.archive, base, "dpo.test", PASSPHRASE)
    finally:
        lock.release()
    assert not marker_path(base).exists()
    assert not [p for p in base.parent.iterdir() if p.name.startswith((".partiel-", "avant-"))]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: under Wine, issue 16)")
def test_a_read_only_backup_folder_is_said_and_nothing_written(base: Path, tmp_path: Path) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    folder.chmod(0o500)
    # As root (CI's containers) modes do not stop writing: the kernel's /sys does.
    unwritable = Path("/sys") if os.getuid() == 0 else folder
    before = sorted(unwritable.iterdir())
    try:
        with opened(base) as ctx, pytest.raises(DpoError, match="n’accepte pas l’écriture"):
            make_backup(ctx, unwritable)
    finally:
        folder.chmod(0o700)
    assert sorted(unwritable.iterdir()) == before
    with opened(base) as ctx:
        assert last_backup(ctx) is None


def test_a_backup_folder_that_cannot_exist_is_said(base: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with opened(base) as ctx, pytest.raises(DpoError, match="inaccessible"):
        make_backup(ctx, blocker / "sauvegardes")
    with opened(base) as ctx:
        assert last_backup(ctx) is None


def test_the_oldest_archives_beyond_the_number_kept_are_removed(base: Path, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from oklima_dpo.services.settings import model as settings_model
    from oklima_dpo.services.settings.changes import update_settings

    folder = tmp_path / "partage"
    folder.mkdir()
    stranger = folder / "oklima-dpo-autrebase-2020-01-01-000000.okdpo-sauvegarde"
    stranger.write_bytes(b"another base's")
    made = []
    with opened(base) as ctx:
        update_settings(ctx, settings_model.Settings(backup_keep=2))
        for day in range(3):
            at = datetime(2026, 12, 1 + day, 18, tzinfo=UTC)
            moment = type(ctx)(ctx.store, ctx.actor, ctx.documents_dir, clock=lambda at=at: at)
            made.append(make_backup(moment, folder))
    assert made[-1].removed == (made[0].archive,)
    assert sorted(folder.iterdir()) == sorted([stranger, made[1].archive, made[2].archive])
    assert made[2].archive.name.endswith("2026-12-03-190000.okdpo-sauvegarde")  # Paris time


def test_the_journal_cut_back_behind_a_backup_is_found(base: Path, tmp_path: Path) -> None:
    from sqlalchemy import delete, select, update

    from oklima_dpo.store.models import AuditEntry, JournalHead

    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
        assert audit.verify_journal(ctx, made.archive).intact
        # Cut back to before the backup's head, the head rewritten to match.
        with ctx.store.unit_of_work() as uow:
            session = uow._session  # what someone with the key and the file could do
            keep = made.journal_seq - 1
            kept = session.scalars(select(AuditEntry).where(AuditEntry.seq == keep)).one()
            session.execute(delete(AuditEntry).where(AuditEntry.seq > keep))
            session.execute(update(JournalHead).values(last_seq=keep, last_hash=kept.hash))
            uow.commit()
        assert audit.verify_journal(ctx).intact  # the chain alone looks whole
        check = audit.verify_journal(ctx, made.archive)
    assert not check.intact and "ramené en arrière" in (check.problem or "")
    assert made.archive.name in (check.problem or "")


def test_a_restore_cut_short_is_finished_at_the_next_opening(base: Path, tmp_path: Path) -> None:
    with opened(base) as ctx:
        made = make_backup(ctx, tmp_path / "partage")
        open_request(ctx, name="Lucas Petit", emails=("lucas.petit@exemple.fr",))
    # The swap's state after its first steps: marker written, documents swapped, base not yet.
    staging = base.parent / ".partiel-restauration-test"
    restore_archive(made.archive, tmp_path / "extrait" / "cases.sqlite", "x", PASSPHRASE)
    extracted = tmp_path / "extrait"
    staging.mkdir()
    os.replace(extracted / "cases.sqlite", staging / "base")
    os.replace(extracted / "cases.sqlite.cle", staging / "cle.json")
    os.replace(extracted / "documents", staging / "documents")
    marker_path(base).write_text(Swap(base, staging, base.parent / "avant").to_json(), "utf-8")
    assert finish_restore(base)
    assert not marker_path(base).exists() and not staging.exists()
    assert names(base) == ["Zoé Hervé"]
    assert not finish_restore(base)  # nothing left to finish
