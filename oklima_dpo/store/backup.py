"""The backup archive of an encrypted case base: one tar file, every part sealed.

Members, in order:

* ``entete.json`` (clear): what the archive is — format and version, the program, the moment,
  the base's id, the salt of its key; no personal data, so that an archive from another
  installation or a newer version is refused before anything is opened.
* ``cle.json`` (clear): the base's key file as it was (its keys wrapped by the recovery
  passphrase): with the passphrase, a new machine opens the archive.
* ``base``: the case base's snapshot (SQLite's online backup, still SQLCipher-encrypted), sealed.
* ``documents/000001`` …: each document, sealed; its name (which may name a person) is only in
  the manifest.
* ``manifeste``, sealed, last: every part's SHA-256 and size, the header's SHA-256, the
  journal's head hash (an anchor outside the base), what the base holds, and the snapshot's
  SQLCipher key.

Every part is sealed (``store.sealed``) under a key derived (HKDF) from the journal key, which
the base keeps when its own key is rotated, with the archive's salt, and bound to its member's
name: a part changed, moved, swapped from another archive, or an archive cut short, is refused.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .sealed import SealError, SealingReader, unseal
from .vault import KeyFile, VaultError, VaultKeys

__all__ = [
    "ArchiveError",
    "ArchiveHeader",
    "Manifest",
    "Part",
    "read_archive",
    "read_header",
    "read_manifest",
    "write_archive",
]

FORMAT = "oklima-dpo-sauvegarde"
VERSION = 1
HEADER_MEMBER = "entete.json"
KEY_MEMBER = "cle.json"
BASE_MEMBER = "base"
MANIFEST_MEMBER = "manifeste"
SUFFIX = ".okdpo-sauvegarde"


class ArchiveError(VaultError):
    """An archive that cannot be trusted: said in words, naming the archive and the part."""


@dataclass(frozen=True, slots=True)
class ArchiveHeader:
    program: str
    created: str  # ISO, UTC
    base_id: str
    salt: bytes = field(repr=False)
    schema: str  # the case base's Alembic revision
    version: int = VERSION

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": self.version,
            "program": self.program,
            "created": self.created,
            "base_id": self.base_id,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "schema": self.schema,
        }
        return json.dumps(data, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, where: Path) -> ArchiveHeader:
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT:
                raise ArchiveError(f"« {where} » n’est pas une sauvegarde d’OKLIMA DPO.")
            version = int(data["version"])
            if version > VERSION:
                raise ArchiveError(
                    f"« {where} » a été faite par une version plus récente du programme "
                    f"({data.get('program')}, format {version}) : la restaurer avec celle-ci."
                )
            return cls(
                str(data["program"]),
                str(data["created"]),
                str(data["base_id"]),
                base64.b64decode(data["salt"]),
                str(data["schema"]),
                version,
            )
        except (ValueError, KeyError, TypeError):
            raise ArchiveError(f"L’en-tête de « {where} » est illisible.") from None


@dataclass(frozen=True, slots=True)
class Part:
    member: str
    path: str  # the base, or a document's path relative to the document store
    sha256: str  # of the plaintext
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    header_sha256: str
    parts: tuple[Part, ...]
    journal_seq: int
    journal_hash: str
    cases: int
    base_key: bytes = field(repr=False)  # the snapshot's SQLCipher key

    def to_bytes(self) -> bytes:
        data = {
            "header_sha256": self.header_sha256,
            "parts": [
                {"member": p.member, "path": p.path, "sha256": p.sha256, "size": p.size}
                for p in self.parts
            ],
            "journal": {"seq": self.journal_seq, "hash": self.journal_hash},
            "cases": self.cases,
            "base_key": self.base_key.hex(),
        }
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        data = json.loads(raw)
        return cls(
            str(data["header_sha256"]),
            tuple(
                Part(str(p["member"]), str(p["path"]), str(p["sha256"]), int(p["size"]))
                for p in data["parts"]
            ),
            int(data["journal"]["seq"]),
            str(data["journal"]["hash"]),
            int(data["cases"]),
            bytes.fromhex(data["base_key"]),
        )

    @property
    def documents(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.member != BASE_MEMBER)


def archive_key(journal_key: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt, b"oklima-dpo sauvegarde v1").derive(journal_key)


def _bound(member: str, salt: bytes) -> bytes:
    """A part's associated data: its member name and the archive it belongs to."""
    return member.encode("utf-8") + b"\0" + salt


