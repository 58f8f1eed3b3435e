"""Opening case bases: new ones are created at the latest schema, old ones are upgraded after a
backup, and anything that is not a case base is refused and left untouched."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from oklima_dpo.store.database import Target, parse_target
from oklima_dpo.store.errors import CaseBaseError
from oklima_dpo.store.migrate import current_revision, head_revision, open_store


def test_a_new_case_base_is_created_at_the_latest_schema(target: Target) -> None:
    store = open_store(target)
    try:
        assert current_revision(store.engine) == head_revision()
        tables = set(inspect(store.engine).get_table_names())
        assert {
            "cases",
            "persons",
            "person_identifiers",
            "case_rights",
            "events",
            "documents",
            "settings",
            "audit_entries",
            "journal_head",
            "reference_counters",
        } <= tables
    finally:
        store.dispose()


def test_opening_twice_changes_nothing(target: Target) -> None:
    open_store(target).dispose()
    store = open_store(target)
    assert current_revision(store.engine) == head_revision()
    store.dispose()


def test_sqlite_runs_with_wal_and_foreign_keys(sqlite_target: Target) -> None:
    store = open_store(sqlite_target)
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.dispose()


def test_an_upgrade_of_a_sqlite_file_keeps_a_backup_beside_it(sqlite_target: Target) -> None:
    path = sqlite_target.sqlite_path
    assert path is not None
    open_store(sqlite_target, upgrade_to="0001").dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "INSERT INTO audit_entries VALUES (1, '2025-01-01 00:00:00.000000', 'a', 'b', NULL,"
            " '{}', :genesis, :digest)",
            {"genesis": "0" * 64, "digest": "f" * 64},
        )
        connection.commit()

    store = open_store(sqlite_target)
    store.dispose()

    backups = list(path.parent.glob(f"{path.name}.avant-migration-0001-*.bak"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT count(*) FROM audit_entries").fetchone() == (1,)
    with closing(sqlite3.connect(path)) as upgraded:
        # The data migration of 0002 carried the last link of the journal into its head.
        assert upgraded.execute("SELECT last_seq, last_hash FROM journal_head").fetchone() == (
            1,
            "f" * 64,
        )
    assert not list(path.parent.glob("*.partiel"))


def test_owners_tasks_already_open_are_given_a_due_date(sqlite_target: Target) -> None:
    """0007: an owner's task opened before due dates existed is due ten days after it was
    opened; an Art. 19 notice (a recipient's, not an owner's) gets none."""
    path = sqlite_target.sqlite_path
    assert path is not None
    open_store(sqlite_target, upgrade_to="0006").dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "INSERT INTO cases (id, reference, received_at, received_on, channel, language, "
            "status, request_text, is_demo, created_at, updated_at, first_due_on, due_on, "
            "extended, suspended_days) VALUES (1, 'DR-2026-0001', '2026-11-02 09:00:00', "
            "'2026-11-02', 'email', 'fr', 'in_progress', '', 0, '2026-11-02 09:00:00', "
            "'2026-11-02 09:00:00', '2026-12-02', '2026-12-02', 0, 0)"
        )
        for task_id, kind in ((1, "erase"), (2, "notify")):
            connection.execute(
                "INSERT INTO tasks (id, case_id, kind, target, description, status, "
                "created_at, updated_at, updated_by) VALUES (?, 1, ?, 'paper_archives', 'x', "
                "'open', '2026-11-20 16:30:00.000000', '2026-11-20 16:30:00.000000', 'dpo')",
                (task_id, kind),
            )
        connection.commit()
    open_store(sqlite_target).dispose()
    with closing(sqlite3.connect(path)) as upgraded:
        due = dict(upgraded.execute("SELECT id, due_on FROM tasks").fetchall())
    assert due == {1: "2026-11-30", 2: None}


def test_no_backup_when_nothing_changes(sqlite_target: Target) -> None:
    path = sqlite_target.sqlite_path
    assert path is not None
    open_store(sqlite_target).dispose()
    open_store(sqlite_target).dispose()
    assert not list(path.parent.glob("*.bak"))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseBaseError, match="est un dossier"):
        open_store(parse_target(tmp_path))


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseBaseError, match="n’existe pas"):
        open_store(parse_target(tmp_path / "nowhere" / "cases.sqlite"))


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite"
    path.write_bytes(b"Madame, Monsieur,\n" * 100)
    with pytest.raises(CaseBaseError, match="n’est pas une base de cas"):
        open_store(parse_target(path))
    assert path.read_bytes() == b"Madame, Monsieur,\n" * 100
    assert not list(tmp_path.glob("letter.sqlite-*"))  # no WAL or journal files created


def test_another_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(CaseBaseError, match="pas une base de cas"):
        open_store(parse_target(path))
    assert path.read_bytes() == before


def test_a_case_base_from_a_newer_program_is_refused(sqlite_target: Target) -> None:
    open_store(sqlite_target).dispose()
    assert sqlite_target.sqlite_path is not None
    with closing(sqlite3.connect(sqlite_target.sqlite_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(CaseBaseError, match="version plus récente"):
        open_store(sqlite_target)


def test_an_unreadable_url_is_refused() -> None:
    with pytest.raises(CaseBaseError, match="illisible"):
        parse_target("postgresql+psycopg://user@host:notaport/db")


def test_an_unreachable_server_gives_a_message_not_a_traceback() -> None:
    target = parse_target("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(CaseBaseError, match="le serveur ne répond pas"):
        open_store(target)


def test_a_case_base_locked_by_another_program_gives_a_message(sqlite_target: Target) -> None:
    """SQLite waits a few seconds for the lock, then says so: no traceback for the DPO."""
    from oklima_dpo.services.context import ServiceContext
    from oklima_dpo.services.settings import changes as settings_changes
    from oklima_dpo.services.settings import model as settings_model

    assert sqlite_target.sqlite_path is not None
    store = open_store(sqlite_target)
    ctx = ServiceContext(store, "dpo", sqlite_target.sqlite_path.parent / "documents")
    other = sqlite3.connect(sqlite_target.sqlite_path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CaseBaseError, match="verrouillée"):
            settings_changes.set_deadline_policy(ctx, settings_model.DeadlinePolicy())
    finally:
        other.rollback()
        other.close()
        store.dispose()


def test_the_known_revisions_are_alembics() -> None:
    """open_store skips Alembic when the base is up to date; its list must be complete."""
    from alembic.script import ScriptDirectory

    from oklima_dpo.store.migrate import REVISIONS, alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == REVISIONS
    assert scripts.get_current_head() == REVISIONS[-1]


def test_the_migrations_build_exactly_the_models(target: Target) -> None:
    """A model changed without its migration (or the reverse) is caught here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from oklima_dpo.store.models import Base

    store = open_store(target)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        store.dispose()
