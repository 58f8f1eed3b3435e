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
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.cases import intake
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import NewCase
from oklima_dpo.services.context import ServiceContext
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
    review.save_review(ctx, reference)
    for right in rights:  # the DPO's decision comes before any execution
        case_steps.decide(ctx, reference, Right(right), Outcome.GRANTED)
    return reference


def rows(estate: EstateSummary, db: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of one of the demo estate's SQLite systems, read directly."""
    with closing(sqlite3.connect(estate.out_dir / f"{db}.sqlite")) as connection:
        return connection.execute(sql, params).fetchall()
