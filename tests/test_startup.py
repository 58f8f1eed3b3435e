"""The desktop program's start-up: an up-to-date SQLite case base is only checked, and the
window, its queue and the first screenful need no SQLAlchemy (it loads later, on a worker),
nor the ``holidays`` package (the deadlines read the shipped holiday file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from oklima_dpo import app, cli
from oklima_dpo.demo import cases as demo
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.settings import model as settings_model
from oklima_dpo.store.database import Store


def test_an_up_to_date_base_is_only_checked(tmp_path: Path) -> None:
    base = tmp_path / "cases.sqlite"
    args = cli.parse(["--db", str(base), "--data-dir", str(tmp_path / "data")])
    # A first start makes the base (the full opening); the next ones only check it.
    assert app.checked_context(args, app.data_dirs(args)) is None
    first = app.open_context(cli.parse(["--db", str(base)]))
    demo.fill_demo(first, cases=12)
    first.store.dispose()
    code = (
        "import sys\n"
        "from oklima_dpo import app, cli\n"
        "from oklima_dpo.services.cases import queue\n"
        "from oklima_dpo.services.cases.views import CaseFilter\n"
        f"args = cli.parse(['--db', {str(base)!r}, '--data-dir', {str(tmp_path / 'data')!r}])\n"
        "ctx = app.checked_context(args, app.data_dirs(args))\n"
        "found = queue.first_page(ctx, CaseFilter(open_only=True, limit=200))\n"
        "import oklima_dpo.gui.main_window, oklima_dpo.store.lock\n"
        "assert 'sqlalchemy' not in sys.modules, 'SQLAlchemy loaded at start-up'\n"
        "assert 'holidays' not in sys.modules, 'the holidays package loaded at start-up'\n"
        "print(len(found))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


def test_the_checked_context_opens_its_engine_when_first_used(tmp_path: Path) -> None:
    args = cli.parse(["--demo", "--data-dir", str(tmp_path)])
    dirs = app.data_dirs(args)
    assert app.checked_context(args, dirs) is None  # no base yet: the full opening makes it
    app.open_gui_context(args).store.dispose()  # makes and fills the demo base
    ctx = app.checked_context(args, dirs)
    assert isinstance(ctx, ServiceContext) and isinstance(ctx.store, Store)
    assert ctx.store.target.sqlite_path == dirs.case_base
    assert settings_model.get_settings(ctx).demo  # the engine came with that first unit of work
    ctx.store.dispose()


def test_a_demo_base_not_filled_yet_takes_the_full_opening(tmp_path: Path) -> None:
    args = cli.parse(["--demo", "--data-dir", str(tmp_path)])
    dirs = app.data_dirs(args)
    dirs.create()
    app.open_context(args).store.dispose()  # an empty case base, not filled
    assert app.checked_context(args, dirs) is None
    ctx = app.open_gui_context(args, checked=True)  # fills it
    from oklima_dpo.demo.sources import REQUESTS

    # The generated requests, and one for each hard case of the demo estate.
    assert len(case_queue.list_cases(ctx)) == app.DEMO_CASES + len(REQUESTS)
    assert (dirs.root / "estate" / "catalogue.yaml").is_file()
    ctx.store.dispose()
