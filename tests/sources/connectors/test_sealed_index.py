"""Beside an encrypted case base the index of a file source is sealed: built in memory, kept
sealed (AES-256-GCM, bound to its name), read back into memory; one that does not open is
built again from the file, never used. The seal is the use cases' (``SealedIndexes``)."""

from __future__ import annotations

import csv
import os
import stat
import tempfile
from pathlib import Path

import pytest

from oklima_dpo.domain.identity import IdentifierKind
from oklima_dpo.services.sealed_storage import SealedIndexes
from oklima_dpo.sources.connectors import open_connector
from oklima_dpo.sources.connectors.indexed_file import IndexedFileConnector
from oklima_dpo.store.sealed import MAGIC

from .conftest import CatalogueFactory

EMAIL = IdentifierKind.EMAIL
KEY = bytes(range(32))
PEOPLE = [
    ["CL00000001", "Brunehaut", "Sidonie", "sidonie.brunehaut@exemple.fr"],
    ["CL00000002", "Quillevéré", "Anatole", "anatole.q@exemple.fr"],
]


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    path = tmp_path / "clients.csv"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["customer_no", "last_name", "first_name", "email"])
        writer.writerows(PEOPLE)
    return path


def sealed_connector(
    make_catalogue: CatalogueFactory, cache: Path, key: bytes = KEY
) -> IndexedFileConnector:
    fields = {
        "customer_no": {"category": "user.unique_id", "identifies": "customer_no"},
        "last_name": {"category": "user.name", "identifies": "last_name"},
        "first_name": {"category": "user.name", "identifies": "first_name"},
        "email": {"category": "user.contact.email", "identifies": "email"},
    }
    source = {
        "name": "Fichier clients",
        "kind": "spreadsheet",
        "connection": {"path": "clients.csv"},
        "tables": {"clients": {"fields": fields}},
    }
    connector = open_connector(make_catalogue(fichier=source), "fichier", cache, SealedIndexes(key))
    assert isinstance(connector, IndexedFileConnector)
    return connector


def found(connector: IndexedFileConnector, email: str) -> list[str]:
    return [r.key for r in connector.find("clients", "email", EMAIL, [email])]


def test_the_index_is_sealed_on_disk_and_reused_from_memory(
    clients: Path, make_catalogue: CatalogueFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing may go to the system's temporary folder either (SQLite's sorts, temp tables).
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    for variable in ("TMPDIR", "SQLITE_TMPDIR", "TMP", "TEMP"):
        monkeypatch.setenv(variable, str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    cache = tmp_path / "cache"
    connector = sealed_connector(make_catalogue, cache)
    assert found(connector, "sidonie.brunehaut@exemple.fr") == ["ligne 2"]
    assert connector.index().built
    target = connector.cache_path()
    connector.close()

    assert target.name.endswith(".scelle") and [p.name for p in cache.iterdir()] == [target.name]
    raw = target.read_bytes()
    assert raw.startswith(MAGIC)
    for clear in (b"sidonie", b"Brunehaut", b"Quillev", b"CL00000001", b"SQLite format"):
        assert clear.lower() not in raw.lower()
    assert list(scratch.iterdir()) == []
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE(cache.stat().st_mode) == 0o700

    again = sealed_connector(make_catalogue, cache)
    assert found(again, "anatole.q@exemple.fr") == ["ligne 3"]
    assert not again.index().built  # read from the sealed cache, in memory
    again.close()
    assert target.read_bytes() == raw


@pytest.mark.parametrize("damage", ["flipped", "truncated", "swapped", "other key"])
def test_a_sealed_index_that_does_not_open_is_built_again(
    damage: str, clients: Path, make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = sealed_connector(make_catalogue, cache)
    first.check()
    target = first.cache_path()
    first.close()
    raw = bytearray(target.read_bytes())
    key = KEY
    match damage:
        case "flipped":
            raw[len(raw) // 2] ^= 0x01
            target.write_bytes(bytes(raw))
        case "truncated":
            target.write_bytes(bytes(raw[: len(raw) - 100]))
        case "swapped":  # a sealed index under another name (another source's) put here
            other = target.with_name("index-autre.scelle")
            SealedIndexes(KEY).write(other, b"SQLite format 3\0 autre index")
            target.write_bytes(other.read_bytes())
        case "other key":  # another base's index
            key = bytes(reversed(KEY))
    again = sealed_connector(make_catalogue, cache, key)
    assert found(again, "sidonie.brunehaut@exemple.fr") == ["ligne 2"]
    assert again.index().built  # never used: read again from the file
    again.close()
    assert SealedIndexes(key).read(target) is not None  # and sealed again, whole


def test_a_clear_index_and_a_sealed_one_are_never_taken_for_each_other(
    clients: Path, make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    clear = open_connector(
        make_catalogue(
            fichier={
                "name": "Fichier clients",
                "kind": "spreadsheet",
                "connection": {"path": "clients.csv"},
                "tables": {
                    "clients": {
                        "fields": {
                            "email": {"category": "user.contact.email", "identifies": "email"}
                        }
                    }
                },
            }
        ),
        "fichier",
        cache,
    )
    assert isinstance(clear, IndexedFileConnector)
    clear.check()
    clear.close()
    assert clear.cache_path().suffix == ".sqlite"
    sealed = sealed_connector(make_catalogue, cache)
    assert sealed.cache_path().suffix == ".scelle"
    sealed.check()
    assert sealed.index().built
    sealed.close()
