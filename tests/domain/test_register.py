"""The register's queries: activities for categories, portability scope, recipients, holds."""

from __future__ import annotations

import pytest

from oklima_dpo.domain.register import (
    Activity,
    AutomatedDecisions,
    Controller,
    DataCategory,
    Dpo,
    Duration,
    DurationUnit,
    ExerciseChannel,
    LegalBasis,
    Origin,
    Recipient,
    RecipientKind,
    Register,
    Retention,
    RetentionEvent,
    RightsInfo,
    Safeguard,
    Source,
    SourceKind,
    Text,
    Transfer,
)
from oklima_dpo.domain.register_queries import (
    activities_using,
    legal_holds,
    portability_scope,
    portable_categories,
    recipients_of,
    third_party_sources_of,
    transfers_of,
)
from oklima_dpo.domain.rights import Right


def t(fr: str) -> Text:
    return Text(fr, fr + " (en)")


NAME = DataCategory("user.name", t("Nom"), Origin.PROVIDED)
EMAIL = DataCategory("user.contact.email", t("E-mail"), Origin.PROVIDED)
NUMBER = DataCategory("user.unique_id", t("Numéro client"), Origin.GENERATED)
PAYMENTS = DataCategory("user.payment.transactions", t("Paiements"), Origin.OBSERVED)
INVOICE = DataCategory("user.financial.invoice", t("Factures"), Origin.GENERATED)
SCORE = DataCategory("user.fraud_score", t("Score"), Origin.INFERRED)

FIVE_YEARS = Retention(
    "contract.identification",
    t("5 ans après la fin du contrat"),
    RetentionEvent.CONTRACT_END,
    Duration(5, DurationUnit.YEARS),
    categories=("user.name", "user.contact.email"),
)
UNTIL_TERMINATION = Retention(
    "contract.marketing", t("jusqu’à la résiliation"), RetentionEvent.CONTRACT_TERMINATION
)
INVOICES = Retention(
    "legal.invoices",
    t("10 ans"),
    RetentionEvent.NOT_STATED,
    Duration(10, DurationUnit.YEARS),
    categories=("user.financial.invoice",),
    data=t("factures"),
    legal_ground=t("Code de commerce, art. L123-22"),
)
COLLECTION = Retention(
    "li.collection", t("3 ans"), RetentionEvent.COLLECTION, Duration(36, DurationUnit.MONTHS)
)

INTERNAL = Recipient("internal", RecipientKind.INTERNAL, t("Services internes"))
IT = Recipient("it", RecipientKind.PROCESSOR, t("Prestataires informatiques"))
COLLECTOR = Recipient("collector", RecipientKind.PROCESSOR, t("Recouvrement"))
TAX = Recipient("tax", RecipientKind.AUTHORITY, t("Administration fiscale"))

SCC = Transfer(
    "outside_eu", t("Hors UE"), (), (Safeguard.STANDARD_CONTRACTUAL_CLAUSES,), t("ponctuels")
)
PERSON = Source("person", SourceKind.PERSON, t("Vous"))
PARTNER = Source("partner", SourceKind.THIRD_PARTY, t("Partenaires"))


def activity(
    activity_id: str,
    basis: LegalBasis,
    categories: tuple[str, ...],
    retention: tuple[Retention, ...] = (COLLECTION,),
    recipients: tuple[Recipient, ...] = (INTERNAL,),
    sources: tuple[Source, ...] = (PERSON,),
    transfers: tuple[Transfer, ...] = (),
) -> Activity:
    return Activity(
        id=activity_id,
        name=t(activity_id),
        purposes=(t("finalité"),),
        legal_basis=basis,
        categories=categories,
        retention=retention,
        recipients=recipients,
        transfers=transfers,
        sources=sources,
        automated_decisions=AutomatedDecisions.NOT_STATED,
    )


BILLING = activity(
    "billing",
    LegalBasis.CONTRACT,
    ("user.name", "user.contact.email", "user.unique_id", "user.payment.transactions"),
    retention=(FIVE_YEARS, UNTIL_TERMINATION),
    recipients=(INTERNAL, IT),
    transfers=(SCC,),
)
NEWSLETTER = activity(
    "newsletter", LegalBasis.CONSENT, ("user.contact.email",), sources=(PERSON, PARTNER)
)
RECOVERY = activity(
    "recovery",
    LegalBasis.LEGITIMATE_INTEREST,
    ("user.name", "user.payment.transactions"),
    recipients=(INTERNAL, COLLECTOR),
    transfers=(SCC,),
)
FRAUD = activity("fraud", LegalBasis.LEGITIMATE_INTEREST, ("user.fraud_score", "user.name"))
ACCOUNTING = activity(
    "accounting",
    LegalBasis.LEGAL_OBLIGATION,
    ("user.name", "user.financial.invoice"),
    retention=(INVOICES,),
    recipients=(INTERNAL, TAX),
)

