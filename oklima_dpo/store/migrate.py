"""Schema migrations (Alembic), run at every start; a SQLite file is copied before an upgrade."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import private_file
from .database import (
    Store,
    Target,
    check_sqlite_file,
    environment_error,
    make_engine,
    sqlite_tables,
)
from .errors import CaseBaseError

if TYPE_CHECKING:  # SQLAlchemy loads with the first function that needs it (see database)
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")

# The revisions in migrations/versions, oldest first (a test checks them against Alembic's).
# Knowing them here lets an up-to-date case base open without importing Alembic, which
# costs a noticeable part of the program's start-up.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_store(target: Target, *, upgrade_to: str = "head") -> Store:
    """Open (creating it if new) and upgrade a case base; refuse anything that is not one."""
    from sqlalchemy.exc import OperationalError

    if target.sqlite_path is not None:
        check_sqlite_file(target.sqlite_path, encrypted=target.key is not None)
        tables = sqlite_tables(target.sqlite_path, target.key)
        if tables and "alembic_version" not in tables:
            raise CaseBaseError(
                f"« {target.sqlite_path} » est une base SQLite, mais pas une base de cas "
                "OKLIMA DPO : elle n’a pas été modifiée."
            )
    engine = make_engine(target)
    try:
        _check_not_foreign(engine, target)
        current = current_revision(engine)
        if current is not None and current not in known_revisions():
            raise CaseBaseError(
                f"La base de cas « {target.display} » vient d’une version plus récente "
                f"du programme (schéma {current}) : mettre OKLIMA DPO à jour."
            )
        wanted = head_revision() if upgrade_to == "head" else upgrade_to
        if current != wanted:
            if current is not None and target.sqlite_path is not None:
                backup_sqlite(target.sqlite_path, current, target.key)
            _upgrade(engine, wanted)
    except OperationalError as error:
        engine.dispose()
        problem = environment_error(error, target)
        if problem is None:
            raise
        raise problem from error
    except BaseException:
        engine.dispose()
        raise
    if target.sqlite_path is not None:  # the file, its journal and backups: owner only
        for path in (
            target.sqlite_path,
            *target.sqlite_path.parent.glob(f"{target.sqlite_path.name}*"),
        ):
            private_file(path)
    return Store(engine, target)


def _check_not_foreign(engine: Engine, target: Target) -> None:
    """A server database that holds other tables but no migration history is not ours."""
    if target.sqlite_path is not None:
        return
    from sqlalchemy import inspect

    tables = set(inspect(engine).get_table_names())
    if tables and "alembic_version" not in tables:
        raise CaseBaseError(
            f"La base « {target.display} » contient d’autres tables mais pas une base de cas "
            "OKLIMA DPO : elle n’a pas été modifiée."
        )


def _upgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def backup_sqlite(path: Path, revision: str, key: bytes | None = None) -> Path:
    """Copy the case base beside itself before its schema changes (SQLite's online backup;
    an encrypted base's copy stays encrypted under its key)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.avant-migration-{revision}-{stamp}.bak")
    partial = backup.with_name(backup.name + ".partiel")
    if key is not None:
        from .vault import export_copy

        export_copy(path, key, partial, key)
        os.replace(partial, backup)
        return backup
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
    os.replace(partial, backup)  # a crash leaves no half backup under the final name
    return backup
