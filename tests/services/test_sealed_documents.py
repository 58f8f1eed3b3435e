"""The documents of an encrypted case base are sealed on disk, one by one (AES-256-GCM, bound
to their place): received files, identity proofs, gathered copies, produced letters and the
DPO's wording; read back in memory only, checked against the case's record; a file changed,
cut short or swapped is refused with the case and the document named. A base in clear keeps
its files in clear, as before — and checks them the same way."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.answers.produce import default_wording, produce
from oklima_dpo.services.case_documents import (
    DocumentRefused,
    ShownAs,
    read_document,
    save_document_copy,
)
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.sealing import seal_existing_files
from oklima_dpo.store.sealed import MAGIC

from ..conftest import fill_organisation
from ..vaults import PROOF, encrypted_base, opened
from .helpers import open_request

LETTER = "Madame, je demande la copie de mes données. Zoé Hervé, 12 rue des Lilas.".encode()


def clear_words(ctx: ServiceContext) -> list[bytes]:
    """What must never be read in clear in a sealed file of this base's documents."""
    return [b"Zo\xc3\xa9", b"Herv", b"zoe.herve", b"exemple.fr", b"%PDF", PROOF, b"Lilas"]


@pytest.fixture
def sealed_ctx(tmp_path: Path) -> Iterator[ServiceContext]:
    """An encrypted base (one request, its identity proof) whose files were sealed."""
    base = encrypted_base(tmp_path / "poste")
    with opened(base) as ctx:
        assert ctx.store.target.journal_key is not None
        seal_existing_files(ctx.documents_dir, ctx.cache_dir, ctx.store.target.journal_key)
        fill_organisation(ctx)
        yield ctx


def stored_files(ctx: ServiceContext) -> list[Path]:
    return sorted(p for p in ctx.documents_dir.rglob("*") if p.is_file())


def assert_sealed(ctx: ServiceContext, path: Path) -> None:
    raw = path.read_bytes()
    assert raw.startswith(MAGIC), path
    for word in clear_words(ctx):
        assert word not in raw, (path, word)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def documents_of(ctx: ServiceContext, reference: str) -> list[tuple[int, str, str]]:
    detail = case_steps.show_case(ctx, reference)
    return [(d.id, d.filename, d.role) for d in detail.documents]


def test_every_file_kept_for_a_case_is_sealed_and_reads_back_exactly(
    sealed_ctx: ServiceContext, tmp_path: Path
) -> None:
    ctx = sealed_ctx
    received = tmp_path / "lettre Zoé.txt"
    received.write_bytes(LETTER)
    reference = open_request(
        ctx, name="Zoé Hervé", emails=("zoe.herve@exemple.fr",), attachments=(received,)
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    edited = [*default_wording(ctx, reference, LetterKind.ACKNOWLEDGEMENT)[:-1], "Zoé, merci."]
    produced = produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT, wording_override=edited)

    # What leaves stays as it is: the letter in the export folder is a PDF in clear.
    (letter,) = produced.files
    assert letter.path.read_bytes().startswith(b"%PDF")
    # Everything kept for the case is sealed: the received letter, the produced letter, the
    # wording edit, and the identity proof sealed when the base was encrypted.
    files = stored_files(ctx)
    assert len(files) == 4 and not any(p.name.startswith(".partiel-") for p in files)
    for path in files:
        assert_sealed(ctx, path)
    assert not (ctx.documents_dir / reference / ".redaction").exists()  # no clear holder

    documents = {name: (number, role) for number, name, role in documents_of(ctx, reference)}
    content = read_document(ctx, reference, documents["lettre Zoé.txt"][0])
    assert content.data == LETTER and content.shown_as is ShownAs.TEXT
    assert content.text.startswith("Madame")
    assert content.sha256 == hashlib.sha256(LETTER).hexdigest()  # the plaintext's, as before
    kept = read_document(ctx, reference, documents[letter.path.name][0])
    assert kept.data == letter.path.read_bytes() and kept.shown_as is ShownAs.PDF
    assert kept.sha256 == letter.sha256
    # The wording edit is read back from its sealed file.
    assert default_wording(ctx, reference, LetterKind.ACKNOWLEDGEMENT) == edited
    (proof_case,) = [c for c in _references(ctx) if c != reference]
    ((proof_id, _name, role),) = documents_of(ctx, proof_case)
    assert read_document(ctx, proof_case, proof_id).data == PROOF and role == "received"


def _references(ctx: ServiceContext) -> list[str]:
    from oklima_dpo.services.cases.queue import list_cases

    return [row.reference for row in list_cases(ctx)]


