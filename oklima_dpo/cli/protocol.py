"""What every module of ``commands/`` provides, so that the parser and the dispatch can treat
them alike:

- ``NAME``: the command as typed (``review``, ``tasks``…);
- ``add(commands, parents)``: adds its sub-parser to ``commands``, with ``parents`` (the
  options accepted after the command: ``--json``, ``--db``…) on every parser that runs;
- ``run(args, ctx, out, err) -> int``: reads ``args``, calls the services, prints the result
  on ``out`` (problems on ``err``) and returns the exit code. The services are imported inside
  ``run``: starting the desktop program, or parsing, must not load them (nor SQLAlchemy).

The commands that need no case base (``deadline``, ``demo-estate``) set
``OPENS_CASE_BASE = False`` and take ``run(args, out, err)``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services.context import ServiceContext

Subcommands = argparse._SubParsersAction  # what ``add_subparsers`` returns
Parents = list[argparse.ArgumentParser]
ContextFactory = Callable[[argparse.Namespace], "ServiceContext"]
