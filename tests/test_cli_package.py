"""The command line as a package: importing it, and parsing any command, loads neither the
services nor SQLAlchemy (the desktop program's start-up pays for neither); every command of the
parser has its module in the dispatch table."""

from __future__ import annotations

import subprocess
import sys

import pytest

from oklima_dpo import cli
from oklima_dpo.cli.commands import COMMANDS


def test_importing_and_parsing_loads_no_service() -> None:
    code = (
        "import sys\n"
        "from oklima_dpo import cli\n"
        "cli.parse(['cases', 'list', '--json'])\n"
        "cli.parse(['deadline', '--received', '2025-03-05'])\n"
        "cli.parse(['execute', 'DR-2025-0001', '--right', 'erasure', '--plan'])\n"
        "cli.parse(['review', 'DR-2025-0001', '--exclude', 'id=1', '--reason', 'x', '--save'])\n"
        "cli.parse(['tasks', 'DR-2025-0001', '--answer', '3', '--text', 'fait'])\n"
        "cli.parse(['notices', 'DR-2025-0001', '--sent', '7', '--channel', 'e-mail'])\n"
        "cli.parse(['restriction', 'DR-2025-0001', '--lift'])\n"
        "cli.parse(['send', 'DR-2025-0001', '4', '--channel', 'courrier'])\n"
        "cli.parse(['settings', 'set', 'reminder_days', '20'])\n"
        "services = sorted(m for m in sys.modules if m.startswith('oklima_dpo.services'))\n"
        "assert not services, services\n"
        "assert 'sqlalchemy' not in sys.modules, 'SQLAlchemy loaded by the command line'\n"
        "assert 'oklima_dpo.store.models' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_every_command_of_the_parser_has_its_module() -> None:
    parser = cli.build_parser()
    (commands,) = [a for a in parser._actions if a.dest == "command"]
    assert set(commands.choices) == set(COMMANDS)  # type: ignore[arg-type]
    for name, module in COMMANDS.items():
        assert name == module.NAME
        assert callable(module.add) and callable(module.run)


def test_the_desktop_start_reads_its_options_without_the_command_modules() -> None:
    code = (
        "import sys\n"
        "from oklima_dpo import cli\n"
        "args = cli.parse(['--demo', '--lang', 'en', '--data-dir', '/tmp/x'])\n"
        "assert args.command is None and args.demo and args.lang == 'en', args\n"
        "loaded = [m for m in sys.modules if m.startswith('oklima_dpo.cli.commands')]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["cses"], "invalid choice: 'cses' (choose from 'deadline', 'cases'"),
        (["--lang", "de"], "argument --lang: invalid choice: 'de'"),
        (["--demo", "--db"], "argument --db: expected one argument"),
    ],
)
def test_a_bad_start_is_explained_by_the_whole_parser(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.parse(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert said in err
    assert "COMMAND ..." in err  # the usage of the whole program, its commands included
