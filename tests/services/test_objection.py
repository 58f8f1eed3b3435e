"""Objection to marketing and withdrawal of consent over the demo estate: the suppression list,
the newsletter's audience, the flag in gathering, the warning of ``sources check``."""

from __future__ import annotations

import csv
import json
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import select

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import InvalidInput
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review
from oklima_dpo.services.objection import consent, marketing
from oklima_dpo.services.objection import suppression as suppression_list
from oklima_dpo.services.sources import check_sources
from oklima_dpo.store.models import AuditEntry, Suppression, Task
from tests.db import raw_session

from ..conftest import Clock
from .helpers import open_request


def subscriber_customer(estate: EstateSummary) -> dict[str, str]:
    """A CRM customer whose e-mail is on the newsletter: found through the customer number."""
    with (estate.out_dir / "newsletter.csv").open(encoding="cp1252", newline="") as handle:
        subscribed = {row["email"].lower() for row in csv.DictReader(handle, delimiter=";")}
    with closing(sqlite3.connect(estate.out_dir / "crm.sqlite")) as crm:
        rows = crm.execute(
            "SELECT customer_no, first_name, last_name, email FROM customers "
            "WHERE email IS NOT NULL ORDER BY customer_no"
        ).fetchall()
    for customer_no, first, last, email in rows:
        if email.lower() in subscribed:
            return {"customer_no": customer_no, "name": f"{first} {last}", "email": email}
    raise AssertionError("the demo estate has no customer on the newsletter")


def audience_emails(ctx: ServiceContext, catalogue: Catalogue) -> set[str]:
    audience = marketing.marketing_audience(ctx, "newsletter")
    return {str(r.fields["email"]).lower() for r in audience.rows}


def objection_case(ctx: ServiceContext, name: str, **changes: object) -> str:
    changes.setdefault("rights", ("objection",))
    reference = open_request(ctx, name=name, **changes)
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    return reference


def test_an_objection_takes_the_person_off_the_newsletter_audience(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = subscriber_customer(estate)
    email = person["email"].lower()
    assert email in audience_emails(ctx, catalogue)
    # Asked with the customer number alone: the e-mail comes from the reviewed CRM record.
    reference = objection_case(
        ctx, person["name"], emails=(), customer_numbers=(person["customer_no"],)
    )
    gathering.gather_case(ctx, reference)
    review.save_review(ctx, reference)

    result = suppression_list.record_objection(ctx, reference)

    assert result.added >= 2 and result.extended == 0
    assert result.expires_on == date(2028, 3, 25)  # 3 years, the settings' default
    audience = marketing.marketing_audience(ctx, "newsletter")
    assert email not in {str(r.fields["email"]).lower() for r in audience.rows}
    assert [str(r.fields["email"]).lower() for r in audience.removed] == [email]
    assert suppression_list.is_suppressed(ctx, [("email", person["email"].upper())]) == {
        ("email", email)
    }
    # sources check makes the person still on the file visible.
    checks = {c.source_id: c for c in check_sources(ctx, only=["newsletter", "crm"])}
    assert not checks["newsletter"].ok
    assert checks["newsletter"].problems == (
        "1 personne opposée figure encore dans « Abonnés à la newsletter » (liste d’opposition "
        "à la prospection) : les retirer de la liste ou marquer leur opposition.",
    )
    assert checks["crm"].ok  # not a marketing source


def test_a_second_objection_extends_the_period_without_duplicating(
    ctx: ServiceContext, clock: Clock, estate: EstateSummary
) -> None:
    person = estate.hard_cases["prospect_newsletter_only"]
    name = f"{person['first_name']} {person['last_name']}"
    first = suppression_list.record_objection(
        ctx, objection_case(ctx, name, emails=(person["email"],))
    )
    again = suppression_list.record_objection(
        ctx, objection_case(ctx, name, emails=(person["email"],))
    )
    assert (first.added, again.added, again.extended) == (1, 0, 1)
    clock.advance(days=400)
    later = suppression_list.record_objection(
        ctx, objection_case(ctx, name, emails=(person["email"],))
    )
    assert later.extended == 1 and later.expires_on == date(2029, 4, 29)
    with raw_session(ctx.store) as session:
        rows = session.scalars(select(Suppression)).all()
        assert len(rows) == 1
        assert rows[0].expires_on == date(2029, 4, 29)
        assert rows[0].added_on == date(2025, 3, 25)  # first listed
        # The journal counts, never says who.
        details = " ".join(e.details for e in session.scalars(select(AuditEntry)))
    assert person["email"].lower() not in details.lower()
    assert '"extended":1' in details


def test_expired_entries_are_removed_and_no_longer_suppress(
    ctx: ServiceContext, clock: Clock
) -> None:
    reference = objection_case(ctx, "Élodie Le Gall", phones=("06 12 34 56 78",))
    result = suppression_list.record_objection(ctx, reference)
    assert suppression_list.is_suppressed(ctx, [("phone", "+33612345678")])
    assert suppression_list.purge_expired_suppressions(ctx) == 0
    clock.advance(days=(result.expires_on - date(2025, 3, 25)).days + 1)
    assert (
        suppression_list.is_suppressed(
            ctx, [("phone", "0612345678"), ("email", "elodie.legall@exemple.fr")]
        )
        == set()
    )
    assert suppression_list.purge_expired_suppressions(ctx) == 2  # the e-mail and the phone
    with raw_session(ctx.store) as session:
        assert session.scalars(select(Suppression)).all() == []
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "suppression.expired_removed")
        ).one()
    assert json.loads(entry.details)["removed"] == 2