@dataclass(frozen=True, slots=True)
class Source:
    """A file to put in the archive: where it is, and its path in the archive's manifest."""

    file: Path
    path: str


def write_archive(
    out: IO[bytes],
    header: ArchiveHeader,
    key_file: KeyFile,
    keys: VaultKeys,
    snapshot: Path,
    documents: list[Source],
    journal_head: tuple[int, str],
    cases: int,
    progress: Callable[[int], None] = lambda _done: None,
) -> Manifest:
    """Stream the archive into ``out`` (see the module); the manifest written last."""
    key = archive_key(keys.journal, header.salt)
    header_bytes = header.to_bytes()
    parts: list[Part] = []
    # copybufsize: tar copies in 16 KiB pieces by default, a sealed chunk in 64 reads.
    with tarfile.open(  # type: ignore[call-overload]  # (TarFile's keyword; stubs lack it)
        fileobj=out, mode="w|", format=tarfile.PAX_FORMAT, copybufsize=1 << 20
    ) as tar:
        _add_bytes(tar, HEADER_MEMBER, header_bytes)
        _add_bytes(tar, KEY_MEMBER, json.dumps(key_file.to_json(), indent=2).encode("utf-8"))
        sources = [(BASE_MEMBER, Source(snapshot, BASE_MEMBER))]
        sources += [(f"documents/{n:06d}", doc) for n, doc in enumerate(documents, start=1)]
        for done, (member, source) in enumerate(sources, start=1):
            with source.file.open("rb") as reader:
                size = source.file.stat().st_size
                sealing = SealingReader(reader, size, key, _bound(member, header.salt))
                tar.addfile(_info(member, sealing.size), sealing)
            parts.append(Part(member, source.path, sealing.sha256, size))
            progress(done)
        manifest = Manifest(
            hashlib.sha256(header_bytes).hexdigest(),
            tuple(parts),
            journal_head[0],
            journal_head[1],
            cases,
            keys.base,
        )
        raw = manifest.to_bytes()
        sealing = SealingReader(
            io.BytesIO(raw), len(raw), key, _bound(MANIFEST_MEMBER, header.salt)
        )
        tar.addfile(_info(MANIFEST_MEMBER, sealing.size), sealing)
    return manifest


