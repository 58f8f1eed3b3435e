"""Run in a child process by the crash tests: apply an execution, and die by SIGKILL at a
chosen moment — after the Nth statement written in the sources, or after a delay.

    python -m tests.crash.apply_child CASES.sqlite CATALOGUE REF EXECUTION_ID statement:N
    python -m tests.crash.apply_child CASES.sqlite CATALOGUE REF EXECUTION_ID after:SECONDS
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path


def main(argv: list[str]) -> None:
    from oklima_dpo.services.configuration import Configuration
    from oklima_dpo.services.context import ServiceContext
    from oklima_dpo.services.execution import applying
    from oklima_dpo.store.database import parse_target
    from oklima_dpo.store.migrate import open_store

    cases, catalogue, reference, execution_id, moment = argv
    how, _, value = moment.partition(":")
    store = open_store(parse_target(cases))
    ctx = ServiceContext(
        store,
        "dpo.crash",
        Path(cases).parent / "documents",
        configuration=Configuration(catalogue_override=Path(catalogue)),
    )

    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    hook = None
    if how == "statement":
        written = 0

        def hook(_source: str, _count: int) -> None:
            nonlocal written
            written += 1
            if written == int(value):
                die()

    else:
        threading.Timer(float(value), die).start()
    applying.apply_execution(ctx, reference, int(execution_id), after_statement=hook)
    print("finished", flush=True)
    os._exit(0)  # a timer still pending must not fire after the run: nothing else to do


if __name__ == "__main__":
    main(sys.argv[1:])