def test_the_list_is_changed_only_for_a_request_that_asks_it(ctx: ServiceContext) -> None:
    reference = open_request(ctx)  # access only
    with pytest.raises(InvalidInput, match="ne porte pas sur ce droit"):
        suppression_list.record_objection(ctx, reference)


def test_gathering_again_flags_the_records_of_a_person_who_objected(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["prospect_newsletter_only"]
    name = f"{person['first_name']} {person['last_name']}"
    listed = objection_case(ctx, name, emails=(person["email"],))
    suppression_list.record_objection(ctx, listed)
    # A later request of the same person (access): the newsletter row is flagged.
    later = open_request(ctx, name=name, emails=(person["email"],))
    case_steps.record_step(ctx, later, EventKind.ACKNOWLEDGED)
    data = gathering.gather_case(ctx, later)
    newsletter = [f for f in data.findings if f.source_id == "newsletter"]
    assert newsletter and all(f.suppressed for f in newsletter)
    assert not any(f.suppressed for f in data.findings if f.source_id != "newsletter")


def test_a_consent_withdrawal_gives_the_newsletter_owner_a_task_once(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["prospect_newsletter_only"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        rights=("consent_withdrawal",),
        emails=(person["email"],),
    )
    first = consent.record_consent_withdrawal(ctx, reference)
    stops = {s.source_id: s for s in first.stops}
    # The newsletter (a CSV file) serves electronic prospecting, based on consent.
    assert set(stops) == {"newsletter"}
    newsletter = stops["newsletter"]
    assert not newsletter.writable and newsletter.task_id is not None
    assert newsletter.activities == ("Prospection commerciale par voie électronique (e-mail, SMS)",)
    again = consent.record_consent_withdrawal(ctx, reference)
    assert again.stops[0].task_id == newsletter.task_id
    assert again.suppression.extended == first.suppression.added
    with raw_session(ctx.store) as session:
        tasks = session.scalars(select(Task)).all()
    assert [(t.kind, t.target, t.status) for t in tasks] == [("stop_consent", "newsletter", "open")]
    assert "Abonnés à la newsletter" in tasks[0].description


def test_decisions_do_not_matter_to_the_list(ctx: ServiceContext) -> None:
    """The list follows the request: a refusal of another right changes nothing to it."""
    reference = objection_case(
        ctx, "Élodie Le Gall", rights=("objection", "access"), emails=("e.legall@exemple.fr",)
    )
    case_steps.decide(ctx, reference, Right.ACCESS, Outcome.REFUSED, "Demande répétée (art. 12(5))")
    assert suppression_list.record_objection(ctx, reference).added == 1