REGISTER = Register(
    charter_title="Charte",
    charter_file="charte.txt",
    controller=Controller("OKLIMA", "20 bis rue Louis Philippe", "contact@oklima.fr"),
    dpo=Dpo(designated=False),
    rights=RightsInfo(
        (Right.ACCESS, Right.PORTABILITY),
        (ExerciseChannel("email", "contact@oklima.fr"),),
        t("CNIL"),
    ),
    categories=(NAME, EMAIL, NUMBER, PAYMENTS, INVOICE, SCORE),
    activities=(BILLING, NEWSLETTER, RECOVERY, FRAUD, ACCOUNTING),
)


def ids(activities: tuple[Activity, ...]) -> list[str]:
    return [a.id for a in activities]


def test_activities_for_categories_keep_the_register_order() -> None:
    assert ids(activities_using(REGISTER, ["user.payment.transactions"])) == [
        "billing",
        "recovery",
    ]
    assert ids(activities_using(REGISTER, {"user.contact.email", "user.fraud_score"})) == [
        "billing",
        "newsletter",
        "fraud",
    ]
    assert activities_using(REGISTER, ["user.health"]) == ()


def test_portability_covers_consent_and_contract_and_what_the_person_provided() -> None:
    scope = portability_scope(REGISTER)
    assert [s.activity.id for s in scope] == ["billing", "newsletter"]
    billing = scope[0]
    # The customer number is OKLIMA's own (generated): not portable; observed payments are.
    assert [c.key for c in billing.categories] == [
        "user.name",
        "user.contact.email",
        "user.payment.transactions",
    ]
    assert "user.fraud_score" not in portable_categories(REGISTER)  # inferred, and LI anyway


def test_portability_scope_narrowed_to_what_was_found() -> None:
    scope = portability_scope(REGISTER, ["user.payment.transactions", "user.fraud_score"])
    assert [(s.activity.id, [c.key for c in s.categories]) for s in scope] == [
        ("billing", ["user.payment.transactions"])
    ]
    assert portable_categories(REGISTER, ["user.unique_id"]) == frozenset()


def test_recipients_transfers_and_third_party_sources_are_listed_once() -> None:
    found = activities_using(REGISTER, ["user.name", "user.contact.email"])
    assert [r.id for r in recipients_of(found)] == ["internal", "it", "collector", "tax"]
    assert [t.id for t in transfers_of(found)] == ["outside_eu"]
    assert [s.id for s in third_party_sources_of(found)] == ["partner"]
    assert recipients_of([]) == ()


def test_legal_holds_name_the_rule_and_the_categories_kept() -> None:
    holds = legal_holds(REGISTER, ["user.financial.invoice", "user.name", "user.contact.email"])
    assert len(holds) == 1
    hold = holds[0]
    assert hold.activity.id == "accounting"
    assert hold.rule.legal_ground == t("Code de commerce, art. L123-22")
    # user.name is in the accounting activity, but the invoice rule covers invoices only.
    assert hold.categories == ("user.financial.invoice",)
    assert legal_holds(REGISTER, ["user.contact.email"]) == ()


def test_retention_summaries_and_coverage() -> None:
    assert FIVE_YEARS.summary_fr == "5 ans après la fin de la relation contractuelle"
    assert UNTIL_TERMINATION.summary_fr == "jusqu’à la résiliation du contrat"
    assert INVOICES.summary_fr == "10 ans (factures)"
    assert COLLECTION.summary_fr == "36 mois à compter de la collecte"
    assert COLLECTION.duration is not None and COLLECTION.duration.months == 36
    assert INVOICES.duration is not None and INVOICES.duration.months == 120
    assert FIVE_YEARS.covers("user.name") and not FIVE_YEARS.covers("user.unique_id")
    assert UNTIL_TERMINATION.covers("anything")  # worded for the activity as a whole
    assert BILLING.retention_for("user.unique_id") == (UNTIL_TERMINATION,)
    assert ACCOUNTING.legal_holds == (INVOICES,) and BILLING.legal_holds == ()


def test_lookups_and_sources() -> None:
    assert REGISTER.category("user.name") is NAME
    assert REGISTER.activity("fraud") is FRAUD
    assert REGISTER.categories_of(RECOVERY) == (NAME, PAYMENTS)
    with pytest.raises(KeyError):
        REGISTER.category("user.unknown")
    with pytest.raises(KeyError):
        REGISTER.activity("unknown")
    assert NEWSLETTER.collected_from_person and NEWSLETTER.third_party_sources == (PARTNER,)
    assert not activity("x", LegalBasis.CONSENT, (), sources=(PARTNER,)).collected_from_person


@pytest.mark.parametrize(
    ("basis", "portable"),
    [
        (LegalBasis.CONTRACT, True),
        (LegalBasis.CONSENT, True),
        (LegalBasis.LEGITIMATE_INTEREST, False),
        (LegalBasis.LEGAL_OBLIGATION, False),
        (LegalBasis.NOT_STATED, False),
    ],
)
def test_only_consent_and_contract_allow_portability(basis: LegalBasis, portable: bool) -> None:
    assert basis.allows_portability is portable
    assert basis.label_fr and basis.label_en
