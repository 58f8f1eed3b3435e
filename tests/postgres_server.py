"""A throw-away PostgreSQL server for one test session, run by pytest-postgresql's executor.

The server lives in a temporary folder, listens on 127.0.0.1 on a free port with trust
authentication, and is deleted at the end of the session: it must never hold real data. Each
session has its own, so concurrent runs never share a database.

PostgreSQL refuses to run as root. When the tests do (CI does), the server runs as the
``postgres`` user (created by Debian's ``postgresql`` package): pytest-postgresql runs
``pg_ctl`` for everything it does (initdb, start, status, stop), so it is given a small
``pg_ctl`` that runs the real one through ``runuser -u postgres``. Its data and socket folder
is one that user owns: the folders pytest makes (``tmp_path``) are private to root.
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytest_postgresql.executors import PostgreSQLExecutor
from pytest_postgresql.janitor import DatabaseJanitor

SERVER_USER = "postgres"  # the OS user, and the superuser role initdb makes
DATABASE = "oklima_test"
DEBIAN_SERVERS = Path("/usr/lib/postgresql")  # postgresql-NN puts NN/bin/pg_ctl here
HOST = "127.0.0.1"
# Speed over durability: nothing outlives the session.
SERVER_OPTIONS = f"-c listen_addresses={HOST} -c synchronous_commit=off -c full_page_writes=off"
INSTALL_HINT = (
    "install the PostgreSQL server (apt-get install postgresql) or put its pg_ctl on PATH, "
    "or set OKLIMA_TEST_PG_URL to the URL of a server's database"
)


def _runnable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_pg_ctl() -> Path | None:
    """The server's ``pg_ctl``: the highest version Debian installed, else the one beside
    ``pg_config --bindir``, else the one on PATH."""
    debian = [
        (int(bindir.parent.name), bindir / "pg_ctl")
        for bindir in DEBIAN_SERVERS.glob("*/bin")
        if bindir.parent.name.isdigit() and _runnable(bindir / "pg_ctl")
    ]
    if debian:
        return max(debian)[1]
    pg_config = shutil.which("pg_config")
    if pg_config:
        # pg_config may come with the client libraries alone: check that pg_ctl is there.
        try:
            bindir = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            bindir = ""
        if bindir and _runnable(Path(bindir) / "pg_ctl"):
            return Path(bindir) / "pg_ctl"
    on_path = shutil.which("pg_ctl")
    return Path(on_path) if on_path else None


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def missing_requirement() -> str | None:
    """Why no server can be started here (what to install), or None."""
    if find_pg_ctl() is None:
        return "no PostgreSQL server found"
    if running_as_root():
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no '{SERVER_USER}' user to run the server"
        if shutil.which("runuser") is None:
            return "running as root and runuser (util-linux) is missing"
    return None


def _free_port() -> int:
    """A port nobody listens on now (the executor refuses to start on a busy one)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _pg_ctl_as_server_user(pg_ctl: Path, folder: Path) -> Path:
    """A ``pg_ctl`` that runs the real one as the server user.

    It lives in a folder only root can write to, since root runs it. ``cd /``: that user may
    not be allowed into the caller's working directory (e.g. /root).
    """
    wrapper = folder / "pg_ctl"
    wrapper.write_text(
        f'#!/bin/sh\ncd / && exec runuser -u {SERVER_USER} -- {shlex.quote(str(pg_ctl))} "$@"\n',
        encoding="utf-8",
    )
    wrapper.chmod(0o755)
    return wrapper


@contextmanager
def throwaway_server(scratch: Path) -> Iterator[str]:
    """Start a server, create the test database, yield its SQLAlchemy URL; stop and delete
    everything afterwards. ``scratch`` is a private folder for the ``pg_ctl`` wrapper."""
    pg_ctl = find_pg_ctl()
    assert pg_ctl is not None, "check missing_requirement() first"
    folder = Path(tempfile.mkdtemp(prefix="oklima-pg-"))  # short: a socket path is ≤ 107 bytes
    try:
        if running_as_root():
            server_user = pwd.getpwnam(SERVER_USER)
            os.chown(folder, server_user.pw_uid, server_user.pw_gid)
            pg_ctl = _pg_ctl_as_server_user(pg_ctl, scratch)
        executor = PostgreSQLExecutor(
            executable=str(pg_ctl),
            host=HOST,
            port=_free_port(),
            datadir=str(folder / "data"),
            unixsocketdir=str(folder),
            logfile=str(folder / "server.log"),
            startparams="-w",
            dbname=DATABASE,
            user=SERVER_USER,
            postgres_options=SERVER_OPTIONS,
        )
        try:
            executor.start()
        except Exception as error:
            log = folder / "server.log"
            told = log.read_text(errors="replace")[-3000:] if log.is_file() else "(no log)"
            raise RuntimeError(f"PostgreSQL did not start ({error}):\n{told}") from error
        try:
            DatabaseJanitor(user=SERVER_USER, host=HOST, port=executor.port, dbname=DATABASE).init()
            yield f"postgresql+psycopg://{SERVER_USER}@{HOST}:{executor.port}/{DATABASE}"
        finally:
            executor.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
