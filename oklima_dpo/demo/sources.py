"""The demo's company systems: a small demo estate beside the demo case base, its catalogue
chosen in the settings, and requests from the estate's hard cases to gather for.

Only synthetic people (``demo.estate``); never called on a real case base.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, time
from pathlib import Path

from ..domain.french import PARIS
from ..domain.workflow import EventKind
from ..services import sources
from ..services.cases import intake
from ..services.cases import steps as case_steps
from ..services.cases.views import NewCase
from ..services.context import ServiceContext
from .cases import DemoPerson, fill_demo
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


def fill_demo_base(ctx: ServiceContext, folder: Path, cases: int) -> Path:
    """The demo as the DPO first sees it: the estate written (once), requests from its own
    customers (gathering finds their data; letters go to their address), its hard cases
    opened, its catalogue chosen."""
    catalogue = folder / CATALOGUE
    summary = None
    if not catalogue.is_file():
        summary = write_demo_estate(folder, DEMO_PERSONS, seed=0, today=ctx.today())
    fill_demo(ctx, cases=cases, people=estate_people(folder))
    if summary is not None:
        open_hard_case_requests(ctx, summary)
    sources.set_catalogue(ctx, catalogue)
    return catalogue


def estate_people(folder: Path) -> list[DemoPerson]:
    """The estate's customers as the demo's requests name them (synthetic people)."""
    with closing(sqlite3.connect(folder / "crm.sqlite")) as connection:
        rows = connection.execute(
            "SELECT first_name, last_name, email, phone, customer_no, address, postcode, city "
            "FROM customers ORDER BY customer_no"
        ).fetchall()
    return [
        DemoPerson(
            first_name=first,
            last_name=last,
            email=email or "",
            phone=phone or "",
            customer_no=customer_no,
            address=f"{address}\n{postcode} {city}",
        )
        for first, last, email, phone, customer_no, address, postcode, city in rows
    ]


def open_hard_case_requests(ctx: ServiceContext, summary: EstateSummary) -> list[str]:
    references = []
    # This morning at nine, or now when the demo is opened earlier (never in the future).
    received = min(datetime.combine(ctx.today(), time(9, 0), tzinfo=PARIS), ctx.now())
    people = {p.customer_no: p for p in estate_people(summary.out_dir)}
    for case_name, right in REQUESTS:
        person = summary.hard_cases[case_name]
        customer = people.get(person.get("customer_no", ""))
        reference = intake.open_case(
            ctx,
            NewCase(
                name=f"{person['first_name']} {person['last_name']}",
                rights=(right,),
                received_at=received,
                channel="email",
                emails=(person["email"],) if person.get("email") else (),
                postal_address=customer.address if customer else "",
                request_text="Demande de démonstration (personne fictive).",
            ),
        )
        case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
        references.append(reference)
    return references