def _info(member: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(member)
    info.size, info.mode = size, 0o600
    return info


def _add_bytes(tar: tarfile.TarFile, member: str, data: bytes) -> None:
    tar.addfile(_info(member, len(data)), io.BytesIO(data))


@dataclass(frozen=True, slots=True)
class Restored:
    """An archive checked whole and unpacked into a staging folder."""

    header: ArchiveHeader
    key_file: KeyFile
    manifest: Manifest
    base: Path  # the snapshot, SQLCipher-encrypted under ``manifest.base_key``
    documents: Path  # the documents folder, as in the document store


KeysFor = Callable[[ArchiveHeader, KeyFile], VaultKeys]


def read_header(archive: Path) -> tuple[ArchiveHeader, KeyFile]:
    """The clear part of an archive: enough to know whose it is, and to unwrap its keys."""
    with _opened(archive, "r:") as tar, _cut_short(archive):
        header = ArchiveHeader.from_bytes(_member_bytes(tar, archive, HEADER_MEMBER), archive)
        key_file = _key_file(_member_bytes(tar, archive, KEY_MEMBER), archive)
    return header, key_file


def read_manifest(archive: Path, keys_for: KeysFor) -> tuple[ArchiveHeader, Manifest]:
    """The header and the sealed manifest, read without unpacking the parts (they are not
    checked: :func:`read_archive` does that)."""
    with _opened(archive, "r:") as tar, _cut_short(archive):
        header_bytes = _member_bytes(tar, archive, HEADER_MEMBER)
        header = ArchiveHeader.from_bytes(header_bytes, archive)
        key_file = _key_file(_member_bytes(tar, archive, KEY_MEMBER), archive)
        key = archive_key(keys_for(header, key_file).journal, header.salt)
        sealed = _member_bytes(tar, archive, MANIFEST_MEMBER)
    manifest = _open_manifest(sealed, key, header, header_bytes, archive)
    return header, manifest


def read_archive(archive: Path, keys_for: KeysFor, stage: Path) -> Restored:
    """Unpack ``archive`` into the empty folder ``stage``, checking every part as it comes
    (its seal, then its SHA-256 and size against the manifest) and that nothing is missing
    or added. Raises :class:`ArchiveError` naming the first part that fails."""
    documents = stage / "documents"
    staged: dict[str, tuple[Path, str, int]] = {}
    header: ArchiveHeader | None = None
    key_file: KeyFile | None = None
    header_bytes, key, manifest = b"", b"", None
    with _opened(archive, "r|") as tar, _cut_short(archive):
        for info in tar:
            name = info.name
            reader = tar.extractfile(info)
            if reader is None:
                raise ArchiveError(f"« {archive} » : la partie « {name} » n’est pas un fichier.")
            if name == HEADER_MEMBER:
                header_bytes = reader.read()
                header = ArchiveHeader.from_bytes(header_bytes, archive)
            elif name == KEY_MEMBER:
                key_file = _key_file(reader.read(), archive)
            elif header is None or key_file is None:
                raise ArchiveError(f"« {archive} » ne commence pas par son en-tête et sa clé.")
            elif name == MANIFEST_MEMBER:
                key = key or archive_key(keys_for(header, key_file).journal, header.salt)
                manifest = _open_manifest(reader.read(), key, header, header_bytes, archive)
            else:
                key = key or archive_key(keys_for(header, key_file).journal, header.salt)
                file = stage / "base" if name == BASE_MEMBER else stage / "parts" / name
                file.parent.mkdir(parents=True, exist_ok=True)
                with file.open("wb") as writer:
                    try:
                        done = unseal(reader, writer, key, _bound(name, header.salt))
                    except SealError as error:
                        raise ArchiveError(f"« {archive} », partie « {name} » : {error}.") from None
                staged[name] = (file, done.sha256, done.size)
    if header is None or key_file is None or manifest is None:
        raise ArchiveError(f"« {archive} » est incomplète : son manifeste manque (coupée ?).")
    _check_parts(archive, manifest, staged)
    for part in manifest.documents:
        target = documents / Path(part.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        staged[part.member][0].replace(target)
    return Restored(header, key_file, manifest, stage / "base", documents)


def _check_parts(
    archive: Path, manifest: Manifest, staged: dict[str, tuple[Path, str, int]]
) -> None:
    listed = {part.member: part for part in manifest.parts}
    for member in staged.keys() - listed.keys():
        raise ArchiveError(f"« {archive} » : la partie « {member} » n’est pas au manifeste.")
    for member, part in listed.items():
        if member not in staged:
            raise ArchiveError(f"« {archive} » : la partie « {member} » ({part.path}) manque.")
        _file, digest, size = staged[member]
        if (digest, size) != (part.sha256, part.size):
            raise ArchiveError(
                f"« {archive} » : la partie « {member} » n’a pas l’empreinte SHA-256 du manifeste."
            )
        if Path(part.path).is_absolute() or ".." in Path(part.path).parts:
            raise ArchiveError(f"« {archive} » : chemin refusé au manifeste « {part.path} ».")


def _open_manifest(
    sealed: bytes, key: bytes, header: ArchiveHeader, header_bytes: bytes, archive: Path
) -> Manifest:
    plain = io.BytesIO()
    try:
        unseal(io.BytesIO(sealed), plain, key, _bound(MANIFEST_MEMBER, header.salt))
        manifest = Manifest.from_bytes(plain.getvalue())
    except SealError as error:
        raise ArchiveError(f"« {archive} », manifeste : {error}.") from None
    except (ValueError, KeyError, TypeError):
        raise ArchiveError(f"« {archive} » : le manifeste est illisible.") from None
    if manifest.header_sha256 != hashlib.sha256(header_bytes).hexdigest():
        raise ArchiveError(f"« {archive} » : l’en-tête a été modifié depuis la sauvegarde.")
    return manifest


def _key_file(raw: bytes, archive: Path) -> KeyFile:
    try:
        return KeyFile.from_json(json.loads(raw))
    except (ValueError, KeyError, TypeError):
        raise ArchiveError(f"« {archive} » : son fichier de clé est illisible.") from None


def _member_bytes(tar: tarfile.TarFile, archive: Path, name: str) -> bytes:
    try:
        reader = tar.extractfile(name)
    except KeyError:
        raise ArchiveError(f"« {archive} » : la partie « {name} » manque.") from None
    if reader is None:
        raise ArchiveError(f"« {archive} » : la partie « {name} » n’est pas un fichier.")
    return reader.read()


@contextmanager
def _cut_short(archive: Path) -> Iterator[None]:
    """tar's own errors while reading (the end of the file reached inside a part, a header
    that is not one) said as what they mean."""
    try:
        yield
    except (tarfile.TarError, EOFError) as error:
        raise ArchiveError(f"« {archive} » est tronquée ou endommagée ({error}).") from None


class _opened:
    """A tar archive opened for reading, its errors said as :class:`ArchiveError`."""

    def __init__(self, archive: Path, mode: str) -> None:
        self._archive, self._mode = archive, mode
        self._tar: tarfile.TarFile | None = None

    def __enter__(self) -> tarfile.TarFile:
        try:
            self._tar = tarfile.open(self._archive, mode=self._mode)  # type: ignore[call-overload]
        except FileNotFoundError:
            raise ArchiveError(f"Aucune sauvegarde à « {self._archive} ».") from None
        except (tarfile.TarError, EOFError, OSError) as error:
            raise ArchiveError(
                f"« {self._archive} » n’est pas une sauvegarde lisible ({error})."
            ) from None
        return self._tar

    def __exit__(self, *exc: Any) -> None:
        if self._tar is not None:
            with suppress(tarfile.TarError, EOFError, OSError):
                self._tar.close()


@dataclass(frozen=True, slots=True)
class SnapshotFacts:
    """What a snapshot holds, read from the snapshot itself."""

    schema: str
    journal_seq: int
    journal_hash: str
    cases: int


def snapshot(base: Path, key: bytes, copy: Path) -> SnapshotFacts:
    """A consistent copy of the encrypted case base ``base`` in the new file ``copy``, under
    the same key: SQLite's online backup, in one step — one read transaction, which in WAL
    mode blocks no writer."""
    from .database import sqlcipher_connect

    source = sqlcipher_connect(base, key)
    try:
        target = sqlcipher_connect(copy, key)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return snapshot_facts(copy, key)


def snapshot_facts(path: Path, key: bytes) -> SnapshotFacts:
    """The schema, journal head and number of cases of a SQLCipher file; SQLite's integrity
    check must pass first."""
    from .database import sqlcipher_connect

    connection = sqlcipher_connect(path, key)
    try:
        try:
            check = connection.execute("PRAGMA integrity_check").fetchone()
        except Exception as error:  # sqlcipher3's DatabaseError: a wrong key, a damaged file
            raise ArchiveError(f"La copie de la base est illisible ({error}).") from None
        if check != ("ok",):
            raise ArchiveError(
                f"La copie de la base ne passe pas le contrôle d’intégrité : {check}."
            )
        (schema,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        head = connection.execute("SELECT last_seq, last_hash FROM journal_head").fetchone()
        (cases,) = connection.execute("SELECT count(*) FROM cases").fetchone()
    finally:
        connection.close()
    seq, digest = head if head else (0, "0" * 64)
    return SnapshotFacts(str(schema), int(seq), str(digest), int(cases))
