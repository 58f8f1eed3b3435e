"""Run in a child process by the crash tests: do one kind of write again and again, saying on
stdout what each committed, until SIGKILL (a timer) ends it.

    python -m tests.crash.work_child CASES.sqlite CATALOGUE OPERATION REF SECONDS

OPERATION: intake (open requests), steps (notes on REF), review (gather REF and save its
review), produce (the access package of REF, files in the export folder).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path


def main(argv: list[str]) -> None:
    from oklima_dpo.domain.answers import LetterKind
    from oklima_dpo.services.answers.produce import produce
    from oklima_dpo.services.cases import steps as case_steps
    from oklima_dpo.services.configuration import Configuration
    from oklima_dpo.services.context import ServiceContext
    from oklima_dpo.services.gathering import gather as gathering
    from oklima_dpo.services.gathering import review
    from oklima_dpo.store.database import parse_target
    from oklima_dpo.store.migrate import open_store
    from tests.services.helpers import open_request

    cases, catalogue, operation, reference, seconds = argv
    folder = Path(cases).parent
    ctx = ServiceContext(
        open_store(parse_target(cases)),
        "dpo.crash",
        folder / "documents",
        exports_folder=folder / "exports",
        configuration=Configuration(catalogue_override=Path(catalogue)),
    )
    threading.Timer(float(seconds), lambda: os.kill(os.getpid(), signal.SIGKILL)).start()
    n = 0
    while True:
        n += 1
        if operation == "intake":
            said = open_request(ctx, name=f"Zoé Hervé {n}")
        elif operation == "steps":
            case_steps.add_note(ctx, reference, f"Note {n}")
            said = str(n)
        elif operation == "review":
            gathering.gather_case(ctx, reference)
            said = review.save_review(ctx, reference).sha256
        else:
            produced = produce(ctx, reference, LetterKind.ACCESS)
            said = " ".join(f"{f.path.name}={f.sha256}" for f in produced.files)
        print(said, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