@pytest.mark.parametrize("damage", ["flipped", "truncated", "swapped", "missing"])
def test_a_sealed_file_changed_on_disk_is_refused_never_shown(
    damage: str, sealed_ctx: ServiceContext, tmp_path: Path
) -> None:
    ctx = sealed_ctx
    other = tmp_path / "autre.txt"
    other.write_bytes(b"Un autre document de la demande.")
    received = tmp_path / "lettre Zoé.txt"
    received.write_bytes(LETTER)
    reference = open_request(ctx, attachments=(received, other))
    ((first, name, _), (second, _, _)) = documents_of(ctx, reference)
    path = ctx.documents_dir / reference / "001-lettre Zoé.txt"
    raw = bytearray(path.read_bytes())
    match damage:
        case "flipped":
            raw[len(raw) - 20] ^= 0x01
            path.write_bytes(bytes(raw))
        case "truncated":
            path.write_bytes(bytes(raw[:-16]))
        case "swapped":  # another document's sealed file under this one's name
            path.write_bytes((ctx.documents_dir / reference / "002-autre.txt").read_bytes())
        case "missing":
            path.unlink()
    with pytest.raises(DocumentRefused) as refused:
        read_document(ctx, reference, first)
    message = str(refused.value)
    assert reference in message and "lettre Zoé.txt" in message
    if damage == "missing":
        assert "introuvable" in message
    else:
        assert "modifié, tronqué ou remplacé" in message and "n’est pas montré" in message
    target = tmp_path / "copie.txt"
    with pytest.raises(DocumentRefused):
        save_document_copy(ctx, reference, first, target)
    assert not target.exists() and list(tmp_path.glob(".partiel-*")) == []
    assert read_document(ctx, reference, second).data == other.read_bytes()  # the other one
    with ctx.unit_of_work() as uow:
        actions = [e.action for e in uow.journal.entries(case_reference=reference)]
    assert actions.count("case.document_refused") == 2
    assert name == "lettre Zoé.txt"


def test_a_copy_saved_by_the_dpo_is_the_plaintext_and_is_journaled(
    sealed_ctx: ServiceContext, tmp_path: Path
) -> None:
    ctx = sealed_ctx
    received = tmp_path / "piece.pdf"
    received.write_bytes(PROOF)
    reference = open_request(ctx, attachments=(received,))
    ((number, _name, _role),) = documents_of(ctx, reference)
    target = tmp_path / "envoi" / "copie.pdf"
    target.parent.mkdir()
    target.write_bytes(b"une ancienne copie")  # replaced once the copy is whole
    written = save_document_copy(ctx, reference, number, target)
    assert written.path == target and written.sha256 == hashlib.sha256(PROOF).hexdigest()
    assert target.read_bytes() == PROOF
    assert [p.name for p in target.parent.iterdir()] == ["copie.pdf"]
    with ctx.unit_of_work() as uow:
        entries = [e for e in uow.journal.entries(case_reference=reference)]
    copied = [e for e in entries if e.action == "case.document_copied"]
    assert len(copied) == 1 and str(target) in copied[0].details


def test_a_base_in_clear_keeps_its_files_in_clear_and_checks_them_too(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    received = tmp_path / "lettre.txt"
    received.write_bytes(LETTER)
    reference = open_request(ctx, attachments=(received,))
    ((number, _name, _role),) = documents_of(ctx, reference)
    path = ctx.documents_dir / reference / "001-lettre.txt"
    assert path.read_bytes() == LETTER  # in clear, as before
    assert read_document(ctx, reference, number).data == LETTER
    path.write_bytes(LETTER.replace(b"copie", b"COPIE"))
    with pytest.raises(DocumentRefused, match=reference):
        read_document(ctx, reference, number)


def test_gathering_on_an_encrypted_base_keeps_the_sources_indexes_sealed(
    sealed_ctx: ServiceContext, estate: EstateSummary
) -> None:
    ctx = sealed_ctx
    ctx.configuration.use_catalogue_file(estate.catalogue)
    person = estate.hard_cases["mentioned_in_other_mail"]
    reference = open_request(
        ctx, name=f"{person['first_name']} {person['last_name']}", emails=(person["email"],)
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    data = gathering.gather_case(ctx, reference)
    assert any(f.source_id == "support" for f in data.findings)  # the mailbox, indexed
    indexes = sorted(ctx.cache_dir.iterdir())
    assert indexes and all(p.suffix == ".scelle" for p in indexes)
    for path in indexes:
        raw = path.read_bytes()
        assert raw.startswith(MAGIC) and b"SQLite format" not in raw
        assert person["email"].encode() not in raw and person["last_name"].encode() not in raw
    again = gathering.gather_case(ctx, reference)  # from the sealed indexes, in memory
    assert len(again.findings) == len(data.findings)
