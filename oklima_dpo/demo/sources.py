"""The demo's company systems: a small demo estate beside the demo case base, its catalogue
chosen in the settings, and requests from the estate's hard cases to gather for.

Only synthetic people (``demo.estate``); never called on a real case base.
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from ..domain.french import PARIS
from ..domain.workflow import EventKind
from ..services import sources
from ..services.cases import intake
from ..services.cases import steps as case_steps
from ..services.cases.views import NewCase
from ..services.context import ServiceContext
from .estate import EstateSummary, write_demo_estate

DEMO_PERSONS = 300
CATALOGUE = "catalogue.yaml"

#: Hard cases of the estate opened as requests (already taken in charge): what the DPO meets.
REQUESTS = (
    ("email_in_capitals", "access"),
    ("accented_name", "access"),
    ("homonyms", "erasure"),
    ("shared_family_email", "access"),
    ("retention_expired", "erasure"),
    ("mentioned_in_other_mail", "access"),
)


def prepare_demo_sources(ctx: ServiceContext, folder: Path) -> Path:
    """Write the estate (once), choose its catalogue, open requests for its hard cases."""
    catalogue = folder / CATALOGUE
    if not catalogue.is_file():
        summary = write_demo_estate(folder, DEMO_PERSONS, seed=0, today=ctx.today())
        open_hard_case_requests(ctx, summary)
    sources.set_catalogue(ctx, catalogue)
    return catalogue


def open_hard_case_requests(ctx: ServiceContext, summary: EstateSummary) -> list[str]:
    references = []
    received = datetime.combine(ctx.today(), time(9, 0), tzinfo=PARIS)
    for case_name, right in REQUESTS:
        person = summary.hard_cases[case_name]
        postcode = person.get("postcode", "")
        reference = intake.open_case(
            ctx,
            NewCase(
                name=f"{person['first_name']} {person['last_name']}",
                rights=(right,),
                received_at=received,
                channel="email",
                emails=(person["email"],) if person.get("email") else (),
                postal_address=f"{postcode} (adresse de démonstration)" if postcode else "",
                request_text="Demande de démonstration (personne fictive).",
            ),
        )
        case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
        references.append(reference)
    return references
