"""Building requests for service tests."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from typing import Any

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.gates import IdentityMethod
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.cases import intake
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import IdentityCheck, NewCase
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.execution.views import ExecutionView
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review

BASE_REQUEST = NewCase(
    name="Élodie Le Gall",
    rights=("access",),
    received_at=datetime(2025, 3, 10, 9, 30, tzinfo=PARIS),
    channel="email",
    emails=("elodie.legall@exemple.fr",),
)


def new_request(**changes: object) -> NewCase:
    return replace(BASE_REQUEST, **changes)  # type: ignore[arg-type]


def open_request(ctx: ServiceContext, **changes: object) -> str:
    return intake.open_case(ctx, new_request(**changes))


def establish_identity(ctx: ServiceContext, reference: str) -> None:
    """The DPO records how the requester's identity was established (answers matching what the
    systems hold: the level every right's default accepts)."""
    proof = IdentityCheck(IdentityMethod.MATCHING_ANSWERS, "Numéro client et e-mail concordants")
    case_steps.record_identity_verified(ctx, reference, proof)


def settle_sources(ctx: ServiceContext, reference: str, *, archives_found: bool = False) -> None:
    """Each source still awaited (the paper archives) settled so that the review can be
    complete: its owner's answer recorded (a folder found) or, when ``archives_found`` is
    false, the source skipped with the DPO's reason."""
    for state in review.case_data(ctx, reference).sources:
        if state.settled:
            continue
        if archives_found and state.manual:
            review.record_manual_answer(
                ctx, reference, state.source_id, found=True, note="Un dossier papier à ce nom"
            )
        else:
            review.skip_source(
                ctx, reference, state.source_id, "Archiviste : aucun dossier à ce nom"
            )


def ready_to_answer(ctx: ServiceContext, reference: str, *, archives_found: bool = False) -> None:
    """Gathered already: identity established, the sources settled, the review saved."""
    establish_identity(ctx, reference)
    settle_sources(ctx, reference, archives_found=archives_found)
    review.save_review(ctx, reference)


def reviewed_case(
    ctx: ServiceContext,
    catalogue: Catalogue,
    register: Register,
    person: dict[str, str],
    rights: tuple[str, ...],
) -> str:
    """A case taken in charge, gathered, reviewed (the DPO keeps what was found) and its
    rights granted: ready to be carried out."""
    name = f"{person['first_name']} {person['last_name']}"
    reference = open_request(ctx, name=name, rights=rights, emails=(person["email"],))
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    ready_to_answer(ctx, reference, archives_found=True)
    for right in rights:  # the DPO's decision comes before any execution
        case_steps.decide(ctx, reference, Right(right), Outcome.GRANTED)
    return reference


def rows(estate: EstateSummary, db: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of one of the demo estate's SQLite systems, read directly."""
    with closing(sqlite3.connect(estate.out_dir / f"{db}.sqlite")) as connection:
        return connection.execute(sql, params).fetchall()


def planned_erasure(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> tuple[str, ExecutionView]:
    """An erasure ready to run: the customer with invoices and a paper folder, reviewed,
    decided, and its plan prepared."""
    from oklima_dpo.services.execution import planning

    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))
    return reference, planning.plan_execution(ctx, reference, "erasure")
