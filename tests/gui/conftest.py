"""GUI fixtures: a case base on SQLite with a settable clock, and the worker runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store

from ..conftest import Clock, fill_organisation, use_estate_catalogue


@pytest.fixture
def gui_ctx(
    tmp_path: Path, clock: Clock, request: pytest.FixtureRequest
) -> Iterator[ServiceContext]:
    """A new SQLite case base; "now" is Tuesday 25/03/2025 10:00 UTC unless moved; the demo
    estate's catalogue in use when the test uses it."""
    store = open_store(parse_target(tmp_path / "cases.sqlite"))
    made = ServiceContext(store, "dpo.test", tmp_path / "documents", clock=clock)
    use_estate_catalogue(made, request)
    if request.node.get_closest_marker("unconfigured") is None:
        fill_organisation(made)
    yield made
    store.dispose()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    made = Runner()
    yield made
    made.wait()
    qtbot.wait(1)  # deliver what the last tasks queued
