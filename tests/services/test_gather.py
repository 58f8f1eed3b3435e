"""Gathering a person's data over the demo estate: the hard cases a DPO meets, partial
failure, review, snapshot, and gathering again."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.errors import ForbiddenTransition
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import InvalidInput
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review
from oklima_dpo.services.gathering import snapshot as snapshots
from oklima_dpo.services.gathering.views import CaseData, FindingView

from .helpers import open_request


def case_for(ctx: ServiceContext, person: dict[str, str], **identifiers: object) -> str:
    name = f"{person['first_name']} {person['last_name']}"
    reference = open_request(ctx, name=name, **identifiers)
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    return reference


def gather(
    ctx: ServiceContext, reference: str, catalogue: Catalogue, register: Register, **kw: object
) -> CaseData:
    return gathering.gather_case(ctx, reference, **kw)  # type: ignore[arg-type]


def found(data: CaseData, source: str, table: str | None = None) -> list[FindingView]:
    return [
        f
        for f in data.findings
        if f.source_id == source and (table is None or f.table == table) and f.change != "gone"
    ]


def value(finding: FindingView, name: str) -> object:
    return next(f.value for f in finding.fields if f.name == name)


def test_an_email_follows_customer_number_references_across_systems(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = case_for(ctx, person, emails=(person["email"],))
    data = gather(ctx, reference, catalogue, register)
    customers = found(data, "crm", "customers")
    assert [value(f, "customer_no") for f in customers] == [person["customer_no"]]
    # The portal holds the login in capitals: tied once normalised.
    accounts = found(data, "portal", "accounts")
    assert any(m.kind == "email" and m.how == "normalised" for f in accounts for m in f.matches)
    # Invoices are reached through the customer number found in the CRM.
    invoices = found(data, "billing", "invoices")
    assert invoices and all(f.included for f in invoices)
    assert any(m.how == "reference" for f in invoices for m in f.matches) or any(
        m.kind == "customer_no" for f in invoices for m in f.matches
    )
    assert data.complete is False  # the paper archives still have to answer
    assert [s.source_id for s in data.sources if s.status == "awaiting"] == ["paper_archives"]


def test_phones_written_in_several_formats_are_one_identifier(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["phone_formats"]
    reference = case_for(ctx, person, emails=(), phones=(person["phone"],))
    data = gather(ctx, reference, catalogue, register)
    assert [value(f, "customer_no") for f in found(data, "crm", "customers")] == [
        person["customer_no"]
    ]
    assert found(data, "satisfaction"), "the survey writes the phone +33 1 …"


def test_a_name_alone_is_never_included_by_default(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["homonyms"]
    reference = case_for(
        ctx,
        person,
        emails=(person["email"],),
        postal_address=f"1 rue de la Gare {person['postcode']} Lyon",
    )
    data = gather(ctx, reference, catalogue, register)
    customers = {value(f, "customer_no"): f for f in found(data, "crm", "customers")}
    assert customers[person["customer_no"]].included
    other = customers.get(person["other_customer_no"])
    assert other is not None, "the homonym is shown to the DPO"
    assert other.match == "name_only" and not other.included
    assert other.exclusion_reason and other.inclusion_needs_reason
    # The source still awaited (the paper archives) comes first: never hidden below the fold.
    assert not data.sources[0].settled and all(s.settled for s in data.sources[1:])
    # Including it needs the DPO's reason, as excluding does; it then reads « inclus par le DPO ».
    with pytest.raises(InvalidInput, match="rattaché que par le nom"):
        review.review_finding(ctx, reference, other.id, included=True)
    vouched = review.review_finding(
        ctx, reference, other.id, included=True, reason="Même client : courrier signé reçu"
    )
    included = next(f for f in vouched.findings if f.id == other.id)
    assert included.included and included.inclusion_reason == "Même client : courrier signé reçu"
    assert included.exclusion_reason is None
    # The homonym's identifiers never feed the search: none of their invoices.
    assert not any(
        value(f, "customer_no") == person["other_customer_no"]
        for f in found(data, "billing", "invoices")
    )


def test_a_family_sharing_an_email_does_not_pull_in_the_other_member(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["shared_family_email"]
    reference = case_for(ctx, person, emails=(person["email"],))
    data = gather(ctx, reference, catalogue, register)
    customers = {value(f, "customer_no"): f for f in found(data, "crm", "customers")}
    assert customers[person["customer_no"]].included
    relative = customers[person["other_customer_no"]]
    assert not relative.included and "nom" in (relative.exclusion_reason or "")
    assert not any(
        str(value(f, "customer_no")).upper() == person["other_customer_no"]
        for f in found(data, "billing", "invoices")
    )


def test_a_record_past_its_retention_is_flagged(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["retention_expired"]
    reference = case_for(ctx, person, emails=(person["email"],))
    data = gather(ctx, reference, catalogue, register)
    (customer,) = found(data, "crm", "customers")
    assert customer.retention_exceeded
    assert customer.retention_text and "dépassée depuis le" in customer.retention_text


def test_a_prospect_is_known_only_to_the_newsletter(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["prospect_newsletter_only"]
    reference = case_for(ctx, person, emails=(person["email"],))
    data = gather(ctx, reference, catalogue, register)
    sources = {f.source_id for f in data.findings if f.included}
    assert sources == {"newsletter"}


def test_a_message_mentioning_the_person_is_found(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["mentioned_in_other_mail"]
    reference = case_for(
        ctx, person, emails=(person["email"],), customer_numbers=(person["customer_no"],)
    )
    data = gather(ctx, reference, catalogue, register)
    messages = {f.key: f for f in found(data, "support")}
    mention = messages[person["message_id"]]
    assert any(m.how == "mentioned" for m in mention.matches)
    # The sender is someone else: their identifiers are not followed.
    assert not any(
        value(f, "customer_no") == person["sender_customer_no"]
        for f in found(data, "crm", "customers")
    )


def test_a_customer_number_in_lower_case_in_billing_is_found(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["customer_no_lower_case"]
    reference = case_for(ctx, person, emails=(), customer_numbers=(person["customer_no"],))
    data = gather(ctx, reference, catalogue, register)
    assert found(data, "billing", "invoices")


def test_identifiers_with_sql_characters_match_literally(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = {"first_name": "Jean", "last_name": "O'Brien"}
    reference = case_for(
        ctx,
        person,
        emails=("o'brien%_x@exemple.fr", "x;drop-table@exemple.fr"),
        customer_numbers=("CL_0001",),
    )
    data = gather(ctx, reference, catalogue, register)
    assert [f for f in data.findings if f.match != "name_only"] == []
    assert all(s.status != "failed" for s in data.sources)


def test_a_missing_source_fails_alone_and_can_be_retried_or_skipped(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = case_for(ctx, person, emails=(person["email"],))
    billing = estate.out_dir / "billing.sqlite"
    billing.rename(billing.with_suffix(".away"))
    data = gather(ctx, reference, catalogue, register)
    states = {s.source_id: s for s in data.sources}
    assert states["billing"].status == "failed" and states["billing"].message
    assert states["crm"].status == "answered" and found(data, "crm")
    assert "Facturation" in " ".join(data.incomplete_reasons) or not data.complete
    # Back again: retried alone.
    billing.with_suffix(".away").rename(billing)
    data = gather(ctx, reference, catalogue, register, only=["billing"])
    assert {s.source_id: s.status for s in data.sources}["billing"] == "answered"
    assert found(data, "billing", "invoices")
    # The manual source is skipped with a reason: the data are complete.
    with pytest.raises(InvalidInput):
        review.skip_source(ctx, reference, "paper_archives", " ")
    data = review.skip_source(
        ctx, reference, "paper_archives", "Archives détruites en 2019 (procès-verbal)"
    )
    assert data.complete


def test_review_snapshot_and_gathering_again(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = case_for(ctx, person, emails=(person["email"],))
    data = gather(ctx, reference, catalogue, register)
    invoice = found(data, "billing", "invoices")[0]
    with pytest.raises(InvalidInput):
        review.review_finding(ctx, reference, invoice.id, included=False)
    data = review.review_finding(
        ctx, reference, invoice.id, included=False, reason="Facture d’un autre titulaire"
    )
    excluded = next(f for f in data.findings if f.id == invoice.id)
    assert not excluded.included and excluded.reviewed_by == "dpo.test"

    snapshot = review.save_review(ctx, reference)
    content = snapshots.reviewed_snapshot(ctx, reference)
    assert content is not None
    text = json.dumps(content.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == snapshot.sha256 == content.sha256
    kept = next(r for r in content.records if r.key == invoice.key)
    assert kept.included is False and kept.exclusion_reason == "Facture d’un autre titulaire"

    # The CRM changes: the same gathering shows what changed; the review stays where unchanged.
    with closing(sqlite3.connect(estate.out_dir / "crm.sqlite")) as db, db:
        db.execute(
            "UPDATE customers SET city = 'Autre ville' WHERE customer_no = ?",
            (person["customer_no"],),
        )
    data = gather(ctx, reference, catalogue, register)
    (customer,) = found(data, "crm", "customers")
    assert customer.change == "changed"
    assert next(f for f in data.findings if f.id == invoice.id).included is False
    assert {f.change for f in found(data, "portal")} == {"same"}


def test_gathering_needs_a_case_taken_in_charge(
    ctx: ServiceContext, catalogue: Catalogue, register: Register
) -> None:
    reference = open_request(ctx)
    with pytest.raises(ForbiddenTransition):
        gather(ctx, reference, catalogue, register)


def test_cancelling_keeps_nothing(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = case_for(ctx, person, emails=(person["email"],))
    with pytest.raises(gathering.GatheringCancelled):
        gather(ctx, reference, catalogue, register, cancelled=lambda: True)
    data = review.case_data(ctx, reference)
    assert not data.gathered and data.findings == ()
