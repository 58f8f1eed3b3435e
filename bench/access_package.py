"""An access package for one person with many included records: time and peak memory.

    uv run python bench/access_package.py [--records 5000] [--runs 3]

Writes a small demo estate and a throw-away case base, opens a request, and stores a reviewed
snapshot of N records (copies of the person's real records from the estate's systems, with
distinct keys, as a long customer history would give). Then the real service ``produce``
builds the access package (letter with the Art. 15 information, the data annex, the JSON, the
masking of other people's identifiers) R times: min / median / max seconds (target ≤ 5 s),
the pages written and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy.orm import Session

from oklima_dpo.demo.estate import write_demo_estate
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.gates import IdentityMethod
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.answers.produce import produce
from oklima_dpo.services.cases import intake
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import IdentityCheck, NewCase
from oklima_dpo.services.configuration import Configuration
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import snapshot as snapshots
from oklima_dpo.services.settings.by_key import with_setting
from oklima_dpo.services.settings.changes import update_settings
from oklima_dpo.services.settings.model import get_settings
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store
from oklima_dpo.store.models import Case, ReviewSnapshotRow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        estate = write_demo_estate(work / "estate", 200)
        store = open_store(parse_target(str(work / "cases.sqlite")))
        ctx = ServiceContext(
            store,
            "bench",
            work / "documents",
            exports_folder=work / "out",
            configuration=Configuration(catalogue_override=estate.catalogue),
        )
        person = estate.hard_cases["mentioned_in_other_mail"]
        reference = intake.open_case(
            ctx,
            NewCase(
                name=f"{person['first_name']} {person['last_name']}",
                rights=("access",),
                received_at=datetime.now(UTC),
                channel="email",
                emails=(person["email"],),
            ),
        )
        case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
        data = gathering.gather_case(ctx, reference)
        # The real steps before anything leaves (domain.gates): the DPO's contact in the
        # settings, the identity established, the right decided.
        settings = get_settings(ctx)
        for key, value in (
            ("organisation.dpo_name", "Camille Durand"),
            ("organisation.dpo_email", "dpo@oklima.example"),
        ):
            settings = with_setting(settings, key, value)
        update_settings(ctx, settings)
        case_steps.record_identity_verified(
            ctx, reference, IdentityCheck(IdentityMethod.MATCHING_ANSWERS, "bench")
        )
        case_steps.decide(ctx, reference, Right.ACCESS, Outcome.GRANTED)
        base = [snapshots.finding_json(f) for f in data.findings if f.included]
        findings = []
        for number in range(args.records):
            model = dict(base[number % len(base)])
            model["key"] = f"{model['key']}#{number:05d}"
            findings.append(model)
        content = json.dumps(
            {
                "case": reference,
                "at": datetime.now(UTC).isoformat(),
                "complete": True,
                "sources": [],
                "findings": findings,
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        with Session(store.engine) as session:
            case = session.query(Case).filter_by(reference=reference).one()
            session.add(
                ReviewSnapshotRow(
                    case_id=case.id,
                    created_at=datetime.now(UTC).replace(tzinfo=None),
                    created_by="bench",
                    complete=True,
                    sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
                    content=content,
                )
            )
            session.commit()
        times, pages = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            produced = produce(ctx, reference, LetterKind.ACCESS)
            times.append(time.perf_counter() - start)
            pages = len(PdfReader(str(produced.files[0].path)).pages)
        store.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (
        1 if sys.platform == "darwin" else 1024
    )
    print(
        f"access package, {args.records} records: min {min(times):.2f} s, "
        f"median {statistics.median(times):.2f} s, max {max(times):.2f} s (target ≤ 5 s); "
        f"{pages} pages; {produced.redactions} identifiers of others masked; "
        f"peak memory (max RSS) {peak / 1e6:.0f} MB"
    )


if __name__ == "__main__":
    main()
