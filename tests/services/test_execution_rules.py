"""What the Exécution tab asks instead of deciding: the fields a rectification may change and
what the reviewed records hold now; what may be done now with an execution, an owner's task
or an Art. 19 notice, each flag agreeing with what the service accepts or refuses."""

from __future__ import annotations

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.register import Register
from oklima_dpo.services.answers.produce import produce
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.execution import (
    applying,
    notice_letter,
    planning,
    restriction,
)
from oklima_dpo.services.execution import notices as art19
from oklima_dpo.services.execution import tasks as owner_tasks
from oklima_dpo.services.execution.corrections import (
    CorrectableField,
    correctable_fields,
    fields_of,
)
from oklima_dpo.services.gathering import review
from oklima_dpo.store.models import Finding
from tests.db import raw_session

from .helpers import open_request, reviewed_case

# -- the fields of a rectification -------------------------------------------------------------


def test_every_correctable_field_of_the_catalogue_with_what_the_records_hold(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["phone_formats"]
    reference = reviewed_case(ctx, catalogue, register, person, ("rectification",))
    fields = correctable_fields(ctx, reference)
    # The demo catalogue's ``writes.correctable``, SQL tables only, in the catalogue's order.
    crm = ("civility", "first_name", "last_name", "email", "phone", "address", "postcode", "city")
    assert [f.path for f in fields] == [
        *(f"crm.customers.{name}" for name in crm),
        *(f"billing.bank_accounts.{name}" for name in ("iban", "bic", "holder")),
        "portal.accounts.login",
    ]
    by_path = {f.path: f for f in fields}
    assert by_path["crm.customers.city"] == CorrectableField(
        "crm.customers.city", "CRM clients › Fiche client › Ville", "Lille"
    )
    assert by_path["crm.customers.phone"].current == person["phone"]
    assert (
        by_path["billing.bank_accounts.iban"].label == "Facturation › Mandats de prélèvement › IBAN"
    )
    assert fields == fields_of(
        catalogue, {f.path: [f.current] for f in fields if f.current}
    )  # the same words with or without the case base


def test_records_left_out_or_gone_lend_no_current_value(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["phone_formats"]
    reference = reviewed_case(ctx, catalogue, register, person, ("rectification",))
    crm = next(
        f
        for f in review.case_data(ctx, reference).findings
        if f.source_id == "crm" and f.table == "customers"
    )
    review.review_finding(ctx, reference, crm.id, included=False, reason="Homonyme")
    assert _current(ctx, reference)["crm.customers.city"] == ""
    review.review_finding(ctx, reference, crm.id, included=True)
    assert _current(ctx, reference)["crm.customers.city"] == "Lille"
    with raw_session(ctx.store) as session:  # gathered again: the record is no longer there
        row = session.get(Finding, crm.id)
        assert row is not None
        row.change = "gone"
        session.commit()
    assert _current(ctx, reference)["crm.customers.city"] == ""


def test_a_case_with_nothing_gathered_lists_the_fields_empty(
    ctx: ServiceContext, catalogue: Catalogue
) -> None:
    reference = open_request(ctx, rights=("rectification",))
    fields = correctable_fields(ctx, reference)
    assert fields and all(f.current == "" for f in fields)


def _current(ctx: ServiceContext, reference: str) -> dict[str, str]:
    return {f.path: f.current for f in correctable_fields(ctx, reference)}


# -- what may be done now -------------------------------------------------------------------


def test_an_erasure_may_be_applied_once_then_verified_never_lifted(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))
    planned = planning.plan_execution(ctx, reference, "erasure")
    assert planned.plan.irreversible  # records deleted and pseudonymised
    assert (
        applying.progress_steps(planned.plan)
        == len([s for s in planned.plan.sources if s.writes]) + 1
    )
    assert (planned.may_apply, planned.may_verify, planned.may_lift) == (True, False, False)
    done = applying.apply_execution(ctx, reference, planned.id)
    assert (done.may_apply, done.may_verify, done.may_lift) == (False, True, False)
    with pytest.raises(DpoError, match="préparer un nouveau plan"):
        applying.apply_execution(ctx, reference, planned.id)
    (task,) = [t for t in owner_tasks.list_tasks(ctx, reference) if t.kind == "erase"]
    assert task.may_complete
    answered = owner_tasks.complete_task(ctx, reference, task.id, "Dossier détruit")
    assert not answered.may_complete
    with pytest.raises(DpoError, match="déjà"):
        owner_tasks.complete_task(ctx, reference, task.id, "Encore")


def test_a_restriction_may_be_lifted_until_it_is(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("restriction",))
    planned = planning.plan_execution(ctx, reference, "restriction")
    assert not planned.plan.irreversible  # marks only: lifting removes them
    assert not planned.may_lift
    with pytest.raises(DpoError, match="rien à lever"):
        restriction.lift_restriction(ctx, reference, planned.id)
    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.may_lift and done.may_verify
    restriction.announce_restriction_lift(
        ctx, reference, done.id, lift_on=ctx.today(), reasons="Exactitude vérifiée."
    )
    produce(ctx, reference, LetterKind.RESTRICTION_LIFT_NOTICE)
    lifted = restriction.lift_restriction(ctx, reference, done.id)
    assert lifted.lifted and not lifted.may_lift and lifted.may_verify


def test_a_notice_may_be_produced_then_sent_then_acknowledged(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))
    notice = art19.plan_notices(ctx, reference)[0]
    task_id = notice.task_id

    def flags() -> tuple[bool, bool, bool]:
        (now,) = [n for n in art19.list_notices(ctx, reference) if n.task_id == task_id]
        return now.may_produce, now.may_mark_sent, now.may_acknowledge

    assert flags() == (True, False, False)
    with pytest.raises(DpoError, match="Produire d’abord"):
        art19.mark_notice_sent(ctx, reference, task_id, channel="courrier")
    with pytest.raises(DpoError, match="seule une notification envoyée"):
        art19.acknowledge_notice(ctx, reference, task_id, answer="Fait")
    notice_letter.produce_notice(ctx, reference, task_id)
    assert flags() == (True, True, False)
    art19.mark_notice_sent(ctx, reference, task_id, channel="courrier")
    assert flags() == (True, False, True)
    with pytest.raises(DpoError, match="seule une notification à envoyer"):
        art19.mark_notice_sent(ctx, reference, task_id, channel="courrier")
    art19.acknowledge_notice(ctx, reference, task_id, answer="Fait")
    assert flags() == (False, False, False)
    with pytest.raises(DpoError, match="rien à produire"):
        notice_letter.produce_notice(ctx, reference, task_id)
