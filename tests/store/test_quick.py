"""What start-up reads of a SQLite case base without SQLAlchemy, and the store whose engine
comes with its first unit of work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from oklima_dpo.services.settings import keys as settings_keys
from oklima_dpo.store import quick
from oklima_dpo.store.database import Store, make_engine, parse_target
from oklima_dpo.store.migrate import head_revision, open_store
from tests.db import raw_session


def test_the_revision_of_an_up_to_date_base(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    open_store(parse_target(path)).dispose()
    assert quick.schema_revision(path) == head_revision()


def test_anything_else_is_left_to_the_full_opening(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    assert quick.schema_revision(missing) is None
    assert not missing.exists()  # nothing created
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert quick.schema_revision(empty) is None
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    assert quick.schema_revision(text) is None
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    assert quick.schema_revision(folder) is None
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert quick.schema_revision(other) is None  # SQLite, but no migration history


def test_settings_are_read_json_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    store = open_store(parse_target(path))
    with store.unit_of_work() as uow:
        uow.settings.write(settings_keys.SUSPENSION, False)
        uow.settings.write(settings_keys.DEMO, True)
        uow.commit()
    store.dispose()
    assert quick.read_settings(
        path, [settings_keys.SUSPENSION, settings_keys.DEMO, settings_keys.CALENDAR]
    ) == {
        settings_keys.SUSPENSION: False,
        settings_keys.DEMO: True,
    }


def test_a_deferred_store_makes_its_engine_on_first_use(tmp_path: Path) -> None:
    target = parse_target(tmp_path / "cases.sqlite")
    open_store(target).dispose()
    made: list[object] = []

    def make() -> Engine:
        made.append(engine := make_engine(target))
        return engine

    store = Store.deferred(target, make)
    assert not made
    store.dispose()  # nothing to dispose of yet
    with raw_session(store) as session:
        assert session.connection() is not None
    assert len(made) == 1 and store.engine is made[0]
    with raw_session(store):
        pass
    assert len(made) == 1
    store.dispose()


def test_an_encrypted_base_is_checked_quickly_with_its_key(tmp_path: Path) -> None:
    """The start-up's quick check reads an encrypted base's schema too (with its key; without
    it, or with another, it leaves the base to the full opening)."""
    import os

    from oklima_dpo.store.vault import unlock

    from ..keyrings import failing_keyring, keyring_in_use
    from ..vaults import PASSPHRASE, encrypted_base

    with keyring_in_use(failing_keyring()):
        base = encrypted_base(tmp_path / "poste")
    keys = unlock(base, PASSPHRASE)
    assert quick.schema_revision(base, keys.base) == head_revision()
    assert quick.schema_revision(base) is None
    assert quick.schema_revision(base, os.urandom(32)) is None
    assert quick.read_settings(base, ["demo"], keys.base) == {}
