"""The plan, from plain data: what each right does to each record, and why."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from oklima_dpo.config.catalogue_file import load_catalogue
from oklima_dpo.config.register_file import load_register
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.plan import Action, Plan, PlanError, pseudonym
from oklima_dpo.domain.planner import build_plan
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from tests.snapshots import snapshot

SHIPPED = Path(__file__).parents[2] / "resources" / "sources" / "demo.yaml"


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register()


@pytest.fixture(scope="module")
def catalogue(register: Register) -> Catalogue:
    return load_catalogue(SHIPPED, register)


def finding(
    catalogue: Catalogue, source: str, table: str, key: str, values: dict[str, Any]
) -> dict[str, Any]:
    """A record as ``gather.finding_json`` writes it into the snapshot."""
    spec = catalogue.sources[source].tables.get(table)
    return {
        "source": source,
        "table": table,
        "key": key,
        "included": True,
        "change": "new",
        "match": "exact",
        "fields": [
            {
                "name": name,
                "value": value,
                "category": spec.fields[name].category if spec and name in spec.fields else "",
            }
            for name, value in values.items()
        ],
    }


@pytest.fixture
def findings(catalogue: Catalogue) -> list[dict[str, Any]]:
    return [
        finding(
            catalogue,
            "crm",
            "customers",
            "customer_no=CL00010001",
            {
                "customer_no": "CL00010001",
                "first_name": "Léa",
                "last_name": "Marchand",
                "email": "lea.marchand@gmail.example",
                "city": "Lille",
                "restricted": 0,
                "marketing_optout": 0,
            },
        ),
        finding(
            catalogue,
            "crm",
            "contracts",
            "contract_no=CT00020002",
            {"contract_no": "CT00020002", "customer_no": "CL00010001", "offer": "PAC"},
        ),
        finding(
            catalogue,
            "crm",
            "interactions",
            "id=7",
            {"id": 7, "customer_no": "CL00010001", "summary": "Appel pour décaler la visite."},
        ),
        finding(
            catalogue,
            "billing",
            "invoices",
            "invoice_no=FA0000000009",
            {"invoice_no": "FA0000000009", "customer_no": "CL00010001", "amount": 159.0},
        ),
        finding(
            catalogue,
            "billing",
            "payments",
            "payment_id=3",
            {"payment_id": 3, "invoice_no": "FA0000000009", "method": "CB"},
        ),
        finding(
            catalogue,
            "billing",
            "bank_accounts",
            "mandate_ref=RUM000000001",
            {"mandate_ref": "RUM000000001", "customer_no": "CL00010001", "iban": "FR76…"},
        ),
        finding(
            catalogue,
            "newsletter",
            "newsletter",
            "ligne 12",
            {"email": "lea.marchand@gmail.example", "first_name": "Léa"},
        ),
    ]


STATES = [
    {"source": "paper_archives", "status": "awaiting"},
    {"source": "crm", "status": "answered"},
]


def actions(plan: Plan) -> dict[tuple[str, str], Action]:
    return {(s.source, r.table): r.action for s in plan.sources for r in s.records}


def test_erasure_keeps_what_a_legal_hold_keeps_and_erases_the_rest(
    catalogue: Catalogue, register: Register, findings: list[dict[str, Any]]
) -> None:
    plan = build_plan(
        "DR-2025-0001", Right.ERASURE, snapshot(findings, STATES), catalogue, register
    )
    assert actions(plan) == {
        ("crm", "customers"): Action.DELETE,
        ("crm", "contracts"): Action.DELETE,
        ("crm", "interactions"): Action.PSEUDONYMISE,
        ("billing", "invoices"): Action.KEEP,
        ("billing", "payments"): Action.KEEP,  # its invoice number is an accounting record
        ("billing", "bank_accounts"): Action.DELETE,
        ("newsletter", "newsletter"): Action.TASK,
    }
    invoice = plan.source("billing").records[0]
    assert "L123-22" in (invoice.ground or "") and "10 ans" in invoice.reason
    assert invoice.key_values == {"invoice_no": "FA0000000009"}
    # Pseudonyms: stable, never made from the erased value.
    interaction = plan.source("crm").records[2]
    tokens = {c.field: c.new for c in interaction.changes}
    assert set(tokens) == {"customer_no", "summary"}
    assert all(re.fullmatch(r"pseudo-[0-9a-f]{12}", t) for t in tokens.values())
    assert tokens["summary"] == pseudonym("crm", "interactions", "id=7", "summary")
    assert tokens["summary"] != tokens["customer_no"]
    # What the program cannot write: a task saying what to look for and what to do.
    newsletter = plan.source("newsletter").task or ""
    assert "Liste des abonnés, ligne 12" in newsletter and "Effacer" in newsletter
    paper = plan.source("paper_archives")
    assert paper.records == () and "archives papier" in (paper.task or "")
    known = {(kind, value) for kind, value, _via in plan.identifiers}
    assert {("customer_no", "CL00010001"), ("contract_no", "CT00020002")} <= known


def test_the_plan_is_frozen_as_canonical_json(
    catalogue: Catalogue, register: Register, findings: list[dict[str, Any]]
) -> None:
    plan = build_plan("DR-2025-0001", Right.ERASURE, snapshot(findings), catalogue, register)
    reversed_snapshot = snapshot(list(reversed(findings)))
    again = build_plan("DR-2025-0001", Right.ERASURE, reversed_snapshot, catalogue, register)
    copy = Plan.from_json(plan.to_json())
    assert copy == plan and copy.sha256 == plan.sha256 and len(plan.sha256) == 64
    # The catalogue's order, whatever the snapshot's; the plan names the snapshot it is from.
    assert again.sources == plan.sources
    assert plan.snapshot_sha256 == snapshot(findings).sha256 != reversed_snapshot.sha256
    preview = {(line.source, line.action): line.count for line in plan.preview()}
    assert preview[("crm", Action.DELETE)] == 2
    assert preview[("billing", Action.KEEP)] == 2
    assert plan.counts()["billing"] == {"delete": 1, "keep": 2}


def test_rectification_corrects_only_what_is_named_and_correctable(
    catalogue: Catalogue, register: Register, findings: list[dict[str, Any]]
) -> None:
    plan = build_plan(
        "DR-2025-0001",
        Right.RECTIFICATION,
        snapshot(findings),
        catalogue,
        register,
        corrections={
            "crm.customers.city": "Roubaix",
            "user.contact.email": "lea.marchand@free.example",
            "billing.invoices.amount": "150",  # not correctable: its owner is asked
        },
    )
    records = {(s.source, r.table, r.action): r for s in plan.sources for r in s.records}
    customer = records[("crm", "customers", Action.CORRECT)]
    assert {(c.field, c.old, c.new) for c in customer.changes} == {
        ("city", "Lille", "Roubaix"),
        ("email", "lea.marchand@gmail.example", "lea.marchand@free.example"),
    }
    assert records[("billing", "invoices", Action.TASK)].changes[0].field == "amount"
    assert records[("newsletter", "newsletter", Action.TASK)].changes[0].new == (
        "lea.marchand@free.example"
    )
    assert "« 159.0 » → « 150 »" in (plan.source("billing").task or "")
    assert ("crm", "contracts") not in {(s, t) for s, t, _ in records}  # nothing to correct
    with pytest.raises(PlanError, match="inconnu"):
        build_plan(
            "DR-2025-0001",
            Right.RECTIFICATION,
            snapshot(findings),
            catalogue,
            register,
            corrections={"crm.customers.nope": "x"},
        )
    with pytest.raises(PlanError, match="Rien à corriger"):
        build_plan(
            "DR-2025-0001",
            Right.RECTIFICATION,
            snapshot(findings),
            catalogue,
            register,
            corrections={"crm.customers.city": "Lille"},
        )


def test_restriction_marks_where_the_source_can_and_asks_elsewhere(
    catalogue: Catalogue, register: Register, findings: list[dict[str, Any]]
) -> None:
    plan = build_plan("DR-2025-0001", Right.RESTRICTION, snapshot(findings), catalogue, register)
    found = actions(plan)
    assert found[("crm", "customers")] is Action.RESTRICT
    assert found[("crm", "contracts")] is Action.KEEP  # covered by the customer's mark
    assert found[("billing", "invoices")] is Action.TASK  # no mark column in billing
    assert found[("newsletter", "newsletter")] is Action.TASK
    (change,) = plan.source("crm").records[0].changes
    assert (change.field, change.old, change.new) == ("restricted", 0, 1)
    objection = build_plan("DR-2025-0001", Right.OBJECTION, snapshot(findings), catalogue, register)
    assert actions(objection)[("crm", "customers")] is Action.OPTOUT


def test_only_rights_carried_out_in_the_systems_are_planned(
    catalogue: Catalogue, register: Register, findings: list[dict[str, Any]]
) -> None:
    with pytest.raises(PlanError, match="accès"):
        build_plan("DR-2025-0001", Right.ACCESS, snapshot(findings), catalogue, register)
    with pytest.raises(PlanError, match="rectification"):
        build_plan(
            "DR-2025-0001",
            Right.ERASURE,
            snapshot(findings),
            catalogue,
            register,
            corrections={"crm.customers.city": "Roubaix"},
        )
    excluded = [{**f, "included": False} for f in findings]
    answered = [{"source": "paper_archives", "status": "answered"}]
    plan = build_plan(
        "DR-2025-0001", Right.ERASURE, snapshot(excluded, answered), catalogue, register
    )
    assert plan.sources == ()
