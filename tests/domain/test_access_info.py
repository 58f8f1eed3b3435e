"""Art. 15 information derived from the register for the records found, and nothing else."""

from __future__ import annotations

from oklima_dpo.domain.access_info import FoundRecord, access_information
from oklima_dpo.domain.register import LegalBasis, Register, SourceKind


def test_only_the_activities_of_the_categories_found_are_named(register: Register) -> None:
    info = access_information(
        register, [FoundRecord(("user.contact.email",), ("electronic_prospecting",))]
    )
    assert [a.id for a in info.activities] == ["electronic_prospecting"]
    assert info.activities[0].legal_basis is LegalBasis.CONSENT
    assert [c.key for c in info.categories] == ["user.contact.email"]
    assert all(entry.category.key == "user.contact.email" for entry in info.retention)


def test_an_activity_counts_only_with_the_categories_of_its_own_systems(
    register: Register,
) -> None:
    """Invoices found in billing do not tie the person to prospecting, which the newsletter
    serves, though prospecting processes invoices' categories elsewhere."""
    info = access_information(
        register,
        [
            FoundRecord(("user.financial.invoice",), ("billing_and_payment", "accounting")),
            FoundRecord(("user.contact.email",), ("electronic_prospecting",)),
        ],
    )
    ids = {a.id for a in info.activities}
    assert ids == {"billing_and_payment", "accounting", "electronic_prospecting"}
    invoice_rules = next(e for e in info.retention if e.category.key == "user.financial.invoice")
    assert any(rule.duration and rule.duration.value == 10 for rule in invoice_rules.rules)
    consent = next(g for g in info.groups if g.basis is LegalBasis.CONSENT)
    assert [c.key for c in consent.categories] == ["user.contact.email"]
    assert info.recipients, "billing has recipients in the register"


def test_each_retention_rule_is_given_once_across_the_groups(register: Register) -> None:
    info = access_information(
        register,
        [
            FoundRecord(
                ("user.name", "user.financial.invoice"),
                ("service_provision", "billing_and_payment", "accounting", "litigation"),
            )
        ],
    )
    given = [rule.id for group in info.groups for rule in group.retention]
    assert given and len(given) == len(set(given))
    assert [g.basis for g in info.groups] == [LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION]


def test_when_the_systems_name_no_activity_every_user_of_the_category_counts(
    register: Register,
) -> None:
    info = access_information(register, [FoundRecord(("user.content.private.survey_answers",))])
    assert [a.id for a in info.activities] == [
        a.id for a in register.activities if a.uses("user.content.private.survey_answers")
    ]


def test_the_sources_are_this_persons_as_recorded(register: Register) -> None:
    info = access_information(
        register,
        [
            FoundRecord(
                ("user.contact.email",), ("electronic_prospecting",), ("referral_partners",)
            ),
            FoundRecord(("user.name",), ("service_provision",), ("website_registration",)),
        ],
    )
    assert [s.id for s in info.third_party_sources] == ["referral_partners"]
    assert {s.id for s in info.origins} == {"referral_partners", "website_registration"}
    assert info.unrecorded == 0 and info.possible_sources == ()


def test_only_records_without_an_origin_bring_the_charters_possible_sources(
    register: Register,
) -> None:
    info = access_information(
        register,
        [
            FoundRecord(("user.name",), ("service_provision",), ("website_registration",)),
            FoundRecord(("user.contact.email",), ("electronic_prospecting",)),
        ],
    )
    assert info.third_party_sources == ()
    assert info.unrecorded == 1
    assert info.possible_sources
    assert all(s.kind is SourceKind.THIRD_PARTY for s in info.possible_sources)


def test_nothing_found_names_nothing(register: Register) -> None:
    info = access_information(register, [])
    assert info.activities == () and info.categories == () and info.recipients == ()
    assert info.groups == () and info.origins == () and info.unrecorded == 0
    assert not info.any_automated_decision
