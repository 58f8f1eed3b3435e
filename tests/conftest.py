"""Fixtures shared by the whole suite: case bases on SQLite and PostgreSQL, a settable clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

# Qt without a display, before anything imports Qt; a 1920×1080 screen rather than the
# offscreen platform's default 800×600, so that windows keep the sizes the tests give them.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.database import Store, Target, parse_target
from oklima_dpo.store.migrate import open_store

from . import postgres_server

PG_URL_VARIABLE = "OKLIMA_TEST_PG_URL"
# A Tuesday; every test sees this as "now" unless it moves the clock.
DEFAULT_NOW = datetime(2025, 3, 25, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def built_translations() -> None:
    """The .qm files Qt loads, built from the .ts kept in git when missing or older than it:
    they are not in git, and `uv run pytest` on a fresh clone needs nothing run before it."""
    from tools import build_translations

    for language in build_translations.LANGUAGES:
        ts = build_translations.ts_path(language)
        qm = build_translations.qm_path(language)
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        # Built under a temporary name, then renamed: another run may be reading the .qm.
        partial = qm.with_name(f"{qm.stem}.{os.getpid()}.partial.qm")
        build_translations.release(ts, partial)
        partial.replace(qm)


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = DEFAULT_NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The SQLAlchemy URL of a database on a PostgreSQL server, for a superuser who may create
    schemas and databases there: the server named by OKLIMA_TEST_PG_URL when it is set,
    otherwise a throw-away one that this session starts and deletes (postgres_server.py).

    Without a server to start, the tests that need one are skipped with what to install;
    on CI (CI=true) they fail instead."""
    given = os.environ.get(PG_URL_VARIABLE)
    if given:
        yield given
        return
    missing = postgres_server.missing_requirement()
    if missing:
        reason = f"PostgreSQL tests not run: {missing}; {postgres_server.INSTALL_HINT}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (on CI they must run)", pytrace=False)
        pytest.skip(reason)
    with postgres_server.throwaway_server(tmp_path_factory.mktemp("pg_ctl")) as url:
        yield url


def reset_postgres(url: str) -> None:
    """An empty public schema, so that each test starts from a new case base."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Target:
    """Where a new, empty case base is created: a SQLite file, or the PostgreSQL server."""
    if request.param == "sqlite":
        return parse_target(tmp_path / "cases.sqlite")
    url = request.getfixturevalue("postgres_url")  # only now: SQLite needs no server
    reset_postgres(url)
    return parse_target(url)


@pytest.fixture
def sqlite_target(tmp_path: Path) -> Target:
    return parse_target(tmp_path / "cases.sqlite")


@pytest.fixture
def store(target: Target) -> Iterator[Store]:
    opened = open_store(target)
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ctx(
    store: Store, clock: Clock, tmp_path: Path, request: pytest.FixtureRequest
) -> ServiceContext:
    """The services on a new case base, its DPO's contact filled in as at installation (unless
    the test is marked ``unconfigured``); a test that uses the demo estate (fixtures ``estate``
    or ``catalogue``) has its catalogue in use, as ``--catalogue`` would."""
    made = ServiceContext(store, "dpo.test", tmp_path / "documents", clock=clock)
    use_estate_catalogue(made, request)
    if request.node.get_closest_marker("unconfigured") is None:
        fill_organisation(made)
    return made


#: The DPO's signature block, as IT and the DPO fill it at installation: every letter needs it.
DPO_CONTACT = {
    "organisation.dpo_name": "Camille Durand",
    "organisation.dpo_email": "dpo@oklima.fr",
}


def fill_organisation(ctx: ServiceContext) -> None:
    """The settings every letter needs, stored through the settings service (as the dialog)."""
    from oklima_dpo.services.settings.by_key import with_setting
    from oklima_dpo.services.settings.changes import update_settings
    from oklima_dpo.services.settings.model import get_settings

    settings = get_settings(ctx)
    for name, value in DPO_CONTACT.items():
        settings = with_setting(settings, name, value)
    update_settings(ctx, settings)


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A case base for the command-line tests, its DPO contact filled in on the command line
    as at installation (every letter needs it)."""
    from oklima_dpo.app import main

    path = tmp_path / "cases.sqlite"
    for key, value in DPO_CONTACT.items():
        assert main(["--db", str(path), "settings", "set", key, value]) == 0
    capsys.readouterr()  # what it printed is not the test's
    return path


def use_estate_catalogue(ctx: ServiceContext, request: pytest.FixtureRequest) -> None:
    if {"estate", "catalogue"} & set(request.fixturenames):
        ctx.configuration.use_catalogue_file(request.getfixturevalue("estate").catalogue)


# -- the demo estate (company systems of synthetic people) -----------------------------------


@pytest.fixture(scope="session")
def register():
    from oklima_dpo.config.register_file import load_register

    return load_register()


@pytest.fixture(scope="session")
def pristine_estate(tmp_path_factory: pytest.TempPathFactory):
    """A small demo estate written once, dated like the tests' clock; never modified."""
    from oklima_dpo.demo.estate import write_demo_estate

    folder = tmp_path_factory.mktemp("estate")
    return write_demo_estate(folder, 300, seed=7, today=DEFAULT_NOW.date())


@pytest.fixture
def estate(pristine_estate, tmp_path: Path):
    """A copy of the demo estate that a test may damage (remove a file, change a row)."""
    import shutil
    from dataclasses import replace

    copy = tmp_path / "estate"
    shutil.copytree(pristine_estate.out_dir, copy)
    return replace(pristine_estate, out_dir=copy, catalogue=copy / "catalogue.yaml")


@pytest.fixture
def catalogue(estate, register):
    from oklima_dpo.config.catalogue_file import load_catalogue

    return load_catalogue(estate.catalogue, register)


@pytest.fixture
def headless_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on CI or a server: no OS keyring; the recovery passphrase of ``tests/vaults.py``'s
    bases in the file ``OKLIMA_DPO_PASSPHRASE_FILE`` names."""
    from .keyrings import failing_keyring, keyring_in_use
    from .vaults import PASSPHRASE

    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE + "\n", "utf-8")
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(phrase))
    with keyring_in_use(failing_keyring()):
        yield
